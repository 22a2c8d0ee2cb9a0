package fr.missive.app.outbox;

import fr.missive.model.mail.Attachment;
import java.util.List;

/**
 * A message as typed in a form or on the command line, not checked yet.
 *
 * @param to          the recipients, separated by commas or semicolons
 * @param readReceipt ask for a read receipt (RFC 8098)
 */
public record MailDraft(String accountName, String to, String subject, String body, List<Attachment> attachments,
                        boolean readReceipt) {

    public MailDraft(String accountName, String to, String subject, String body, List<Attachment> attachments) {
        this(accountName, to, subject, body, attachments, false);
    }

    public MailDraft {
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }
}
