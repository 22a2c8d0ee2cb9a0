package fr.missive.store.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A store or app test that opens no database: the pom's PostgreSQL run leaves it out, since it
 * would run exactly as in the first run. (A test without this mark runs on both engines.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(NoDatabase.TAG)
public @interface NoDatabase {

    String TAG = "no-database";
}
