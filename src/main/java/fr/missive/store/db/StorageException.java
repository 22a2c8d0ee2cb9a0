package fr.missive.store.db;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;

/** The data folder or the database could not be read or written. */
public class StorageException extends MissiveException {

    public StorageException(UserMessage message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps a JDBC or file failure met while doing {@code what}, in words the user can act on. */
    public static StorageException of(Exception cause) {
        String text = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (text.contains("no space") || text.contains("disk full") || text.contains("not enough space")) {
            return new StorageException(UserMessage.of("storage.diskFull"), cause);
        }
        if (text.contains("read only") || text.contains("read-only") || text.contains("access denied")
                || text.contains("permission denied")) {
            return new StorageException(UserMessage.of("storage.notWritable"), cause);
        }
        return new StorageException(UserMessage.of("storage.failed", String.valueOf(cause.getMessage())), cause);
    }
}
