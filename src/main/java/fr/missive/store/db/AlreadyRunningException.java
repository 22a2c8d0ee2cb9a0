package fr.missive.store.db;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.nio.file.Path;

/** Another Missive holds the data folder: only one may use it at a time. */
public class AlreadyRunningException extends MissiveException {

    public AlreadyRunningException(Path folder) {
        super(UserMessage.of("storage.alreadyRunning", folder.toString()));
    }
}
