package fr.missive.mail.returns;

import java.time.Instant;

/**
 * One message of a mailbox folder, as the returns reading sees it.
 *
 * @param uid       its IMAP UID in the folder
 * @param raw       its bytes, whole
 * @param arrivedAt when the mailbox received it (IMAP INTERNALDATE), or null
 */
public record MailboxMessage(long uid, byte[] raw, Instant arrivedAt) {
}
