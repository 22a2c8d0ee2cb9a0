package fr.missive.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** File-tree helpers of backup and restore. */
final class Trees {

    private static final Logger LOG = Logger.getLogger(Trees.class.getName());

    private Trees() {
    }

    /** A relative path as a zip entry name: forward slashes on every OS. */
    static String entryName(Path relative) {
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            name.append(name.length() == 0 ? "" : "/").append(part);
        }
        return name.toString();
    }

    /** Deletes a file or a folder with everything in it. */
    static void delete(Path path) throws IOException {
        if (path == null || !Files.exists(path)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            delete(path);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + path, e);
        }
    }
}
