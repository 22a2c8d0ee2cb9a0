package fr.missive.app.contacts.importing;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;

/** The user cancelled the import; nothing was saved. */
public final class ImportCancelledException extends MissiveException {

    public ImportCancelledException() {
        super(UserMessage.of("import.cancelled"));
    }
}
