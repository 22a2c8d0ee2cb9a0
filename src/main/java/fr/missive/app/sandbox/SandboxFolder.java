package fr.missive.app.sandbox;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.store.db.DataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sandbox's data folder: {@code sandbox} inside the user's data folder, marked by a file
 * that makes it a sandbox whichever way it is opened. Only an empty or new folder is ever
 * marked, so a folder holding real data can never be turned into a sandbox (and its accounts
 * never pointed at the mail catcher).
 */
public final class SandboxFolder {

    public static final String FOLDER_NAME = DataFolder.SANDBOX;
    /** The marker; a text file, so that someone looking in the folder learns what it is. */
    public static final String MARKER = "SANDBOX.txt";

    private SandboxFolder() {
    }

    /** True when the folder is a sandbox: opened with the mail catcher, never with real servers. */
    public static boolean isSandbox(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER));
    }

    /**
     * The sandbox of a data folder, made and marked when it does not exist yet (the folder itself
     * when it is a sandbox already).
     *
     * @throws MissiveException {@code sandbox.notASandbox} when that folder holds something without the marker
     */
    public static Path prepare(Path dataFolder) {
        if (isSandbox(dataFolder)) {
            return dataFolder.toAbsolutePath().normalize();
        }
        Path sandbox = dataFolder.resolve(FOLDER_NAME).toAbsolutePath().normalize();
        if (isSandbox(sandbox)) {
            return sandbox;
        }
        try {
            Files.createDirectories(sandbox);
            try (var entries = Files.list(sandbox)) {
                if (entries.findAny().isPresent()) {
                    throw new MissiveException(UserMessage.of("sandbox.notASandbox", sandbox.toString()));
                }
            }
            Files.writeString(sandbox.resolve(MARKER), """
                    Missive demonstration sandbox / bac à sable de démonstration de Missive.
                    Sample data only. Mail sent from here goes to the demonstration mailbox inside
                    Missive and nowhere else. Delete this folder to start the demonstration afresh.
                    """, StandardCharsets.UTF_8);
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
