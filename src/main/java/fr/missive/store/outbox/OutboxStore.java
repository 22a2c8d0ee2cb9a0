package fr.missive.store.outbox;

import fr.missive.model.UserMessage;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.QueuedMessage;
import fr.missive.model.outbox.RecipientOutcome;
import java.time.Duration;
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

    /**
     * Up to {@code limit} QUEUED or DEFERRED messages due at {@code now}, oldest first, without
     * their bytes; nothing claimed (for tools and tests: a worker uses {@link #claimDue}).
     */
    List<QueuedMessage> due(Instant now, int limit);

    /**
     * Claims for {@code holder} up to {@code limit} messages, oldest first, without their bytes:
     * those waiting and due at {@code now}, and those another process was sending whose lease has
     * expired by the database's clock. They are SENDING, held by {@code holder} for {@code lease}
     * from the database's now; rows another PC is claiming at the same moment are passed over,
     * never claimed twice.
     */
    List<QueuedMessage> claimDue(String holder, Duration lease, Instant now, int limit);

    /** Every message {@code holder} is sending is held {@code lease} longer from the database's now; returns how many. */
    int renewLeases(String holder, Duration lease);

    /** Of these messages, those {@code holder} still holds wait again (QUEUED), free for any PC. */
    void releaseClaims(String holder, List<Long> ids);

    /**
     * Wakes the other PCs' windows to the "sent" marks recorded so far, which do not wake them
     * each (on a shared database, a notification would keep the PCs from committing their marks
     * together; see migration V26): once a batch is recorded. Nothing where no other PC looks.
     */
    void announceMarks();

    /** Every message {@code holder} still holds waits again (QUEUED); returns how many. */
    int releaseAllClaims(String holder);

    /** Who holds the messages being sent, each once. */
    List<String> claimHolders();

    /**
     * Takes one of the account's sending slots for the message, counted across every PC from the
     * database: at most {@code perMinute} slots in any sliding minute and {@code perDay} in any
     * sliding day (0: no limit), the PCs taking them one at a time. Empty when taken; else the
     * time a slot frees, and nothing is taken.
     */
    Optional<Instant> takeSendingSlot(long id, long accountId, int perMinute, int perDay, Instant now);

    /** The exact MIME bytes queued for the message; empty when it is gone. */
    Optional<byte[]> mime(long id);

    /**
     * The earliest next attempt of a waiting message, or end of lease of a message being sent (by
     * the database's clock), if any waits or is being sent.
     */
    Optional<NextAttempt> nextAttempt();

    /**
     * When the outbox next has work, and whether a message is being sent meanwhile, read
     * together: a worker waiting for the messages another PC sends must not see them still
     * sending in one read and their lease in another, or find them done in one and wait for
     * their lease, read before, in the other.
     *
     * @param at      the earliest next attempt, or end of a lease
     * @param sending whether some message is being sent (SENDING)
     */
    record NextAttempt(Instant at, boolean sending) {
    }

    /**
     * These messages are SENDING, held by no one (for tools and tests: a worker claims them with
     * a lease, {@link #claimDue}); any worker may take them over.
     */
    void markSending(List<Long> ids);


    /** Messages marked SENDING wait again, whoever holds them (for tools and tests: a worker uses {@link #releaseClaims}). */
    void requeue(List<Long> ids);

    /**
     * Accepted by the server (one more attempt counted, as by the other outcomes).
     *
     * @param recipients what the server answered for each recipient this attempt tried; the
     *                   results of the recipients not tried (answered by an earlier attempt) stay
     */
    void markSent(long id, Instant at, String serverReply, List<RecipientOutcome> recipients);

    /**
     * As {@link #markSent(long, Instant, String, List)} if {@code holder} still holds the message;
     * false, changing nothing, when it lost it (its lease expired and another PC took it over).
     */
    boolean markSent(long id, String holder, Instant at, String serverReply, List<RecipientOutcome> recipients);

    /**
     * Records, in one transaction, messages their server accepted as the delivery journal kept
     * them ({@link DeliveryJournal}): each is SENT as {@link #markSent(long, Instant, String, List)}
     * would make it, unless it is SENT already or was never delivered (FAILED, CANCELLED, gone),
     * so applying the same marks again changes nothing. Returns the ids it changed.
     */
    List<Long> applySentMarks(List<SentMark> marks);

    /**
     * Keeps a mark of a shared outbox ({@link ServerSentMarks}) in a commit of its own, until
     * {@link #recordSentMarks} records it; from then on no PC claims its message. A second mark of
     * one message (sent by two PCs after a lapsed lease) is not kept: the first says it already.
     */
    void addSentMark(String holder, SentMark mark);

    /**
     * Records, in one transaction, the marks kept by {@link #addSentMark} that are {@code holder}'s
     * or whose message no running lease holds any more, as {@link #applySentMarks} records a
     * journal's, and forgets them. Returns the ids it changed.
     */
    List<Long> recordSentMarks(String holder);

    /**
     * A temporary failure: DEFERRED until {@code next}.
     *
     * @param remaining  the recipients still to deliver to, or null to keep them all
     * @param recipients what the server answered for each recipient this attempt tried, if it did
     */
    void markDeferred(long id, Instant next, UserMessage error, String serverReply, List<String> remaining,
                      List<RecipientOutcome> recipients);

    /** As {@link #markDeferred(long, Instant, UserMessage, String, List, List)} if {@code holder} still holds the message. */
    boolean markDeferred(long id, String holder, Instant next, UserMessage error, String serverReply,
                         List<String> remaining, List<RecipientOutcome> recipients);

    /**
     * The account's server cannot be reached: its other waiting messages due before {@code next}
     * wait until then too (their attempts unchanged). Returns how many.
     */
    int deferAccount(long accountId, Instant next, UserMessage error);

    /** As {@link #deferAccount(long, Instant, UserMessage)}, leaving alone what other PCs are sending. */
    int deferAccount(long accountId, String holder, Instant next, UserMessage error);

    /** Failed for good; {@code recipients}: what the server answered for each recipient, if it did. */
    void markFailed(long id, UserMessage error, String serverReply, List<RecipientOutcome> recipients);

    /** As {@link #markFailed(long, UserMessage, String, List)} if {@code holder} still holds the message. */
    boolean markFailed(long id, String holder, UserMessage error, String serverReply, List<RecipientOutcome> recipients);

    /** The account's server refuses it for good (sign-in refused): its waiting messages fail too. Returns how many. */
    int failAccount(long accountId, UserMessage error, String serverReply);

    /** As {@link #failAccount(long, UserMessage, String)}, leaving alone what other PCs are sending. */
    int failAccount(long accountId, String holder, UserMessage error, String serverReply);

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
