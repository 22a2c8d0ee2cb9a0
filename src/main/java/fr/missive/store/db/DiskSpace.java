package fr.missive.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The free space on the disk that holds a folder, as the OS reports it to this user. */
public final class DiskSpace {

    private static final long MEGABYTE = 1024L * 1024L;

    private DiskSpace() {
    }

    /**
     * The bytes this user may still write on the disk of {@code folder} (or of its nearest
     * existing parent), or empty when the OS cannot tell. One {@code statvfs} call: cheap, but
     * still file-system access, so not for the event thread.
     */
    public static OptionalLong usableBytes(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Files.getFileStore(existing).getUsableSpace());
        } catch (IOException | SecurityException e) {
            return OptionalLong.empty();
        }
    }

    /** Whole megabytes (rounded down), the unit the messages use. */
    public static long megabytes(long bytes) {
        return bytes / MEGABYTE;
    }
}
