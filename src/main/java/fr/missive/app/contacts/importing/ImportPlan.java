package fr.missive.app.contacts.importing;

import fr.missive.model.contacts.Contact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The contacts an import will write, one per contact however many records of the file
 * describe it: the last record wins, as the most recent line of an export usually does.
 * A known contact the file leaves as it was is not written again: importing last week's
 * export a second time then costs a read, not 100,000 updates.
 */
final class ImportPlan {

    private record Planned(int line, Contact contact, boolean changed) {
    }

    private final Map<Object, Planned> byIdentity = new LinkedHashMap<>();

    /**
     * Plans {@code contact}, read on {@code line}, for the contact {@code identity} names;
     * {@code known} is that contact as stored, or {@code null} for a new one.
     *
     * @return the line of an earlier record of the same contact, which this one replaces
     */
    OptionalInt put(Object identity, int line, Contact contact, Contact known) {
        Planned previous = byIdentity.put(identity, new Planned(line, contact, !contact.equals(known)));
        return previous == null ? OptionalInt.empty() : OptionalInt.of(previous.line());
    }

    /** The new and changed contacts, in the order they first appear in the file. */
    List<Contact> toWrite() {
        List<Contact> contacts = new ArrayList<>(byIdentity.size());
        for (Planned p : byIdentity.values()) {
            if (p.changed()) {
                contacts.add(p.contact());
            }
        }
        return contacts;
    }

    /** What identifies each contact of {@link #toWrite()}, in the same order. */
    List<Object> identitiesToWrite() {
        List<Object> identities = new ArrayList<>(byIdentity.size());
        byIdentity.forEach((identity, p) -> {
            if (p.changed()) {
                identities.add(identity);
            }
        });
        return identities;
    }

    int inserts() {
        return (int) byIdentity.values().stream().filter(p -> p.contact().id() == null).count();
    }

    /** Known contacts the file describes, changed or not. */
    int updates() {
        return byIdentity.size() - inserts();
    }

    /** Known contacts the file describes exactly as they are stored. */
    int unchanged() {
        return (int) byIdentity.values().stream().filter(p -> !p.changed()).count();
    }
}
