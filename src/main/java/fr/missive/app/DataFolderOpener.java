package fr.missive.app;

import java.nio.file.Path;

/** Opens a data folder; the UI and the command line get one from the wiring. */
@FunctionalInterface
public interface DataFolderOpener {

    /**
     * @param onRecovering called (on the opening thread) when the previous session ended
     *                     abruptly and recovery may take some seconds
     * @throws fr.missive.model.MissiveException when the folder is in use by another Missive
     *         ({@code storage.alreadyRunning}) or cannot be used
     */
    OpenDataFolder open(Path dataFolder, Runnable onRecovering);
}
