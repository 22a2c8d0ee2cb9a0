package fr.missive.model.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply of an SMTP server: its three-digit code, its enhanced status code when it gives one
 * (RFC 3463, e.g. {@code 5.7.139}) and its text, kept verbatim to show the user.
 *
 * @param code     the reply code, or -1 when the server closed the connection without one
 * @param enhanced the enhanced status code, or null
 */
public record SmtpReply(int code, String enhanced, String text) {

    private static final Pattern CODE = Pattern.compile("^(\\d{3})[ -]?\\s*(?:([245]\\.\\d{1,3}\\.\\d{1,3})\\b)?");

    /** Parses what the server said, possibly several lines ({@code 535-…\n535 …}). */
    public static SmtpReply parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        Matcher m = CODE.matcher(text);
        if (!m.find()) {
            return new SmtpReply(-1, null, text);
        }
        return new SmtpReply(Integer.parseInt(m.group(1)), m.group(2), text);
    }

    public boolean isPermanentFailure() {
        return code >= 500 && code <= 599;
    }

    public boolean hasEnhanced(String status) {
        return status.equals(enhanced);
    }
}
