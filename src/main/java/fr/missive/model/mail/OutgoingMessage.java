package fr.missive.model.mail;

import fr.missive.model.EmailAddress;
import fr.missive.model.mail.MailInputProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An e-mail as the user composed it, before it becomes MIME: who it is from (after the
 * authorised-domains rule), to whom, and its parts. Only the parts given are built: no HTML
 * means a plain-text message, no attachment means no multipart/mixed.
 *
 * @param maskRecipients every To and Cc recipient goes in the envelope only (as Bcc), the header
 *                       says "undisclosed recipients"
 * @param html           the HTML body, or null
 * @param inlineImages   images the HTML refers to by content id
 */
public record OutgoingMessage(Sender sender, List<EmailAddress> to, List<EmailAddress> cc, List<EmailAddress> bcc,
                              boolean maskRecipients, String subject, String text, String html,
                              List<InlineImage> inlineImages, List<Attachment> attachments) {

    public OutgoingMessage {
        Objects.requireNonNull(sender, "sender");
        to = List.copyOf(to == null ? List.of() : to);
        cc = List.copyOf(cc == null ? List.of() : cc);
        bcc = List.copyOf(bcc == null ? List.of() : bcc);
        subject = subject == null ? "" : subject.strip();
        text = text == null ? "" : text;
        html = html == null || html.isBlank() ? null : html;
        inlineImages = List.copyOf(inlineImages == null ? List.of() : inlineImages);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        List<MailInputProblem> problems = new ArrayList<>();
        if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
            problems.add(MailInputProblem.of("to", Kind.RECIPIENT_REQUIRED));
        }
        if (HeaderText.hasForbiddenCharacter(subject)) {
            problems.add(MailInputProblem.of("subject", Kind.FORBIDDEN_CHARACTER));
        }
        MailInputException.throwIfAny(problems);
    }

    /** A plain-text message with optional attachments. */
    public static OutgoingMessage plain(Sender sender, List<EmailAddress> to, boolean maskRecipients, String subject,
                                        String text, List<Attachment> attachments) {
        return new OutgoingMessage(sender, to, List.of(), List.of(), maskRecipients, subject, text, null, List.of(),
                attachments);
    }

    /** Every address the message goes to, in To, Cc, Bcc order. */
    public List<EmailAddress> allRecipients() {
        List<EmailAddress> all = new ArrayList<>(to);
        all.addAll(cc);
        all.addAll(bcc);
        return all;
    }
}
