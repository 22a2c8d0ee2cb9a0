package fr.missive.model.outbox;

/** Where a message of the outbox is. Its sentence is {@code outbox.state.<NAME>}. */
public enum OutboxState {
    /** Waiting for the worker. */
    QUEUED,
    /** Handed to the server right now; found so at start-up, it was interrupted by a crash and is sent again. */
    SENDING,
    SENT,
    /** A temporary failure: tried again at the next attempt time. */
    DEFERRED,
    /** Refused for good, or still failing after the retry period; kept with the reason. */
    FAILED,
    CANCELLED;

    /** True while the message is still to be delivered. */
    public boolean isWaiting() {
        return this == QUEUED || this == SENDING || this == DEFERRED;
    }

    public String messageKey() {
        return "outbox.state." + name();
    }
}
