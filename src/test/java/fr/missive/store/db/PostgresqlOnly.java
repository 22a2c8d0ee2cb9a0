package fr.missive.store.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test about several processes on one shared database (several PCs), which the embedded
 * HSQLDB's folder lock rules out: the pom's default run leaves it out, its {@code postgresql}
 * execution runs it (CI gives it a server through {@link TestDatabases#SERVER_VARIABLE}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(PostgresqlOnly.TAG)
public @interface PostgresqlOnly {

    String TAG = "postgresql-only";
}
