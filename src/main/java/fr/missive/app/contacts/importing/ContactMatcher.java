package fr.missive.app.contacts.importing;

import fr.missive.model.text.Folding;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Finds the known contact a record describes, so that importing a file again updates
 * contacts instead of adding them twice. The rule, deliberately simple:
 *
 * <ol>
 *   <li>Candidates have the record's kind and the same first and last names, ignoring case,
 *       accents and apostrophe style.</li>
 *   <li>When the file has no e-mail column, the names decide.</li>
 *   <li>When it has one, the candidate with the same address (ignoring case) is the one; "no
 *       address" matches "no address". A record with an address that matches none completes
 *       the candidate that has no address: fixing an invalid address in the file and importing
 *       again fills in that contact instead of adding a second one.</li>
 *   <li>Several candidates left: the record is ambiguous and not imported, rather than update
 *       a contact picked at random.</li>
 * </ol>
 *
 * The class is not part of the key: pupils change class every year.
 */
final class ContactMatcher {

    /**
     * The outcome for one record: at most one contact, or the number of equal candidates; and
     * what identifies the contact the record describes, so that two records of the file
     * describing the same contact can be told: the known contact's id, or for a new contact
     * its names (and address when the file has an e-mail column).
     */
    record Match(Contact contact, int candidates, Object identity) {
        boolean ambiguous() {
            return candidates > 1;
        }
    }

    private record NameKey(ContactKind kind, String firstName, String lastName) {
    }

    /** What identifies a new contact of the file. */
    private record NewContactKey(NameKey names, String email) {
    }

    /** A known contact with its address as compared, worked out once. */
    private record Candidate(Contact contact, String email) {
    }

    private final Map<NameKey, List<Candidate>> byNames = new HashMap<>();
    private final boolean byEmail;

    ContactMatcher(List<Contact> existing, boolean fileHasEmail) {
        this.byEmail = fileHasEmail;
        for (Contact c : existing) {
            byNames.computeIfAbsent(key(c.kind(), c.firstName(), c.lastName()), k -> new ArrayList<>(1))
                    .add(new Candidate(c, emailKey(c.email())));
        }
    }

    Match match(ImportedRow row) {
        NameKey names = key(row.kind(), row.firstName(), row.lastName());
        String email = byEmail ? emailKey(row.email()) : null;
        NewContactKey newContact = new NewContactKey(names, email);
        List<Candidate> candidates = byNames.getOrDefault(names, List.of());
        if (!byEmail) {
            return among(candidates, c -> true, newContact);
        }
        Match same = among(candidates, c -> Objects.equals(c.email(), email), newContact);
        if (same.contact() != null || same.ambiguous() || email == null) {
            return same;
        }
        return among(candidates, c -> c.email() == null, newContact);
    }

    private static Match among(List<Candidate> candidates, Predicate<Candidate> filter, NewContactKey newContact) {
        Contact found = null;
        int count = 0;
        for (Candidate c : candidates) {
            if (filter.test(c)) {
                found = c.contact();
                count++;
            }
        }
        return count == 1 ? new Match(found, 1, found.id()) : new Match(null, count, newContact);
    }

    private static NameKey key(ContactKind kind, String firstName, String lastName) {
        return new NameKey(kind, Folding.name(firstName), Folding.name(lastName));
    }

    private static String emailKey(EmailAddress email) {
        return email == null ? null : email.toAscii().toLowerCase(Locale.ROOT);
    }
}
