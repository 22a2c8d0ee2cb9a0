package fr.missive.model.returns;

/**
 * Why a message did not reach a recipient, in the words a secretary understands, read from the
 * report's status code and diagnostic. Its sentence is {@code returns.reason.<NAME>}; the server's
 * own text is always kept beside it.
 */
public enum BounceReason {
    /** The mailbox does not exist (5.1.1, "user unknown", "no such user"). */
    UNKNOWN_ADDRESS,
    /** The domain after the @ has no mail server (5.1.2, "host not found"). */
    UNKNOWN_DOMAIN,
    /** The mailbox is full (4.2.2 / 5.2.2, "quota exceeded", "over quota"). */
    MAILBOX_FULL,
    /** The mailbox exists but is closed or disabled (5.2.1). */
    MAILBOX_DISABLED,
    /** The receiving server took the message for spam or refused the sender (5.7.x, "spam", "blocked"). */
    REFUSED_AS_SPAM,
    /** The message was too large for the receiving server (5.3.4, 5.2.3). */
    TOO_LARGE,
    /** The receiving servers could not be reached for long enough (4.4.x, 5.4.7). */
    NOT_REACHABLE,
    /** Anything else: only the server's text says why. */
    OTHER;

    public String messageKey() {
        return "returns.reason." + name();
    }
}
