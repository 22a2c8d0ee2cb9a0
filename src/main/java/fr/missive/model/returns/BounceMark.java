package fr.missive.model.returns;

import java.time.Instant;
import java.util.Objects;

/**
 * "Address bounced on 12 January: mailbox unknown": a contact whose e-mail address came back
 * undelivered. The address itself stays on the contact; the mark holds while it is that address.
 *
 * @param address    the contact's address that bounced
 * @param serverText the receiving server's words, or null
 * @param sentId     the logged message that bounced, or null once it left the log
 */
public record BounceMark(long contactId, String address, Instant bouncedAt, BounceReason reason,
                         String serverText, Long sentId) {

    public BounceMark {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(bouncedAt, "bouncedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
