package fr.missive;

import java.nio.file.Path;

/** Opens the window on a data folder. Replaced by the Swing launcher when it lands. */
final class GuiEntry {

    private GuiEntry() {
    }

    static void start(Path dataFolder) {
        System.err.println("missive: the window is not available in this build; use a command (missive --help).");
        System.exit(1);
    }
}
