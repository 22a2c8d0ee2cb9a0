package fr.missive.store.returns;

import fr.missive.model.returns.BounceMark;
import fr.missive.model.returns.LoggedReturn;
import fr.missive.model.returns.ReportFormat;
import fr.missive.model.returns.RecipientReturn;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The returns of sent mail, the contacts' bounce marks, and how far each mailbox was read. */
public interface ReturnStore {

    /** The logged message (sent, failed or cancelled) with this Message-ID, angle brackets included. */
    Optional<SentRecipientRef> findSent(String messageId);

    /**
     * Records what a report says about one recipient row; false when this report was already
     * recorded for that row (reading a report twice records it once).
     */
    boolean record(long recipientId, String reportId, ReportFormat format, RecipientReturn what, Instant receivedAt);

    /** The returns of these messages' recipients, oldest first, by message id. */
    Map<Long, List<LoggedReturn>> returnsOf(Collection<Long> sentIds);

    /** The messages among these that asked for a read receipt. */
    java.util.Set<Long> askedReadReceipt(Collection<Long> sentIds);

    /** Marks that a message asked for a read receipt. */
    void markReadReceiptAsked(long sentId);

    /**
     * For each of these messages that belongs to a mailing (messages queued together), the ids
     * of every message of that mailing, itself included; a message of no mailing is absent.
     */
    Map<Long, List<Long>> mailingMembers(Collection<Long> sentIds);

    /**
     * Marks the contact's address as bounced, when it is still the contact's address (compared
     * without case) and the mark is not newer already; returns whether it marked.
     */
    boolean markBounced(BounceMark mark);

    Optional<BounceMark> bounceMark(long contactId);

    /** Every contact's mark, by contact id. */
    Map<Long, BounceMark> bounceMarks();

    /**
     * The marks of the contacts whose current address is one of these (compared without case), in
     * the order of the addresses, then of the contacts.
     */
    List<BounceMark> bounceMarksOf(Collection<String> addresses);

    /** The user says the address works again (or the contact's address changed). */
    void clearBounce(long contactId);

    Optional<MailboxPosition> position(long accountId, String folder);

    /**
     * Takes or renews the reading of the folder for {@code holder} until {@code leaseUntil}:
     * true when no one else holds it, or their lease ran out before {@code now}.
     */
    boolean claim(long accountId, String folder, String holder, Instant now, Instant leaseUntil);

    /** Saves how far the holder read; nothing when it no longer holds the folder. */
    boolean advance(long accountId, String folder, String holder, long uidValidity, long lastUid, Instant now);

    /** Lets another workstation read the folder at once. */
    void release(long accountId, String folder, String holder);
}
