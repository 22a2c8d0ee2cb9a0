package fr.missive.cli;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;

/** The command cannot be carried out as asked (exit code 2); nothing was changed. */
public final class CliUsageException extends MissiveException {

    public CliUsageException(UserMessage message) {
        super(message);
    }
}
