package fr.missive.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reading what a test mail server received, in lambdas and assertions (no checked exceptions). */
public final class ReceivedMail {

    private ReceivedMail() {
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first recipient, as the message's headers give it. */
    public static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text of a single-part message, or of the first part of a multipart one, looking into
     * nested multiparts (the text/plain of a multipart/alternative comes first).
     */
    public static String firstText(MimeMessage message) {
        try {
            Object content = message.getContent();
            while (content instanceof MimeMultipart multipart) {
                content = multipart.getBodyPart(0).getContent();
            }
            return content.toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
