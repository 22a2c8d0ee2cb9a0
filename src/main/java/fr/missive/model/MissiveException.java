package fr.missive.model;

/**
 * A failure the user can understand and act upon. It carries a {@link UserMessage} that the
 * UI or the command line translates; {@link #getMessage()} is the English text for logs.
 */
public class MissiveException extends RuntimeException {

    private final UserMessage userMessage;

    public MissiveException(UserMessage userMessage) {
        this(userMessage, null);
    }

    public MissiveException(UserMessage userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.args(), cause);
        this.userMessage = userMessage;
    }

    public UserMessage userMessage() {
        return userMessage;
    }
}
