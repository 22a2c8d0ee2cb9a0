package fr.missive.store.outbox;

import fr.missive.model.UserMessage;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.QueuedMessage;
import fr.missive.model.outbox.RecipientOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox on disk. Every change is one durable transaction: once a method returns, a crash
 * or a power cut cannot undo it.
 */
public interface OutboxStore {

    /**
     * Commits the messages, all or none, as QUEUED and due now; returns their ids in order. The
     * messages are taken one at a time from the iterable, so a caller may build each only when
     * asked (one message's bytes in memory at a time), and stop it all by throwing.
     */
    List<Long> enqueue(Iterable<NewOutboxMessage> messages, Instant now);

    /** Up to {@code limit} QUEUED or DEFERRED messages due at {@code now}, oldest first, without their bytes. */
    List<QueuedMessage> due(Instant now, int limit);

    /** The exact MIME bytes queued for the message; empty when it is gone. */
    Optional<byte[]> mime(long id);

    /** The earliest next attempt of a waiting message, if any waits. */
    Optional<Instant> nextAttempt();

    /**
     * The worker took these messages to hand them to the server: SENDING. Not a promise that
     * each went: a crash leaves them SENDING, and {@link #recoverInterrupted()} queues them
     * again; only the one in flight can have reached the server.
     */
    void markSending(List<Long> ids);

    /** Messages marked SENDING that the worker did not get to (stopped, held by a limit) wait again. */
    void requeue(List<Long> ids);

    /**
     * Accepted by the server (one more attempt counted, as by the other outcomes).
     *
     * @param recipients what the server answered for each recipient this attempt tried; the
     *                   results of the recipients not tried (answered by an earlier attempt) stay
     */
    void markSent(long id, Instant at, String serverReply, List<RecipientOutcome> recipients);

    /**
     * A temporary failure: DEFERRED until {@code next}.
     *
     * @param remaining  the recipients still to deliver to, or null to keep them all
     * @param recipients what the server answered for each recipient this attempt tried, if it did
     */
    void markDeferred(long id, Instant next, UserMessage error, String serverReply, List<String> remaining,
                      List<RecipientOutcome> recipients);

    /**
     * The account's server cannot be reached: its other waiting messages due before {@code next}
     * wait until then too (their attempts unchanged). Returns how many.
     */
    int deferAccount(long accountId, Instant next, UserMessage error);

    /** Failed for good; {@code recipients}: what the server answered for each recipient, if it did. */
    void markFailed(long id, UserMessage error, String serverReply, List<RecipientOutcome> recipients);

    /** The account's server refuses it for good (sign-in refused): its waiting messages fail too. Returns how many. */
    int failAccount(long accountId, UserMessage error, String serverReply);

    /** Messages left SENDING by a crash go back to QUEUED, to be sent again with the same bytes. */
    int recoverInterrupted();

    /** Every deferred message is due at {@code now} (their retry period goes on); returns how many. */
    int deferredDueNow(Instant now);

    /** Cancels a message not sent yet (queued, deferred or failed); false when it cannot be. */
    boolean cancel(long id);

    /** Queues a failed, cancelled or deferred message again, due now, with a new retry period. */
    boolean retry(long id, Instant now);

    /** The newest messages first, at most {@code limit}. */
    List<OutboxEntry> list(int limit);

    Optional<OutboxEntry> find(long id);

    Map<OutboxState, Integer> countByState();

    /** How many messages of the account were sent at or after {@code since}. */
    int sentSince(long accountId, Instant since);

    /** How many messages each account still has to deliver (queued, being sent or deferred); accounts with none are absent. */
    Map<Long, Integer> waitingByAccount();
}
