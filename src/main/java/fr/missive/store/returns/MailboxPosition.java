package fr.missive.store.returns;

import java.time.Instant;

/**
 * How far one folder of an account's mailbox has been read for returns.
 *
 * @param uidValidity the folder's UIDVALIDITY when {@code lastUid} was read (RFC 3501 2.3.1.1)
 * @param lastUid     the highest UID already handed to the readers; 0 before the first reading
 * @param holder      the workstation that holds the reading, or null
 * @param leaseUntil  until when it holds it, or null
 */
public record MailboxPosition(long accountId, String folder, long uidValidity, long lastUid, String holder,
                              Instant leaseUntil) {
}
