package fr.missive.app.letters;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;

/** A template file that cannot be read as one; the message gives the line at fault when there is one. */
public final class TemplateFileException extends MissiveException {

    private final int line;

    public TemplateFileException(int line, UserMessage message) {
        super(message);
        this.line = line;
    }

    public TemplateFileException(UserMessage message, Throwable cause) {
        super(message, cause);
        this.line = 0;
    }

    /** 1-based line at fault, 0 when the problem is the whole file. */
    public int line() {
        return line;
    }
}
