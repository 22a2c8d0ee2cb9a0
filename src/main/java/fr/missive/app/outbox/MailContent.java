package fr.missive.app.outbox;

import fr.missive.model.EmailAddress;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.InlineImage;
import fr.missive.model.outbox.MailOrigin;
import java.util.List;

/**
 * What one e-mail says and to whom, before the account's sender rules apply: what a caller
 * (the "send mail" form, a letter sent by e-mail) hands to {@link OutboxService#queue}.
 *
 * @param html         the HTML body, or null for plain text only
 * @param inlineImages images the HTML shows by content id
 * @param origin       the letter template and contacts concerned, kept in the sent log
 */
public record MailContent(List<EmailAddress> to, String subject, String text, String html,
                          List<InlineImage> inlineImages, List<Attachment> attachments, MailOrigin origin) {

    public MailContent(List<EmailAddress> to, String subject, String text, String html,
                       List<InlineImage> inlineImages, List<Attachment> attachments) {
        this(to, subject, text, html, inlineImages, attachments, MailOrigin.NONE);
    }

    public MailContent {
        to = List.copyOf(to);
        inlineImages = List.copyOf(inlineImages == null ? List.of() : inlineImages);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        origin = origin == null ? MailOrigin.NONE : origin;
    }

    public MailContent withOrigin(MailOrigin newOrigin) {
        return new MailContent(to, subject, text, html, inlineImages, attachments, newOrigin);
    }

    public static MailContent plain(List<EmailAddress> to, String subject, String text, List<Attachment> attachments) {
        return new MailContent(to, subject, text, null, List.of(), attachments);
    }
}
