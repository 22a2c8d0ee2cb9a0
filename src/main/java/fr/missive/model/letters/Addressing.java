package fr.missive.model.letters;

import java.util.Locale;
import java.util.Optional;

/**
 * To whom a standard letter is written. The contacts chosen at sending are always the ones the
 * letter is about (their fields fill {@code first_name}, {@code class}…); with {@link #GUARDIANS}
 * each chosen pupil's letter goes to each of their legal guardians instead, at the guardian's own
 * address and by the guardian's own channel.
 */
public enum Addressing {
    /** To the contact chosen, as every letter was before guardians were known. */
    CONTACT,
    /** To each legal guardian ("responsable légal") of the pupil chosen, about that pupil. */
    GUARDIANS;

    /** As written in a {@code .md} header and on the command line: "contact", "guardians". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The addressing of a code, English or French ("responsables", "eleve" …); empty when unknown. */
    public static Optional<Addressing> ofCode(String code) {
        String folded = fr.missive.model.text.Folding.name(code == null ? "" : code).strip();
        return switch (folded) {
            case "contact", "eleve", "pupil" -> Optional.of(CONTACT);
            case "guardians", "guardian", "responsables", "responsables legaux", "responsable" ->
                    Optional.of(GUARDIANS);
            default -> Optional.empty();
        };
    }
}
