package fr.missive.store.outbox;

import java.util.List;

/**
 * Where the outbox's worker makes each "sent" mark durable before the next message's final dot,
 * more cheaply than by rewriting the message's rows; the outbox records the marks many at once.
 * A mark is never lost between the two: a process that ends leaves it where the next one (or, on
 * a shared outbox, any PC) records it before the message could be claimed again.
 *
 * @see DeliveryJournal the embedded outbox's, a file beside the database
 * @see ServerSentMarks a shared outbox's, a table of the database
 */
public interface SentMarkLog {

    /** The mark, durable when this returns. */
    void append(SentMark mark);

    /**
     * Records the marks in the outbox, in one transaction, and forgets them; returns the ids
     * whose message this changed (those already sent are left as they are, so recording a mark
     * twice changes nothing). Nothing is forgotten when the outbox fails: the marks stay.
     */
    List<Long> replayInto(OutboxStore outbox);

    /**
     * Whether {@link #replayInto} may run on one thread while {@link #append} adds marks on
     * another, each recording only the marks it read: so the outbox records a batch's marks
     * while the next batch is sent. Not so for a journal that starts afresh once recorded.
     */
    default boolean recordsWhileAppending() {
        return false;
    }
}
