package fr.missive.store.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends this process's log records to the journal of a data folder, besides the console that a
 * secretary never sees. The level is INFO; {@code -Dmissive.journal.level=FINE} raises Missive's own
 * records for a support session (the mail libraries' server conversation stays out whatever the level).
 */
public final class JournalSetup {

    public static final String LEVEL_PROPERTY = "missive.journal.level";

    private static final Logger LOG = Logger.getLogger(JournalSetup.class.getName());
    /** Kept referenced: the log manager holds loggers weakly, and would forget a level set on one. */
    private static final Logger MISSIVE = Logger.getLogger("fr.missive");

    private JournalSetup() {
    }

    /**
     * Adds the journal to the root logger.
     *
     * @return the handler, to {@link #remove} it; null when the journal could not be opened (a
     *         read-only folder), which is said on the console and is no reason not to start
     */
    public static Handler install(Path folder) {
        return install(folder, level(System.getProperty(LEVEL_PROPERTY)), JournalFiles.DEFAULT_LIMIT,
                JournalFiles.DEFAULT_GENERATIONS);
    }

    public static Handler install(Path folder, Level level, long limit, int generations) {
        try {
            JournalHandler handler = new JournalHandler(folder, limit, generations);
            handler.setLevel(level);
            if (level.intValue() < Level.INFO.intValue()) {
                MISSIVE.setLevel(level);
            }
            Logger.getLogger("").addHandler(handler);
            return handler;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The journal could not be opened in {0}: {1}", new Object[] {folder, e.toString()});
            return null;
        }
    }

    public static void remove(Handler handler) {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
    }

    static Level level(String name) {
        if (name == null || name.isBlank()) {
            return Level.INFO;
        }
        try {
            return Level.parse(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }
}
