package fr.missive.app.letters;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.letters.Addressing;
import java.util.ArrayList;
import java.util.List;

/**
 * The letters of a sending once its addressing is known: to each contact chosen, or to each legal
 * guardian of each pupil chosen, about that pupil. A pupil without any guardian gets no letter and
 * is told apart, so that it is shown as a warning rather than silently left out; a chosen contact
 * who is not a pupil and has no guardian (a teacher, a guardian) receives the letter themselves.
 */
public final class GuardianLetters {

    private final GuardianLookup guardians;

    public GuardianLetters(GuardianLookup guardians) {
        this.guardians = guardians;
    }

    /**
     * The letters about the chosen contacts, in their order, each pupil's guardians by rank.
     *
     * @param letters          one per guardian and pupil (or per contact)
     * @param withoutGuardian  pupils who have no guardian and so no letter
     */
    public record Expansion(List<LetterRecipient> letters, List<Contact> withoutGuardian) {
        public Expansion {
            letters = List.copyOf(letters);
            withoutGuardian = List.copyOf(withoutGuardian);
        }
    }

    public Expansion expand(List<Contact> chosen, Addressing addressing) {
        List<LetterRecipient> letters = new ArrayList<>(chosen.size() * 2);
        List<Contact> withoutGuardian = new ArrayList<>();
        for (Contact contact : chosen) {
            if (addressing != Addressing.GUARDIANS) {
                letters.add(LetterRecipient.of(contact));
                continue;
            }
            List<Contact> found = contact.id() == null ? List.of() : guardians.guardiansOf(contact);
            if (!found.isEmpty()) {
                found.forEach(guardian -> letters.add(LetterRecipient.about(contact, List.of(guardian))));
            } else if (contact.kind() == ContactKind.PUPIL) {
                withoutGuardian.add(contact);
            } else {
                letters.add(LetterRecipient.of(contact));
            }
        }
        return new Expansion(letters, withoutGuardian);
    }
}
