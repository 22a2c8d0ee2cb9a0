package fr.missive.model;

import java.util.Objects;

/** A record as read from the database, with the version a later save must name. */
public record Versioned<T>(T value, RecordVersion version) {

    public Versioned {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(version, "version");
    }
}
