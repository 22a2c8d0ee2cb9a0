package fr.missive.app.contacts.importing;

import fr.missive.model.contacts.Contact;
import fr.missive.store.contacts.ContactStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * The contacts an import writes, one per contact however many records of the file describe it:
 * the last record wins, as the most recent line of an export usually does.
 *
 * <p>New contacts are written as the file is read, a batch at a time, into the import's
 * {@link ContactStore.StagedImport} (hidden until the import is shown), on the thread of its
 * {@link ImportWrites} while the next lines are read; once a batch is written only their
 * identity, row id and last line are kept, so that a school's file fits a small heap. A later
 * line of a new contact handed over to be written rewrites its row. Known contacts are changed
 * only when the import is shown, so they are kept until then; one the file leaves as it was is
 * not written again: importing last week's export a second time then costs a read, not 100,000
 * updates.
 */
final class ImportPlan {

    /** New contacts written to the store at once. */
    static final int BATCH = 5000;

    private record Known(int line, Contact contact, boolean changed) {
    }

    /**
     * A new contact. {@code submitted}, {@code line}, {@code rewrite} and {@code pending} belong
     * to the reading thread; {@code id} is set by the write that adds the contact, on the writes'
     * thread, and read there by later writes, or here once that write is seen ended (its
     * {@code whenWritten} has then cleared {@code pending} or left a newer line in it).
     */
    private static final class Fresh {
        int line;
        long id;
        /** The contact as the file leaves it, while not known to be written as it stands. */
        Contact pending;
        /** Handed over to be added: a later line must rewrite the row. */
        boolean submitted;
        boolean rewrite;

        Fresh(int line, Contact pending) {
            this.line = line;
            this.pending = pending;
        }

        /** Once {@code written} is on disk: nothing is pending any more unless a later line came. */
        void written(Contact written) {
            if (pending == written && !rewrite) {
                pending = null;
            }
        }
    }

    private final ContactStore.StagedImport staging;
    private final ImportWrites writes;
    private final Map<Object, Known> known = new LinkedHashMap<>();
    private final Map<Object, Fresh> fresh = new HashMap<>();
    private final List<Fresh> toAdd = new ArrayList<>();
    private final List<Fresh> toRewrite = new ArrayList<>();
    private int batchesHandedOver;

    /**
     * @param writes where the batches are written, shared with the import's other plan so that
     *               they go in order
     */
    ImportPlan(ContactStore.StagedImport staging, ImportWrites writes) {
        this.staging = staging;
        this.writes = writes;
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
        if (f.submitted && !f.rewrite) {
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

    /**
     * Hands what is still waiting over to be written: to be called once the whole file is read,
     * and followed by {@link ImportWrites#awaitAll} before the ids are asked for.
     */
    void flush() {
        if (!toAdd.isEmpty()) {
            List<Fresh> batch = List.copyOf(toAdd);
            List<Contact> contacts = new ArrayList<>(batch.size());
            for (Fresh f : batch) {
                contacts.add(f.pending);
                f.submitted = true;
            }
            toAdd.clear();
            batchesHandedOver++;
            writes.submit(() -> {
                long[] ids = staging.add(contacts);
                for (int i = 0; i < ids.length; i++) {
                    batch.get(i).id = ids[i];
                }
            }, () -> written(batch, contacts));
        }
        if (!toRewrite.isEmpty()) {
            List<Fresh> batch = List.copyOf(toRewrite);
            List<Contact> contacts = new ArrayList<>(batch.size());
            for (Fresh f : batch) {
                contacts.add(f.pending);
                f.rewrite = false;
            }
            toRewrite.clear();
            // The ids are read on the writes' thread, where the batches that added these contacts
            // were written before this one.
            writes.submit(() -> {
                List<Contact> withIds = new ArrayList<>(contacts.size());
                for (int i = 0; i < contacts.size(); i++) {
                    withIds.add(contacts.get(i).withId(batch.get(i).id));
                }
                staging.replace(withIds);
            }, () -> written(batch, contacts));
        }
    }

    /** Once a batch's write has ended: each contact written as it was handed over. */
    private static void written(List<Fresh> batch, List<Contact> contacts) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).written(contacts.get(i));
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

    /** Batches of new contacts handed over to be written so far: once it grows, more can be linked. */
    int batchesHandedOver() {
        return batchesHandedOver;
    }

    /**
     * Whether the contact {@code identity} names is known, or handed over to be added (its id is
     * then set on the writes' thread).
     */
    boolean handedOver(Object identity) {
        return identity instanceof Long || fresh.get(identity).submitted;
    }

    /**
     * The row id of a contact {@link #handedOver}, to be read only by a write handed over after it,
     * on the writes' thread.
     */
    LongSupplier idOnWrites(Object identity) {
        if (identity instanceof Long id) {
            return () -> id;
        }
        Fresh f = fresh.get(identity);
        return () -> f.id;
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
