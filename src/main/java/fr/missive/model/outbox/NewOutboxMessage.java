package fr.missive.model.outbox;

import java.util.List;
import java.util.Objects;

/**
 * A message built and ready to be committed to the outbox.
 *
 * @param subject     for lists, as the user typed it
 * @param recipients  the envelope recipients, in ASCII form (IDN domains in punycode)
 * @param createdBy   the user who sent it
 * @param origin      the letter template and contacts concerned, for the sent log
 */
public record NewOutboxMessage(long accountId, long createdBy, String messageId, String subject, String envelopeFrom,
                               List<String> recipients, byte[] mime, MailOrigin origin) {

    public NewOutboxMessage(long accountId, long createdBy, String messageId, String subject, String envelopeFrom,
                            List<String> recipients, byte[] mime) {
        this(accountId, createdBy, messageId, subject, envelopeFrom, recipients, mime, MailOrigin.NONE);
    }

    public NewOutboxMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(envelopeFrom, "envelopeFrom");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a message needs a recipient");
        }
        Objects.requireNonNull(mime, "mime");
        origin = origin == null ? MailOrigin.NONE : origin;
    }
}
