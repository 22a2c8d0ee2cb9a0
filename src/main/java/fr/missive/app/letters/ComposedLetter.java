package fr.missive.app.letters;

import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.LetterContent;
import java.util.List;

/**
 * One letter, merged and ready for the renderer.
 *
 * @param recipient       whom it is about and whom it is written to
 * @param unknownFields   fields left as {@code {{name}}} in this letter (see {@link Preflight})
 * @param withoutAddress  the addressee has no usable postal address; the address block says so
 */
public record ComposedLetter(LetterRecipient recipient, LetterContent content, List<String> unknownFields,
                             boolean withoutAddress) {

    public ComposedLetter {
        unknownFields = List.copyOf(unknownFields);
    }

    /** Whom the letter is written to (the first of them for a shared letter). */
    public Contact contact() {
        return recipient.addressee();
    }

    /** The merged subject, for the e-mail. */
    public String subject() {
        return content.subject();
    }
}
