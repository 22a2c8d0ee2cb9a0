package fr.missive;

import fr.missive.ui.GuiLauncher;
import java.nio.file.Path;

/** Opens the window on a data folder, with the wiring as the way to open it. */
final class GuiEntry {

    private GuiEntry() {
    }

    static void start(Path dataFolder) {
        GuiLauncher.launch(Wiring::open, dataFolder);
    }
}
