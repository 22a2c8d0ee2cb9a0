package fr.missive.app.letters;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file beside its place, then moves it there in one step: a full disk or a crash
 * never leaves half a file under the chosen name, and whoever watches for it sees it whole.
 */
final class WholeFile {

    /** What writes the content, into the temporary file it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path partial) throws IOException;
    }

    private WholeFile() {
    }

    /** Writes {@code file} (its folder must exist), replacing what was there. */
    static void write(Path file, Content content) throws IOException {
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".missive-", ".part");
        try {
            content.writeTo(partial);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
