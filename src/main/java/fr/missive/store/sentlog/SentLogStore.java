package fr.missive.store.sentlog;

import fr.missive.model.UserMessage;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.sentlog.SentFilter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sent log: the outbox rows that reached an end, read with their MIME bytes kept by the outbox. */
public interface SentLogStore {

    /**
     * The entries of the filter's accounts, dates and states, newest first, at most {@code limit};
     * the search words are left to the caller (they reach into the body).
     */
    List<SentEntry> list(SentFilter filter, int limit);

    Optional<SentEntry> find(long id);

    /** The exact bytes that were (or were to be) sent. */
    Optional<byte[]> mime(long id);

    /**
     * What renders again the letter a message carried in its body, as it was sent; empty for a
     * message that carried none, or was logged before these were kept.
     */
    Optional<fr.missive.model.letters.InlineLetterInputs> inlineLetter(long id);

    /** Marks {@code resent} as a resending of {@code original}. */
    void linkResend(long resent, long original);

    /** Marks {@code forward} as a forwarding of {@code original}. */
    void linkForward(long forward, long original);

    /** Deletes the logged messages (with their bytes) dated before {@code cutoff}; returns how many. */
    int purgeBefore(Instant cutoff);

    /** Deletes the logged messages one of whose envelope recipients is {@code address}; returns how many. */
    int purgeRecipient(String address);

    /** Deletes the logged messages that concerned the contact; returns how many. */
    int purgeContact(long contactId);

    /** How many logged messages concerned the contact or were sent to the address (null: none). */
    int countAbout(long contactId, String address);

    /** The copy into the Sent folder is to be made for this message. */
    void markImapPending(long id);

    /** The copies into the Sent folder are to be made for these messages: one transaction for them all. */
    void markImapPending(List<Long> ids);

    /** Messages sent whose copy into the Sent folder is still to be made, oldest first. */
    List<Long> imapPending(int limit);

    void markImapDone(long id);

    void markImapRetrying(long id, UserMessage error);
}
