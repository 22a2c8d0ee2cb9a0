package fr.missive.store.db;

import fr.missive.model.UserMessage;

/**
 * The database server could not be reached, or went away in the middle of the work: nothing of
 * that work is known to be saved, and the database reconnects by itself once the server answers
 * (see {@link ServerReachability}). What the user typed is to be kept, so that they can save again.
 */
public final class ServerUnreachableException extends StorageException {

    public ServerUnreachableException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
