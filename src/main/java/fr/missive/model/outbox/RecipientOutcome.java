package fr.missive.model.outbox;

import fr.missive.model.mail.SmtpReply;
import java.time.Instant;
import java.util.Objects;

/**
 * What the server answered for one recipient at one attempt, for the store to record.
 *
 * @param reply the server's reply for this recipient, or null when it gave none of its own
 */
public record RecipientOutcome(String address, RecipientStatus status, SmtpReply reply, Instant at) {

    public RecipientOutcome {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        if (status == RecipientStatus.PENDING) {
            throw new IllegalArgumentException("an outcome is an answer of the server");
        }
    }
}
