package fr.missive.app.outbox;

import java.util.UUID;

/**
 * What applies to every message of one sending: whether each asks for a read receipt (the user's
 * choice of that sending, never remembered for the next) and the mailing they belong to.
 *
 * @param readReceipt each message asks its recipient's mail program for a read receipt
 * @param mailing     the key shared by the messages sent together, or null for none
 */
public record QueueOptions(boolean readReceipt, String mailing) {

    /** A message on its own: no read receipt, no mailing (a resend, a forward). */
    public static final QueueOptions NONE = new QueueOptions(false, null);

    /** A new mailing: one key for every message of the sending, even when they are queued by chunks. */
    public static QueueOptions newMailing(boolean readReceipt) {
        return new QueueOptions(readReceipt, UUID.randomUUID().toString());
    }
}
