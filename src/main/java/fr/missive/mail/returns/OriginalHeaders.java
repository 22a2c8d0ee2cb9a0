package fr.missive.mail.returns;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Message-ID of the message a report is about: in the original's headers returned as a
 * part of their own, or in the copy of the original that a plain-text bounce quotes below a
 * separator line (qmail, older Exim, many gateways).
 */
final class OriginalHeaders {

    /** The lines after which plain-text bounces quote the original message. */
    private static final List<String> SEPARATORS = List.of(
            "--- below this line is a copy of the message.",
            "------ this is a copy of the message, including all the headers. ------",
            "------ this is a copy of the message's headers. ------",
            "----- original message -----",
            "----- the header of the original message is following. -----",
            "------ original message headers ------",
            "----- transcript of session follows -----",
            "original message headers:");

    private static final Pattern MESSAGE_ID_LINE =
            Pattern.compile("(?im)^[ \\t>]*Message-ID:[ \\t]*(?:\\r?\\n[ \\t]+)?(<[^<>\\s]+>)");

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>|<[^<>\\s]+>");

    private OriginalHeaders() {
    }

    /** The Message-ID in a block of returned headers (text/rfc822-headers, message/rfc822). */
    static Optional<String> messageIdIn(byte[] headers) {
        if (headers == null || headers.length == 0) {
            return Optional.empty();
        }
        try {
            String value = new InternetHeaders(new ByteArrayInputStream(headers), true).getHeader("Message-ID", null);
            Optional<String> id = firstId(value);
            if (id.isPresent()) {
                return id;
            }
        } catch (MessagingException e) {
            // Not a clean header block: look for the line itself below.
        }
        return idLine(new String(headers, StandardCharsets.ISO_8859_1));
    }

    /** The Message-ID of the original as a plain-text bounce quotes it. */
    static Optional<String> messageIdQuotedIn(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String separator : SEPARATORS) {
            int at = lower.indexOf(separator);
            if (at >= 0) {
                Optional<String> id = idLine(text.substring(at));
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return idLine(text);
    }

    /** The bounce's own words: the text above the copy of the original it quotes, or all of it. */
    static String beforeCopy(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int end = text.length();
        for (String separator : SEPARATORS) {
            int at = lower.indexOf(separator);
            if (at >= 0 && at < end && !separator.startsWith("----- transcript")) {
                end = at;
            }
        }
        return text.substring(0, end);
    }

    /** The first Message-ID written in a header value such as In-Reply-To or References. */
    static Optional<String> firstId(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        Matcher m = MESSAGE_ID.matcher(headerValue);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** The last Message-ID in a References header: the message being answered. */
    static Optional<String> lastId(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        Matcher m = MESSAGE_ID.matcher(headerValue);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return Optional.ofNullable(last);
    }

    private static Optional<String> idLine(String text) {
        Matcher m = MESSAGE_ID_LINE.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
