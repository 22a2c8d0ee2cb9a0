package fr.missive.store.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's files in a data folder: {@code missive.log} being written, then the older
 * generations {@code missive.log.1}, {@code missive.log.2}… that rotation keeps.
 */
public final class JournalFiles {

    public static final String NAME = "missive.log";
    /** Past this size the current file is put aside and a new one begun. */
    public static final long DEFAULT_LIMIT = 1024 * 1024;
    /** The current file and two older ones: a few days of a busy office, a few MB at most. */
    public static final int DEFAULT_GENERATIONS = 3;

    private JournalFiles() {
    }

    /** The file being written. */
    public static Path current(Path folder) {
        return generation(folder, 0);
    }

    /** Generation 0 is the current file; higher numbers are older. */
    public static Path generation(Path folder, int number) {
        return folder.resolve(number == 0 ? NAME : NAME + "." + number);
    }

    /** The files present, the current one first, then older and older. */
    public static List<Path> existing(Path folder, int generations) {
        List<Path> found = new ArrayList<>();
        for (int i = 0; i < generations; i++) {
            Path file = generation(folder, i);
            if (Files.isRegularFile(file)) {
                found.add(file);
            }
        }
        return found;
    }

    /** Whether {@code file} is one of the journal's files directly in {@code folder} (not data: no backup). */
    public static boolean isJournal(Path folder, Path file) {
        Path parent = file.getParent();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return parent != null && parent.equals(folder) && (name.equals(NAME) || name.startsWith(NAME + "."));
    }
}
