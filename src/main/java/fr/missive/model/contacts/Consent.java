package fr.missive.model.contacts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a contact accepts to receive e-mail, when that was recorded and where it came from
 * (for example "import eleves.csv" or "entered by M. Martin").
 */
public record Consent(boolean accepts, LocalDate recordedOn, String source) {

    public Consent {
        Objects.requireNonNull(recordedOn, "recordedOn");
        source = source == null ? "" : source;
    }

    public static Consent refused(LocalDate on, String source) {
        return new Consent(false, on, source);
    }

    public static Consent given(LocalDate on, String source) {
        return new Consent(true, on, source);
    }
}
