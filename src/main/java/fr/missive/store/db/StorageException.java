package fr.missive.store.db;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The data folder or the database could not be read or written. */
public class StorageException extends MissiveException {

    public StorageException(UserMessage message, Throwable cause) {
        super(message, cause);
    }

    /** Below this much free space, a failed write is told as a full disk rather than a failing one. */
    private static final long NEARLY_FULL_BYTES = 200L * 1024 * 1024;

    /**
     * A write that did not reach the disk of the data folder: says where the folder is and how
     * much is free there, so the user knows what to clear. The cause may be null.
     */
    public static StorageException diskFull(Path dataFolder, Throwable cause) {
        OptionalLong free = DiskSpace.usableBytes(dataFolder);
        long megabytes = DiskSpace.megabytes(free.orElse(0));
        boolean full = free.isEmpty() || free.getAsLong() < NEARLY_FULL_BYTES || mentionsNoSpace(cause);
        return new StorageException(UserMessage.of(full ? "storage.diskFullAt" : "storage.writeFailedAt",
                dataFolder.toString(), megabytes), cause);
    }

    private static boolean mentionsNoSpace(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (isNoSpace(String.valueOf(c.getMessage()).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoSpace(String lowerCaseText) {
        return lowerCaseText.contains("no space") || lowerCaseText.contains("disk full")
                || lowerCaseText.contains("not enough space");
    }

    /** Wraps a JDBC or file failure met while doing {@code what}, in words the user can act on. */
    public static StorageException of(Exception cause) {
        String text = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (isNoSpace(text)) {
            return new StorageException(UserMessage.of("storage.diskFull"), cause);
        }
        if (text.contains("read only") || text.contains("read-only") || text.contains("access denied")
                || text.contains("permission denied")) {
            return new StorageException(UserMessage.of("storage.notWritable"), cause);
        }
        return new StorageException(UserMessage.of("storage.failed", String.valueOf(cause.getMessage())), cause);
    }
}
