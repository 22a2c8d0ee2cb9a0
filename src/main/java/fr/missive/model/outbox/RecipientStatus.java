package fr.missive.model.outbox;

/**
 * What the server last said about one recipient of a message. Its sentence is
 * {@code sent.recipient.<NAME>}.
 */
public enum RecipientStatus {
    /** Not answered yet: the message has not reached the server, or the server failed it as a whole. */
    PENDING,
    /** Accepted by the server (a 2xx reply to RCPT TO and to the message). */
    ACCEPTED,
    /** Refused for now (a 4xx reply): tried again, alone, at the message's next attempt. */
    DEFERRED,
    /** Refused for good (a 5xx reply): never tried again. */
    REFUSED;

    public String messageKey() {
        return "sent.recipient." + name();
    }
}
