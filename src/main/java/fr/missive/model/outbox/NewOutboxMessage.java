package fr.missive.model.outbox;

import fr.missive.model.letters.InlineLetterInputs;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message built and ready to be committed to the outbox.
 *
 * @param subject     for lists, as the user typed it
 * @param recipients  the envelope recipients, in ASCII form (IDN domains in punycode)
 * @param createdBy   the user who sent it
 * @param origin      the letter template and contacts concerned, for the sent log
 * @param kinds       whether each recipient is in To, Cc or only the envelope (Bcc); a recipient missing
 *                    here is logged without a kind
 * @param readReceipt the message asks for a read receipt (its MIME carries Disposition-Notification-To):
 *                    kept with the queued row, so the sent log says so even after a crash before delivery
 * @param mailing     the key shared by the messages queued together (one mailing), or null
 * @param letter      for a letter sent in the body (no PDF attached), what renders it again as it
 *                    was sent, committed with the message; null otherwise
 */
public record NewOutboxMessage(long accountId, long createdBy, String messageId, String subject, String envelopeFrom,
                               List<String> recipients, byte[] mime, MailOrigin origin,
                               Map<String, RecipientKind> kinds, boolean readReceipt, String mailing,
                               InlineLetterInputs letter) {

    public NewOutboxMessage(long accountId, long createdBy, String messageId, String subject, String envelopeFrom,
                            List<String> recipients, byte[] mime, MailOrigin origin,
                            Map<String, RecipientKind> kinds, boolean readReceipt, String mailing) {
        this(accountId, createdBy, messageId, subject, envelopeFrom, recipients, mime, origin, kinds, readReceipt,
                mailing, null);
    }

    public NewOutboxMessage(long accountId, long createdBy, String messageId, String subject, String envelopeFrom,
                            List<String> recipients, byte[] mime, MailOrigin origin,
                            Map<String, RecipientKind> kinds) {
        this(accountId, createdBy, messageId, subject, envelopeFrom, recipients, mime, origin, kinds, false, null);
    }

    public NewOutboxMessage(long accountId, long createdBy, String messageId, String subject, String envelopeFrom,
                            List<String> recipients, byte[] mime, MailOrigin origin) {
        this(accountId, createdBy, messageId, subject, envelopeFrom, recipients, mime, origin, Map.of());
    }

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
        kinds = Map.copyOf(kinds == null ? Map.of() : kinds);
        mailing = mailing == null || mailing.isBlank() ? null : mailing;
    }

    /** The kind of one envelope recipient, or null when it was not given. */
    public RecipientKind kindOf(String recipient) {
        return kinds.get(recipient);
    }
}
