package fr.missive.app.letters;

import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.LetterContent;
import java.util.List;

/**
 * One letter to one contact, merged and ready for the renderer.
 *
 * @param unknownFields   fields left as {@code {{name}}} in this letter (see {@link Preflight})
 * @param withoutAddress  the contact has no usable postal address; the address block says so
 */
public record ComposedLetter(Contact contact, LetterContent content, List<String> unknownFields,
                             boolean withoutAddress) {

    public ComposedLetter {
        unknownFields = List.copyOf(unknownFields);
    }

    /** The merged subject, for the e-mail. */
    public String subject() {
        return content.subject();
    }
}
