package fr.missive.app.sentlog;

import fr.missive.app.outbox.MailContent;
import fr.missive.i18n.Messages;
import fr.missive.model.EmailAddress;
import fr.missive.model.mail.Attachment;
import fr.missive.model.sentlog.SentAttachment;
import fr.missive.model.sentlog.SentEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * A logged message forwarded the way mail clients do by default: a new message whose text starts
 * with the user's note, then a "Forwarded message" block (From, Date, To, Cc, Subject) and the
 * original text, with the original files attached again. The recipient reads it as any forward,
 * without opening an attached .eml.
 */
final class ForwardedMessage {

    private final Messages messages;
    private final ZoneId zone;

    ForwardedMessage(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    MailContent build(SentDetails original, List<SentAttachment> files, List<EmailAddress> to, String note) {
        SentEntry e = original.entry();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        StringBuilder text = new StringBuilder();
        if (note != null && !note.isBlank()) {
            text.append(note.strip()).append("\n\n");
        }
        text.append(messages.get("sentlog.forward.banner")).append('\n');
        text.append(messages.get("sentlog.forward.from", e.from())).append('\n');
        text.append(messages.get("sentlog.forward.date", date.format(e.date()))).append('\n');
        text.append(messages.get("sentlog.forward.to", String.join(", ", original.content().to()))).append('\n');
        if (!original.content().cc().isEmpty()) {
            text.append(messages.get("sentlog.forward.cc", String.join(", ", original.content().cc()))).append('\n');
        }
        text.append(messages.get("sentlog.forward.subject", e.subject())).append("\n\n");
        text.append(original.content().text());
        List<Attachment> attachments = files.stream()
                .map(f -> new Attachment(f.fileName(), f.mimeType(), f.bytes())).toList();
        return new MailContent(to, subject(e.subject()), text.toString(), null, List.of(), attachments, e.origin());
    }

    /** "Tr : …" or "Fwd: …", not doubled when the subject already starts so. */
    private String subject(String original) {
        String prefixed = messages.get("sentlog.forward.prefix", original);
        String prefix = prefixed.substring(0, prefixed.length() - original.length());
        return original.startsWith(prefix) ? original : prefixed;
    }
}
