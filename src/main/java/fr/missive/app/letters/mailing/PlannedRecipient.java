package fr.missive.app.letters.mailing;

import fr.missive.app.letters.LetterRecipient;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.FieldNames;
import java.util.Objects;

/**
 * What happens to one letter, and why.
 *
 * @param contact whom the letter is written to (the first addressee of a shared letter)
 * @param unknownFields  the fields unknown for this letter, for {@link Route#UNKNOWN_FIELD}; else none
 * @param letter  whom the letter is about and written to; for a letter to the contact, that contact
 */
public record PlannedRecipient(Contact contact, Route route, FieldNames unknownFields, LetterRecipient letter) {

    public PlannedRecipient {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(route, "route");
        unknownFields = unknownFields == null ? FieldNames.typed(java.util.List.of()) : unknownFields;
        letter = letter == null ? LetterRecipient.of(contact) : letter;
    }

    /** A letter to the contact, about them. */
    public PlannedRecipient(Contact contact, Route route, FieldNames unknownFields) {
        this(contact, route, unknownFields, null);
    }

    /** A letter as the sending's addressing made it. */
    public static PlannedRecipient of(LetterRecipient letter, Route route, FieldNames unknownFields) {
        return new PlannedRecipient(letter.addressee(), route, unknownFields, letter);
    }

    /** The contact the letter is about: a pupil for a letter to their guardians, else {@link #contact()}. */
    public Contact about() {
        return letter.about();
    }

    public UserMessage reason() {
        return route.reason(unknownFields);
    }
}
