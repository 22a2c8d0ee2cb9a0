package fr.missive.store.outbox;

import fr.missive.model.mail.SmtpReply;
import fr.missive.model.outbox.RecipientOutcome;
import fr.missive.model.outbox.RecipientStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message the server accepted for every recipient it was sent to, as the delivery journal
 * keeps it until the outbox records it (see {@link DeliveryJournal}).
 *
 * @param serverReply the server's reply to the end of the message (null if it gave none)
 * @param recipients  the envelope of the attempt, each accepted with that reply
 */
public record SentMark(long id, Instant at, String serverReply, List<String> recipients) {

    public SentMark {
        Objects.requireNonNull(at, "at");
        recipients = List.copyOf(recipients);
    }

    /** What the server answered for each recipient, as {@code OutboxStore.markSent} records it. */
    public List<RecipientOutcome> outcomes() {
        SmtpReply reply = SmtpReply.parse(serverReply);
        return recipients.stream().map(a -> new RecipientOutcome(a, RecipientStatus.ACCEPTED, reply, at)).toList();
    }
}
