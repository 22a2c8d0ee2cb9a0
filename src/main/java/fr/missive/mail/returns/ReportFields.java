package fr.missive.mail.returns;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One block of "Name: value" fields, as a delivery-status or disposition-notification part holds
 * them (RFC 3464 section 2.1: a per-message block, then one block per recipient, separated by
 * blank lines). Names are compared without case; continuation lines are unfolded.
 */
final class ReportFields {

    private final Map<String, String> values;

    private ReportFields(Map<String, String> values) {
        this.values = values;
    }

    /** The blocks of a report part, empty blocks (several blank lines in a row) left out. */
    static List<ReportFields> blocks(byte[] body) throws MessagingException {
        List<ReportFields> blocks = new ArrayList<>();
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        while (in.available() > 0) {
            InternetHeaders headers = new InternetHeaders(in, true);
            Map<String, String> values = new LinkedHashMap<>();
            for (Header header : Collections.list(headers.getAllHeaders())) {
                String value = header.getValue();
                if (value != null) {
                    values.putIfAbsent(header.getName().trim().toLowerCase(Locale.ROOT), unfold(value));
                }
            }
            if (!values.isEmpty()) {
                blocks.add(new ReportFields(values));
            }
        }
        return blocks;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name.toLowerCase(Locale.ROOT))).filter(v -> !v.isBlank());
    }

    /**
     * A typed field such as {@code Final-Recipient: rfc822; someone@example.org} without its
     * type, or the whole value when it names none.
     */
    Optional<String> typed(String name) {
        return get(name).map(ReportFields::withoutType);
    }

    static String withoutType(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(semicolon + 1) : value).trim();
    }

    private static String unfold(String value) {
        return value.replaceAll("\\r?\\n[ \\t]+", " ").replaceAll("[ \\t]+", " ").trim();
    }
}
