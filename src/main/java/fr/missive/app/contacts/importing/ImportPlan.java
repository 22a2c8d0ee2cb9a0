package fr.missive.app.contacts.importing;

import fr.missive.model.contacts.Contact;
import fr.missive.store.contacts.ContactStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The contacts an import writes, one per contact however many records of the file describe it:
 * the last record wins, as the most recent line of an export usually does.
 *
 * <p>New contacts are written as the file is read, a batch at a time, into the import's
 * {@link ContactStore.StagedImport} (hidden until the import is shown); only their identity, row
 * id and last line are kept, so that a school's file fits a small heap. A later line of a new
 * contact already written rewrites its row. Known contacts are changed only when the import is
 * shown, so they are kept until then; one the file leaves as it was is not written again:
 * importing last week's export a second time then costs a read, not 100,000 updates.
 */
final class ImportPlan {

    /** New contacts written to the store at once. */
    static final int BATCH = 2000;

    private record Known(int line, Contact contact, boolean changed) {
    }

    /** A new contact: its row id once written, and the contact while not yet written as it stands. */
    private static final class Fresh {
        int line;
        long id;
        Contact pending;
        boolean rewrite;

        Fresh(int line, Contact pending) {
            this.line = line;
            this.pending = pending;
        }
    }

    private final ContactStore.StagedImport staging;
    private final Map<Object, Known> known = new LinkedHashMap<>();
    private final Map<Object, Fresh> fresh = new HashMap<>();
    private final List<Fresh> toAdd = new ArrayList<>();
    private final List<Fresh> toRewrite = new ArrayList<>();

    ImportPlan(ContactStore.StagedImport staging) {
        this.staging = staging;
    }

    /**
     * Plans {@code contact}, read on {@code line}, for the contact {@code identity} names;
     * {@code stored} is that contact as stored, or {@code null} for a new one.
     *
     * @return the line of an earlier record of the same contact, which this one replaces
     */
    OptionalInt put(Object identity, int line, Contact contact, Contact stored) {
        if (stored != null) {
            Known previous = known.put(identity, new Known(line, contact, !contact.equals(stored)));
            return previous == null ? OptionalInt.empty() : OptionalInt.of(previous.line());
        }
        Fresh f = fresh.get(identity);
        if (f == null) {
            f = new Fresh(line, contact);
            fresh.put(identity, f);
            toAdd.add(f);
            if (toAdd.size() >= BATCH) {
                flush();
            }
            return OptionalInt.empty();
        }
        int previousLine = f.line;
        f.line = line;
        f.pending = contact;
        if (f.id != 0 && !f.rewrite) {
            f.rewrite = true;
            toRewrite.add(f);
            if (toRewrite.size() >= BATCH) {
                flush();
            }
        }
        return OptionalInt.of(previousLine);
    }

    /**
     * The contact {@code identity} names as the file leaves it so far, {@code stored} (as stored,
     * {@code null} for a new one) when the file did not describe it yet.
     */
    Contact current(Object identity, Contact stored) {
        if (stored != null) {
            Known k = known.get(identity);
            return k == null ? stored : k.contact();
        }
        Fresh f = fresh.get(identity);
        if (f == null) {
            return null;
        }
        return f.pending != null ? f.pending : staging.read(f.id).withId(null);
    }

    /** Writes what is still waiting: to be called once the whole file is read. */
    void flush() {
        if (!toAdd.isEmpty()) {
            List<Contact> contacts = new ArrayList<>(toAdd.size());
            toAdd.forEach(f -> contacts.add(f.pending));
            long[] ids = staging.add(contacts);
            for (int i = 0; i < ids.length; i++) {
                Fresh f = toAdd.get(i);
                f.id = ids[i];
                // A later line read meanwhile replaced the pending contact before it was written.
                if (!f.rewrite) {
                    f.pending = null;
                }
            }
            toAdd.clear();
        }
        if (!toRewrite.isEmpty()) {
            List<Contact> contacts = new ArrayList<>(toRewrite.size());
            toRewrite.forEach(f -> contacts.add(f.pending.withId(f.id)));
            staging.replace(contacts);
            toRewrite.forEach(f -> {
                f.pending = null;
                f.rewrite = false;
            });
            toRewrite.clear();
        }
    }

    /** The row id of the contact {@code identity} names: a known contact's id, or a new contact's once written. */
    long idOf(Object identity) {
        if (identity instanceof Long id) {
            return id;
        }
        Fresh f = fresh.get(identity);
        if (f == null || f.id == 0) {
            throw new IllegalStateException("not written: " + identity);
        }
        return f.id;
    }

    /** Whether {@code identity} names a contact this import adds. */
    boolean isNew(Object identity) {
        return fresh.containsKey(identity);
    }

    /** The known contacts the file changes, in the order they first appear in it. */
    List<Contact> knownChanged() {
        List<Contact> contacts = new ArrayList<>();
        for (Known k : known.values()) {
            if (k.changed()) {
                contacts.add(k.contact());
            }
        }
        return contacts;
    }

    int inserts() {
        return fresh.size();
    }

    /** Known contacts the file describes, changed or not. */
    int updates() {
        return known.size();
    }

    /** Known contacts the file describes exactly as they are stored. */
    int unchanged() {
        return (int) known.values().stream().filter(k -> !k.changed()).count();
    }
}
