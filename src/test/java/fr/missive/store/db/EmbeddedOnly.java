package fr.missive.store.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test about the embedded HSQLDB itself (its files, their durability and permissions, its
 * .lobs file, its own migration scripts): the pom's PostgreSQL run leaves it out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(EmbeddedOnly.TAG)
public @interface EmbeddedOnly {

    String TAG = "embedded-only";
}
