package fr.missive.mail.returns;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The parts of a received message that a report reader looks at, collected in one walk of its
 * MIME tree. An attached message is taken as bytes and never walked into: the original a bounce
 * returns may itself be a report or carry anything.
 */
final class ReportParts {

    /** Enough of a returned original to read its headers; its body is of no use. */
    private static final int ORIGINAL_BYTES_KEPT = 256 * 1024;

    String reportType = "";
    byte[] deliveryStatus;
    byte[] dispositionNotification;
    byte[] originalHeaders;
    final StringBuilder plainText = new StringBuilder();
    final StringBuilder htmlText = new StringBuilder();

    static ReportParts of(MimeMessage message) throws MessagingException, IOException {
        ReportParts parts = new ReportParts();
        if (message.isMimeType("multipart/report")) {
            String type = new ContentType(message.getContentType()).getParameter("report-type");
            parts.reportType = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        }
        parts.walk(message, 0);
        return parts;
    }

    /** The report's words for a person: its plain text, else its HTML without the tags. */
    String text() {
        if (plainText.length() > 0) {
            return plainText.toString();
        }
        return htmlText.toString().replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>", "\n").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private void walk(Part part, int depth) throws MessagingException, IOException {
        if (depth > 8) {
            return;
        }
        String type = baseType(part);
        switch (type) {
            case "message/delivery-status", "message/global-delivery-status" -> {
                if (deliveryStatus == null) {
                    deliveryStatus = bytes(part, Integer.MAX_VALUE);
                }
            }
            case "message/disposition-notification", "message/global-disposition-notification" -> {
                if (dispositionNotification == null) {
                    dispositionNotification = bytes(part, Integer.MAX_VALUE);
                }
            }
            case "text/rfc822-headers", "message/rfc822-headers", "message/rfc822", "message/global",
                 "message/global-headers" -> {
                if (originalHeaders == null) {
                    originalHeaders = bytes(part, ORIGINAL_BYTES_KEPT);
                }
            }
            case "text/plain" -> plainText.append(text(part)).append('\n');
            case "text/html" -> htmlText.append(text(part)).append('\n');
            default -> {
                if (type.startsWith("multipart/")) {
                    Multipart multipart = (Multipart) part.getContent();
                    for (int i = 0; i < multipart.getCount(); i++) {
                        walk(multipart.getBodyPart(i), depth + 1);
                    }
                }
            }
        }
    }

    private static String baseType(Part part) throws MessagingException {
        String header = part.getContentType();
        if (header == null) {
            return "text/plain";
        }
        try {
            return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (jakarta.mail.internet.ParseException e) {
            return "application/octet-stream";
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
        } catch (UnsupportedEncodingException e) {
            // An unknown charset: its bytes read as Latin-1 still show the ASCII a report is written in.
        }
        return new String(bytes(part, Integer.MAX_VALUE), StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(Part part, int limit) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(limit);
        }
    }
}
