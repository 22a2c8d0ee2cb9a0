package fr.missive.mail.returns;

import java.util.List;

/**
 * A mailbox folder where delivery reports and read receipts arrive: the account's INBOX over
 * IMAP, or the sandbox's catcher. Nothing here deletes or expunges a message.
 */
public interface ReturnsMailbox extends AutoCloseable {

    /** The folder's UIDVALIDITY: UIDs read under another one mean nothing now. */
    long uidValidity();

    /** The messages whose UID is above {@code afterUid}, oldest first, at most {@code max}. */
    List<MailboxMessage> newerThan(long afterUid, int max) throws ReturnsMailboxException;

    /**
     * A report Missive used: flagged as seen and filed in the returns folder (made when needed),
     * moved there when the server can move, else copied there and flagged where it is.
     */
    void fileAway(long uid) throws ReturnsMailboxException;

    @Override
    void close();
}
