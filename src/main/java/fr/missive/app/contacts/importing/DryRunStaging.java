package fr.missive.app.contacts.importing;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.Guardianship;
import fr.missive.store.contacts.ContactStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * What a dry run "writes": the new contacts in memory, with made-up ids, so that the plan works
 * as for a real import and reports the same counts, and nothing reaches the store.
 */
final class DryRunStaging implements ContactStore.StagedImport {

    private final Map<Long, Contact> written = new HashMap<>();
    private long lastId;

    @Override
    public long[] add(List<Contact> contacts) {
        long[] ids = new long[contacts.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ++lastId;
            written.put(ids[i], contacts.get(i).withId(ids[i]));
        }
        return ids;
    }

    @Override
    public void replace(List<Contact> contacts) {
        contacts.forEach(c -> written.put(c.id(), c));
    }

    @Override
    public Contact read(long id) {
        return written.get(id);
    }

    @Override
    public void addLinks(List<Guardianship> links) {
        // Nothing is written by a dry run.
    }

    @Override
    public void show(List<Contact> knownChanged, List<Guardianship> knownLinks, IntConsumer progress,
                     BooleanSupplier cancelled) {
        // Nothing is written by a dry run.
    }

    @Override
    public void discard() {
        written.clear();
    }
}
