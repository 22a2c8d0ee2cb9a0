package fr.missive.store.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of what only a shared PostgreSQL database has (several processes on one database, its
 * triggers and notifications): the pom's default run leaves it out, its {@code postgresql} run
 * has it (GUI tests included by name there: {@code *PostgresqlGuiTest}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(PostgresqlOnly.TAG)
public @interface PostgresqlOnly {

    String TAG = "postgresql-only";
}
