package fr.missive.store.contacts;

import fr.missive.model.Versioned;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.Guardianship;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** Where contacts are kept. */
public interface ContactStore {

    /** Every contact, custom fields included, in the order they were added (callers sort for people). */
    List<Contact> findAll();

    /** The first {@code limit} contacts by id (the oldest stored), or all when there are fewer. */
    List<Contact> findFirst(int limit);

    Optional<Contact> find(long id);

    int count();

    /** Inserts (no id) or updates (id) the contact; returns it with its id. */
    Contact save(Contact contact);

    /** The contact with its version, for an editor that will save it with {@link #save(Contact, Long, String)}. */
    Optional<Versioned<Contact>> findVersioned(long id);

    /**
     * Inserts (no id) or updates (id) the contact, recording {@code by} as the last to change it.
     * An update checks that the stored version is still {@code basedOn} (null: no check, a
     * deliberate overwrite).
     *
     * @throws fr.missive.model.ChangedMeanwhileException when someone saved the contact meanwhile
     */
    Versioned<Contact> save(Contact contact, Long basedOn, String by);

    void delete(List<Long> ids);

    /**
     * Starts an import written as its file is read, in batches each committed but shown to no
     * one until {@link StagedImport#show} (see {@link StagedImport}). Also discards what imports
     * abandoned long ago (the process killed while one was written) left behind.
     */
    StagedImport stageImport();

    /**
     * An import being written: new contacts and their links are written in batches, each its own
     * short transaction (one transaction of a whole school's rows does not fit the embedded
     * engine's memory), and stay hidden from every read until {@link #show} makes them visible,
     * with the changes to known contacts, in one last transaction. A cancel or a failure then
     * {@link #discard}s them: the contacts are left exactly as they were.
     */
    interface StagedImport {

        /** Writes new contacts (without id), hidden; returns their ids, in order. */
        long[] add(List<Contact> contacts);

        /** Rewrites contacts {@link #add}ed earlier (with their ids): a later line of the file won. */
        void replace(List<Contact> contacts);

        /** A contact {@link #add}ed earlier, as written. */
        Contact read(long id);

        /** Writes links of which at least one side was {@link #add}ed, hidden like it. */
        void addLinks(List<Guardianship> links);

        /**
         * In one transaction: updates the known contacts the file changed, writes the links between
         * known contacts (a link that exists gets the new rank), and shows everything written.
         * {@code progress} receives the number of known contacts written so far; when
         * {@code cancelled} turns true, {@link ImportCancelledException} is thrown and nothing is
         * shown (then {@link #discard} what was written).
         */
        void show(List<Contact> knownChanged, List<Guardianship> knownLinks, IntConsumer progress,
                  BooleanSupplier cancelled);

        /** Deletes whatever was written, in batches, then the run itself. Harmless once shown. */
        void discard();
    }

    /**
     * Links guardians to pupils in one transaction; a link that exists already gets the new rank.
     * Contacts that do not exist are refused ({@link fr.missive.store.db.StorageException}).
     */
    void link(List<Guardianship> links);

    /** Removes the link between a pupil and one guardian; both contacts stay. */
    void unlink(long pupilId, long guardianId);

    /** A pupil's guardians, by rank then id; empty for a contact that has none. */
    List<Contact> guardiansOf(long pupilId);

    /** A guardian's children (the pupils they are a guardian of), by last then first name. */
    List<Contact> childrenOf(long guardianId);

    /** Every link, by pupil then rank: one read for windows and mailings over many pupils. */
    List<Guardianship> allGuardianships();

    /** Thrown by {@link StagedImport#show} when cancelled; nothing is shown (the run is then discarded). */
    final class ImportCancelledException extends RuntimeException {
        public ImportCancelledException() {
            super("import cancelled", null, false, false);
        }
    }
}
