package fr.missive.app.letters;

import fr.missive.model.contacts.Contact;
import java.util.List;

/** A pupil's legal guardians, by rank, as the contacts keep them; empty for a contact who has none. */
@FunctionalInterface
public interface GuardianLookup {

    /** For sendings that never address guardians. */
    GuardianLookup NONE = pupil -> List.of();

    List<Contact> guardiansOf(Contact pupil);
}
