package fr.missive.app.contacts.importing;

/**
 * Told how an import advances, from the thread running it: a window hands the figures to a
 * progress bar on the event thread. Called every few hundred records, not for each one.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    enum Phase {
        /** Reading and checking the file; {@code total} is the number of records. */
        READING,
        /** Saving to the database; {@code total} is the number of contacts to save. */
        WRITING
    }

    void update(Phase phase, int done, int total);

    /** The bundle key that names the phase ("Reading the file…"). */
    static String labelKey(Phase phase) {
        return "import.phase." + phase.name();
    }
}
