package fr.missive;

import fr.missive.store.journal.JournalSetup;
import fr.missive.ui.GuiLauncher;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens the window on a data folder, with the wiring as the way to open it. */
final class GuiEntry {

    private static final Logger LOG = Logger.getLogger(GuiEntry.class.getName());

    private GuiEntry() {
    }

    static void start(Path dataFolder) {
        // Before anything can fail: the journal is where "see the journal" sends the user.
        JournalSetup.install(dataFolder);
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                LOG.log(Level.SEVERE, "Uncaught failure in thread " + thread.getName(), failure));
        GuiLauncher.launch(Wiring::open, dataFolder);
    }
}
