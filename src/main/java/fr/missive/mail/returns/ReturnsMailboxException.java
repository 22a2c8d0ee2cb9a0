package fr.missive.mail.returns;

/** The mailbox could not be read: out of reach, or it refused the sign-in or a command. */
public final class ReturnsMailboxException extends Exception {

    /** What went wrong, for the sentence shown to the user. */
    public enum Kind { UNREACHABLE, REFUSED, NOT_ALLOWED }

    private final Kind kind;

    public ReturnsMailboxException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
