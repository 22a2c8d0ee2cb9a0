package fr.missive.mail.returns;

import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReturnKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bounce written for people rather than programs, without a delivery-status part: qmail's
 * QSBMF ({@code <someone@example.org>:} then the remote server's words), Exim's classic text
 * ("The following address(es) failed:" then each address indented, its error below), and any
 * bounce that names its failed recipients in an {@code X-Failed-Recipients} header.
 */
final class PlainBounceReader {

    /** qmail: "<someone@example.org>:" alone on a line (RFC-less QSBMF, cr.yp.to/proto/qsbmf.txt). */
    private static final Pattern QMAIL_RECIPIENT = Pattern.compile("(?m)^<([^<>\\s]+@[^<>\\s]+)>:[ \\t]*$");

    /**
     * An address alone on its line, in a list of failed addresses: Exim indents it by two spaces,
     * Exchange's "Diagnostic information for administrators" does not.
     */
    private static final Pattern LISTED_RECIPIENT = Pattern.compile("(?m)^\\x20{0,3}<?([^<>\\s:]+@[^<>\\s:]+?)>?[ \\t]*$");

    /** The lines that open such a list (Exim's classic text; Exchange's text without a delivery-status part). */
    private static final List<String> LIST_STARTS = List.of("the following address(es) failed:",
            "the following address(es) deferred:", "could not be delivered to one or more of its recipients",
            "has not yet been delivered to all its recipients", "diagnostic information for administrators:");

    /** The words after which a bounce quotes the receiving server's answer (Gmail's and Exchange's texts). */
    private static final List<String> ANSWER_LEAD_INS = List.of("the error that the other server returned was:",
            "the response from the remote server was:", "remote server returned", "gave this error:");

    private static final List<String> DELAY_WORDS = List.of("has not yet been delivered", "delayed",
            "will continue trying", "still trying", "temporary error", "retrying", "this is not a permanent error",
            "warning: message");

    private static final int DIAGNOSTIC_MAX = 1000;

    private PlainBounceReader() {
    }

    /** The recipients a plain bounce speaks of; {@code failedHeader} is X-Failed-Recipients, or null. */
    static List<RecipientReturn> read(String text, String subject, String failedHeader, Instant at) {
        String beforeCopy = OriginalHeaders.beforeCopy(text);
        Map<String, String> diagnostics = new LinkedHashMap<>();
        collect(QMAIL_RECIPIENT, beforeCopy, diagnostics);
        String lower = beforeCopy.toLowerCase(Locale.ROOT);
        for (String start : LIST_STARTS) {
            int listAt = lower.indexOf(start);
            if (listAt >= 0) {
                collect(LISTED_RECIPIENT, beforeCopy.substring(listAt + start.length()), diagnostics);
            }
        }
        if (failedHeader != null) {
            for (String address : failedHeader.split("[,\\s]+")) {
                String bare = DeliveryStatusReader.bareAddress(address);
                if (bare.contains("@") && diagnostics.keySet().stream().noneMatch(bare::equalsIgnoreCase)) {
                    diagnostics.put(bare, diagnosticNear(beforeCopy, bare));
                }
            }
        }
        boolean delayWords = DELAY_WORDS.stream()
                .anyMatch(w -> lower.contains(w) || (subject != null && subject.toLowerCase(Locale.ROOT).contains(w)));
        List<RecipientReturn> recipients = new ArrayList<>();
        String answer = serverAnswer(beforeCopy);
        diagnostics.forEach((address, diagnostic) -> recipients.add(
                recipient(address, diagnostic != null ? diagnostic : answer, delayWords, at)));
        return recipients;
    }

    private static RecipientReturn recipient(String address, String diagnostic, boolean delayWords, Instant at) {
        String status = BounceReasons.codeIn(diagnostic).orElse(null);
        ReturnKind kind;
        if (status != null) {
            kind = status.startsWith("4") ? ReturnKind.DELAYED : ReturnKind.BOUNCED;
        } else {
            kind = delayWords ? ReturnKind.DELAYED : ReturnKind.BOUNCED;
        }
        BounceReason reason = BounceReasons.of(status, diagnostic);
        return new RecipientReturn(address, kind, reason, status, diagnostic, at);
    }

    /** Each address the pattern finds, with the non-blank lines below it as its diagnostic. */
    private static void collect(Pattern pattern, String text, Map<String, String> diagnostics) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String address = m.group(1);
            if (diagnostics.keySet().stream().noneMatch(address::equalsIgnoreCase)) {
                diagnostics.put(address, linesBelow(text, m.end()));
            }
        }
    }

    /** The receiving server's answer that the bounce quotes after a lead-in, or null. */
    private static String serverAnswer(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String leadIn : ANSWER_LEAD_INS) {
            int at = lower.indexOf(leadIn);
            if (at >= 0) {
                String answer = linesBelow(text, at + leadIn.length());
                if (answer != null) {
                    return answer.replaceAll("^'|'$", "").trim();
                }
            }
        }
        return null;
    }

    /** The paragraph after an address named in X-Failed-Recipients, when the text names it too. */
    private static String diagnosticNear(String text, String address) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(address.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return null;
        }
        int lineEnd = text.indexOf('\n', at);
        return lineEnd < 0 ? null : linesBelow(text, lineEnd);
    }

    /** The lines after {@code from}, up to the first blank line or the next listed address. */
    private static String linesBelow(String text, int from) {
        StringBuilder diagnostic = new StringBuilder();
        String[] lines = text.substring(from).split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.isBlank()) {
                continue;
            }
            if (line.isBlank() || QMAIL_RECIPIENT.matcher(line).matches()
                    || LISTED_RECIPIENT.matcher(line).matches()) {
                break;
            }
            if (diagnostic.length() > 0) {
                diagnostic.append(' ');
            }
            diagnostic.append(line.trim());
            if (diagnostic.length() > DIAGNOSTIC_MAX) {
                break;
            }
        }
        String result = diagnostic.toString().trim();
        return result.isEmpty() ? null : result;
    }
}
