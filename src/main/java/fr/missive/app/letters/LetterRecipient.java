package fr.missive.app.letters;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Contact;
import java.util.List;
import java.util.Objects;

/**
 * One letter of a sending: the contact it is about (whose fields fill {@code first_name},
 * {@code class}…) and whom it is written to (the address block, the {@code addressee_…} fields,
 * the e-mail's recipients). Usually one and the same contact; for a letter about a pupil, one of
 * the pupil's legal guardians, or two guardians living at the same address sharing one letter.
 *
 * @param addressees at least one; the first one's postal address is the letter's
 */
public record LetterRecipient(Contact about, List<Contact> addressees) {

    public LetterRecipient {
        Objects.requireNonNull(about, "about");
        addressees = List.copyOf(addressees);
        if (addressees.isEmpty()) {
            throw new IllegalArgumentException("a letter is written to someone");
        }
    }

    /** A letter to the contact it is about. */
    public static LetterRecipient of(Contact contact) {
        return new LetterRecipient(contact, List.of(contact));
    }

    /** A letter to a pupil's guardian (or to guardians sharing one letter) about the pupil. */
    public static LetterRecipient about(Contact pupil, List<Contact> guardians) {
        return new LetterRecipient(pupil, guardians);
    }

    /** Whom the letter is written to, first (the one whose address is printed). */
    public Contact addressee() {
        return addressees.get(0);
    }

    /** True when the letter is about someone else than whom it is written to. */
    public boolean aboutSomeoneElse() {
        return addressees.size() > 1 || !addressee().equals(about);
    }

    /** True when several guardians share this letter. */
    public boolean joint() {
        return addressees.size() > 1;
    }

    /** The e-mail addresses of every addressee who has one, in order, without repeats. */
    public List<EmailAddress> emails() {
        return addressees.stream().map(Contact::email).filter(Objects::nonNull).distinct().toList();
    }
}
