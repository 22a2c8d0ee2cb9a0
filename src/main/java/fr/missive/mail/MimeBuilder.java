package fr.missive.mail;

import fr.missive.model.EmailAddress;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.InlineImage;
import fr.missive.model.mail.OutgoingMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Builds the MIME bytes of an {@link OutgoingMessage}, with only the parts it needs:
 * <pre>
 * multipart/mixed                    (only with attachments)
 *   multipart/alternative            (only with HTML)
 *     text/plain
 *     multipart/related              (only with inline images)
 *       text/html
 *       image/… (Content-ID)
 *   application/pdf …
 * </pre>
 * Everything is UTF-8: headers with accents are RFC 2047 encoded words, attachment names RFC
 * 2231 parameters, addresses carry their domain in punycode so servers without SMTPUTF8 take
 * them. The Message-ID is the one given, never regenerated.
 */
public final class MimeBuilder {

    private static final String UTF8 = StandardCharsets.UTF_8.name();
    /** RFC 8098's request for a message disposition notification (a read receipt). */
    public static final String READ_RECEIPT_HEADER = "Disposition-Notification-To";

    static {
        // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader scan of the whole
        // class path for every encoded part (about 10 ms a message here); naming Angus's
        // provider, the one on the class path anyway, makes it a plain instantiation.
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
                "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    /**
     * Attachments up to this size are encoded in one go ({@link #base64Lines}); a larger one (a
     * scan of 30 MB) is encoded as it is written, so that its encoded copy is never held besides
     * the message's bytes.
     */
    private static final int ENCODED_AT_ONCE = 2 << 20;
    /** Characters of a base64 line (RFC 2045). */
    private static final int LINE = 76;

    private final Session session;

    public MimeBuilder() {
        Properties p = new Properties();
        p.put("mail.mime.charset", UTF8);
        // RFC 2231 for parameters (file names with accents), split when long.
        p.put("mail.mime.encodeparameters", "true");
        p.put("mail.mime.splitlongparameters", "true");
        this.session = Session.getInstance(p);
    }

    /** A new Message-ID for a message from this address: random, under the sender's domain. */
    public static String newMessageId(EmailAddress from) {
        String ascii = from.toAscii();
        return "<" + UUID.randomUUID() + "@" + ascii.substring(ascii.indexOf('@') + 1) + ">";
    }

    public BuiltMessage build(OutgoingMessage message, String messageId, Instant date) {
        return build(message, messageId, date, null);
    }

    /**
     * The message, asking for a read receipt (RFC 8098 {@code Disposition-Notification-To}) to be
     * sent to {@code receiptTo} when it is not null; no such header otherwise.
     */
    public BuiltMessage build(OutgoingMessage message, String messageId, Instant date, EmailAddress receiptTo) {
        try {
            MimeMessage mime = new FixedIdMessage(session, messageId);
            EmailAddress from = message.sender().from();
            mime.setFrom(address(from, message.sender().name()));
            if (message.sender().replyTo() != null && !message.sender().replyTo().equals(from)) {
                mime.setReplyTo(new InternetAddress[] {address(message.sender().replyTo(), null)});
            }
            if (message.maskRecipients()) {
                mime.setHeader("To", "undisclosed-recipients:;");
            } else {
                setRecipients(mime, Message.RecipientType.TO, message.to());
                setRecipients(mime, Message.RecipientType.CC, message.cc());
            }
            // Bcc never goes in the header: the envelope carries it.
            mime.setSubject(message.subject(), UTF8);
            mime.setSentDate(Date.from(date));
            if (receiptTo != null) {
                mime.setHeader(READ_RECEIPT_HEADER, address(receiptTo, null).toString());
            }
            setBody(mime, message);
            mime.saveChanges();
            byte[] bytes = MimeBytes.of(mime);
            List<String> recipients = message.allRecipients().stream().map(EmailAddress::toAscii).distinct().toList();
            return new BuiltMessage(messageId, from.toAscii(), recipients, bytes);
        } catch (MessagingException e) {
            throw new IllegalStateException("the message could not be built", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setBody(MimeMessage mime, OutgoingMessage message) throws MessagingException {
        MimeMultipart readable = message.html() == null ? null : alternative(message);
        if (message.attachments().isEmpty()) {
            if (readable == null) {
                mime.setText(message.text(), UTF8, "plain");
            } else {
                mime.setContent(readable);
            }
            return;
        }
        MimeBodyPart first = new MimeBodyPart();
        if (readable == null) {
            first.setText(message.text(), UTF8, "plain");
        } else {
            first.setContent(readable);
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(first);
        for (Attachment a : message.attachments()) {
            mixed.addBodyPart(attachmentPart(a));
        }
        mime.setContent(mixed);
    }

    /** Text and HTML as alternatives, the HTML with its inline images when it has any. */
    private static MimeMultipart alternative(OutgoingMessage message) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF8, "html");
        MimeBodyPart rich = html;
        if (!message.inlineImages().isEmpty()) {
            MimeMultipart related = new MimeMultipart("related");
            related.addBodyPart(html);
            for (InlineImage image : message.inlineImages()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(image.bytes(), image.mimeType())));
                part.setContentID("<" + image.contentId() + ">");
                part.setDisposition(MimeBodyPart.INLINE);
                related.addBodyPart(part);
            }
            rich = new MimeBodyPart();
            rich.setContent(related);
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(rich);
        return alternative;
    }

    private static MimeBodyPart attachmentPart(Attachment a) throws MessagingException {
        MimeBodyPart part;
        if (a.bytes().length <= ENCODED_AT_ONCE) {
            // Already encoded: Jakarta Mail copies the bytes instead of encoding them, with its own
            // slower encoder, once to count the message and once to write it (MimeBytes).
            InternetHeaders headers = new InternetHeaders();
            headers.setHeader("Content-Type", a.mimeType());
            headers.setHeader("Content-Transfer-Encoding", "base64");
            part = new MimeBodyPart(headers, base64Lines(a.bytes()));
        } else {
            part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.mimeType())));
            part.setHeader("Content-Transfer-Encoding", "base64");
        }
        part.setFileName(a.fileName());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    /**
     * The bytes in base64 as Jakarta Mail's encoder writes them: lines of 76 characters, each
     * full line ended by CRLF (the last one, when shorter, is ended by the multipart's own CRLF).
     */
    static byte[] base64Lines(byte[] bytes) {
        byte[] lines = Base64.getMimeEncoder().encode(bytes);
        int lastLine = lines.length % (LINE + 2);
        if (bytes.length == 0 || lastLine != LINE) {
            return lines;
        }
        byte[] ended = Arrays.copyOf(lines, lines.length + 2);
        ended[lines.length] = '\r';
        ended[lines.length + 1] = '\n';
        return ended;
    }

    private static void setRecipients(MimeMessage mime, Message.RecipientType type, List<EmailAddress> addresses)
            throws MessagingException {
        if (!addresses.isEmpty()) {
            InternetAddress[] list = new InternetAddress[addresses.size()];
            for (int i = 0; i < list.length; i++) {
                list[i] = address(addresses.get(i), null);
            }
            mime.setRecipients(type, list);
        }
    }

    private static InternetAddress address(EmailAddress address, String name) {
        try {
            return new InternetAddress(address.toAscii(), name, UTF8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** Jakarta Mail gives a message a new Message-ID on every save; this one keeps the one fixed at queue time. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
