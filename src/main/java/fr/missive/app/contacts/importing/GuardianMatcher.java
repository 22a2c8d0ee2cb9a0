package fr.missive.app.contacts.importing;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.Guardianship;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.text.Folding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the guardian a record names among the known guardians and those met earlier in the
 * file, so that a guardian is one contact however many of their children the file lists and
 * however often it is imported. The rule: same first and last names (ignoring case and
 * accents) AND either the same postal address or the same e-mail address. A guardian already
 * linked to the pupil with the same names is that guardian even when both addresses changed:
 * that is how a move is imported.
 */
final class GuardianMatcher {

    /** A new guardian of the file, told apart from the others by the order met. */
    record NewGuardian(int number) {
    }

    /**
     * A guardian met: what tells them apart as the file leaves them so far (the contact itself is
     * kept by the import's plan); {@code stored} is {@code null} for a new one.
     */
    static final class Entry {
        final Object identity;
        final Contact stored;
        private String address;
        private String email;

        Entry(Object identity, Contact stored) {
            this.identity = identity;
            this.stored = stored;
            if (stored != null) {
                update(stored);
            }
        }

        private void update(Contact contact) {
            address = addressKey(contact.address());
            email = emailKey(contact.email());
        }
    }

    private record Names(String first, String last) {
    }

    private final Map<Names, List<Entry>> byNames = new HashMap<>();
    private final Map<Long, List<Long>> guardiansOfPupil = new HashMap<>();
    private final Map<Long, Entry> byId = new HashMap<>();
    private int newGuardians;

    GuardianMatcher(List<Contact> known, List<Guardianship> links) {
        for (Contact c : known) {
            if (c.kind() == ContactKind.GUARDIAN) {
                Entry e = new Entry(c.id(), c);
                byNames.computeIfAbsent(names(c.firstName(), c.lastName()), k -> new ArrayList<>(1)).add(e);
                byId.put(c.id(), e);
            }
        }
        for (Guardianship link : links) {
            guardiansOfPupil.computeIfAbsent(link.pupilId(), k -> new ArrayList<>(2)).add(link.guardianId());
        }
    }

    /**
     * The entry of the guardian {@code row} describes, for the pupil {@code pupilId} ({@code null}
     * for a new pupil), created when none matches; its keys are not yet updated with the row.
     */
    Entry match(ImportedRow row, Long pupilId) {
        Names names = names(row.firstName(), row.lastName());
        List<Entry> candidates = byNames.getOrDefault(names, List.of());
        if (pupilId != null && !candidates.isEmpty()) {
            for (Long linked : guardiansOfPupil.getOrDefault(pupilId, List.of())) {
                Entry e = byId.get(linked);
                if (e != null && candidates.contains(e)) {
                    return e;
                }
            }
        }
        if (!candidates.isEmpty()) {
            Contact asRead = row.applyTo(null, LocalDate.EPOCH, "");
            String address = addressKey(asRead.address());
            String email = row.emailMapped() ? emailKey(asRead.email()) : null;
            for (Entry e : candidates) {
                if ((address != null && address.equals(e.address)) || (email != null && email.equals(e.email))) {
                    return e;
                }
            }
        }
        Entry created = new Entry(new NewGuardian(++newGuardians), null);
        byNames.computeIfAbsent(names, k -> new ArrayList<>(1)).add(created);
        return created;
    }

    /** Records the guardian as the file leaves them, so that a later row compares with that. */
    void updated(Entry entry, Contact contact) {
        entry.update(contact);
    }

    private static Names names(String first, String last) {
        return new Names(Folding.name(first), Folding.name(last));
    }

    /** The address as compared: lines, postcode and city ignoring case, accents and spacing. */
    static String addressKey(PostalAddress a) {
        if (a.isEmpty()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (String line : a.lines()) {
            key.append(Folding.word(line)).append('|');
        }
        return key.append(Folding.word(a.postcode())).append('|').append(Folding.word(a.city())).toString();
    }

    private static String emailKey(EmailAddress email) {
        return email == null ? null : email.toAscii().toLowerCase(Locale.ROOT);
    }
}
