package fr.missive.model.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the delivery worker needs of one message: its envelope and the size of its MIME bytes,
 * which are read from the outbox only when it goes, exactly as built when it was queued (so a
 * retry, even after a crash, sends the same Message-ID).
 *
 * @param size      the MIME bytes' length: the message's size on the wire
 * @param retryFrom when the retry period started: queued, or last retried by the user
 */
public record QueuedMessage(long id, long accountId, String messageId, String envelopeFrom, List<String> recipients,
                            long size, int attempts, Instant retryFrom) {

    public QueuedMessage {
        Objects.requireNonNull(envelopeFrom, "envelopeFrom");
        recipients = List.copyOf(recipients);
    }
}
