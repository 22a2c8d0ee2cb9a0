package fr.missive.model.returns;

/**
 * What a report says became of one recipient of a sent message. Its sentence is
 * {@code returns.kind.<NAME>}.
 */
public enum ReturnKind {
    /** Not delivered and never will be (RFC 3464 action "failed", a 5.x.x status). */
    BOUNCED,
    /** Not delivered yet; the receiving servers go on trying (action "delayed", a 4.x.x status). */
    DELAYED,
    /** Delivered or relayed, as a report asked for it says (actions "delivered", "relayed", "expanded"). */
    DELIVERED,
    /** The recipient's mail program says the message was shown (RFC 8098 disposition "displayed"). */
    DISPLAYED,
    /** The recipient's mail program says the message was deleted unread (disposition "deleted"). */
    DELETED;

    /** A return that means the family did not receive the letter, for good or so far. */
    public boolean notReceived() {
        return this == BOUNCED || this == DELAYED;
    }

    public String messageKey() {
        return "returns.kind." + name();
    }
}
