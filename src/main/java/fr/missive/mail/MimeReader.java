package fr.missive.mail;

import fr.missive.model.sentlog.SentAttachment;
import fr.missive.model.sentlog.SentContent;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Properties;

/** Reads back the MIME bytes of a sent message: its recipients, text and attachments, or a copy to send again. */
public final class MimeReader {

    private final Session session = Session.getInstance(new Properties());

    public SentContent read(byte[] mime) {
        try {
            MimeMessage message = parse(mime);
            StringBuilder plain = new StringBuilder();
            StringBuilder html = new StringBuilder();
            List<String> attachments = new ArrayList<>();
            walk(message, plain, html, attachments);
            String text = plain.length() > 0 ? plain.toString() : htmlToText(html.toString());
            return new SentContent(addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)), text, attachments);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("unreadable MIME message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the first attachment of that file name, decoded; empty when there is none. */
    public Optional<byte[]> attachment(byte[] mime, String fileName) {
        return attachments(mime).stream().filter(a -> a.fileName().equals(fileName)).findFirst()
                .map(SentAttachment::bytes);
    }

    /** The files the message carried, with their bytes, in the order they appear. */
    public List<SentAttachment> attachments(byte[] mime) {
        try {
            List<SentAttachment> files = new ArrayList<>();
            collect(parse(mime), files);
            return files;
        } catch (MessagingException e) {
            throw new IllegalArgumentException("unreadable MIME message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Part part, List<SentAttachment> files) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), files);
            }
        } else if (isAttachment(part)) {
            try (InputStream in = part.getInputStream()) {
                String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
                files.add(new SentAttachment(MimeUtility.decodeText(part.getFileName()), type, in.readAllBytes()));
            }
        }
    }

    /** Named, and either declared an attachment or not text: what {@link #read} lists as attachments. */
    private static boolean isAttachment(Part part) throws MessagingException {
        return part.getFileName() != null && !part.isMimeType("multipart/*")
                && (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || !part.isMimeType("text/*"));
    }

    /**
     * The same message with a new Message-ID and, when {@code to} is given, that single
     * recipient in place of To and Cc, and no read-receipt request; the body's bytes are kept as
     * they were.
     */
    public byte[] copyForResend(byte[] mime, String newMessageId, String to) {
        try {
            MimeMessage message = parse(mime);
            message.setHeader("Message-ID", newMessageId);
            // A read receipt is asked for each time the user ticks it; a resend offers no such choice.
            message.removeHeader(MimeBuilder.READ_RECEIPT_HEADER);
            if (to != null) {
                message.setRecipients(Message.RecipientType.TO, new Address[] {new InternetAddress(to, true)});
                message.removeHeader("Cc");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(mime.length + 100);
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalArgumentException("unreadable MIME message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MimeMessage parse(byte[] mime) throws MessagingException {
        return new MimeMessage(session, new ByteArrayInputStream(mime));
    }

    private static void walk(Part part, StringBuilder plain, StringBuilder html, List<String> attachments)
            throws MessagingException, IOException {
        if (isAttachment(part)) {
            attachments.add(MimeUtility.decodeText(part.getFileName()));
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), plain, html, attachments);
            }
        } else if (part.isMimeType("text/plain") && plain.length() == 0) {
            plain.append(part.getContent());
        } else if (part.isMimeType("text/html") && html.length() == 0) {
            html.append(part.getContent());
        }
    }

    private static String htmlToText(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</p>", "\n").replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> list = new ArrayList<>();
        if (addresses != null) {
            for (Address a : addresses) {
                list.add(a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString());
            }
        }
        return list;
    }
}
