package fr.missive.app.letters.mailing;

import fr.missive.app.letters.LetterRecipient;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import java.util.Objects;

/**
 * What happens to one letter, and why.
 *
 * @param contact whom the letter is written to (the first addressee of a shared letter)
 * @param detail  the unknown fields, as {@code {{name}}}, for {@link Route#UNKNOWN_FIELD}; else empty
 * @param letter  whom the letter is about and written to; for a letter to the contact, that contact
 */
public record PlannedRecipient(Contact contact, Route route, String detail, LetterRecipient letter) {

    public PlannedRecipient {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(route, "route");
        detail = detail == null ? "" : detail;
        letter = letter == null ? LetterRecipient.of(contact) : letter;
    }

    /** A letter to the contact, about them. */
    public PlannedRecipient(Contact contact, Route route, String detail) {
        this(contact, route, detail, null);
    }

    /** A letter as the sending's addressing made it. */
    public static PlannedRecipient of(LetterRecipient letter, Route route, String detail) {
        return new PlannedRecipient(letter.addressee(), route, detail, letter);
    }

    /** The contact the letter is about: a pupil for a letter to their guardians, else {@link #contact()}. */
    public Contact about() {
        return letter.about();
    }

    public UserMessage reason() {
        return route.reason(detail);
    }
}
