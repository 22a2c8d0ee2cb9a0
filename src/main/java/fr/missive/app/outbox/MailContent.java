package fr.missive.app.outbox;

import fr.missive.model.EmailAddress;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.InlineImage;
import fr.missive.model.letters.InlineLetterInputs;
import fr.missive.model.outbox.MailOrigin;
import java.util.List;

/**
 * What one e-mail says and to whom, before the account's sender rules apply: what a caller
 * (the "send mail" form, a letter sent by e-mail) hands to {@link OutboxService#queue}.
 *
 * @param html         the HTML body, or null for plain text only
 * @param inlineImages images the HTML shows by content id
 * @param origin       the letter template and contacts concerned, kept in the sent log
 * @param letter       for a letter sent in the body (no PDF), what renders it again as it was
 *                     sent, kept with the logged message; null otherwise
 */
public record MailContent(List<EmailAddress> to, String subject, String text, String html,
                          List<InlineImage> inlineImages, List<Attachment> attachments, MailOrigin origin,
                          InlineLetterInputs letter) {

    public MailContent(List<EmailAddress> to, String subject, String text, String html,
                       List<InlineImage> inlineImages, List<Attachment> attachments, MailOrigin origin) {
        this(to, subject, text, html, inlineImages, attachments, origin, null);
    }

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
        return new MailContent(to, subject, text, html, inlineImages, attachments, newOrigin, letter);
    }

    /** The same e-mail, keeping what renders its inline letter again. */
    public MailContent withLetter(InlineLetterInputs inputs) {
        return new MailContent(to, subject, text, html, inlineImages, attachments, origin, inputs);
    }

    /** About what the message weighs on the wire, to compare with {@link ProviderLimits#messageSize}. */
    public long encodedSize() {
        long binary = 0;
        for (Attachment a : attachments) {
            binary += a.bytes().length;
        }
        for (InlineImage i : inlineImages) {
            binary += i.bytes().length;
        }
        return estimatedSize(text.length(), html == null ? 0 : html.length(), binary);
    }

    /**
     * What a message of these parts weighs, encoded: headers, the texts (UTF-8, quoted-printable:
     * two bytes a character at most, roughly), and base64, which adds a third to the binary parts.
     */
    public static long estimatedSize(int textChars, int htmlChars, long binaryBytes) {
        return 4096L + textChars * 2L + htmlChars * 2L + binaryBytes * 4 / 3;
    }

    public static MailContent plain(List<EmailAddress> to, String subject, String text, List<Attachment> attachments) {
        return new MailContent(to, subject, text, null, List.of(), attachments);
    }
}
