package fr.missive.mail.returns;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * Writes the read receipt a family's mail program sends back (RFC 8098 section 3, laid out as
 * Thunderbird's: a human-readable part, then the {@code message/disposition-notification} part),
 * addressed to the Disposition-Notification-To of the message it is about, for the tests that
 * deliver it to the school's mailbox.
 */
public final class ReadReceiptWriter {

    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);

    private ReadReceiptWriter() {
    }

    /**
     * A "displayed" receipt from {@code reader} about the message with {@code originalMessageId},
     * sent to {@code receiptTo}, dated {@code at}.
     */
    public static MimeMessage displayed(String reader, String receiptTo, String originalMessageId,
                                        ZonedDateTime at) throws Exception {
        String boundary = "------------mdn" + Math.abs(originalMessageId.hashCode());
        String raw = "Date: " + RFC_5322.format(at) + "\r\n"
                + "From: " + reader + "\r\n"
                + "To: " + receiptTo + "\r\n"
                + "Message-ID: <mdn-" + Math.abs(originalMessageId.hashCode()) + "@example.org>\r\n"
                + "Subject: Read: your message\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=disposition-notification;\r\n"
                + " boundary=\"" + boundary + "\"\r\n"
                + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + "This is a Return Receipt for the mail that you sent to " + reader + ".\r\n"
                + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\r\n"
                + "Content-Disposition: inline\r\n"
                + "\r\n"
                + "Reporting-UA: mail.example.org; Mozilla Thunderbird\r\n"
                + "Final-Recipient: rfc822;" + reader + "\r\n"
                + "Original-Message-ID: " + originalMessageId + "\r\n"
                + "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
                + "\r\n"
                + "--" + boundary + "--\r\n";
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}
