package fr.missive.app.sentlog;

import fr.missive.app.csv.CsvExport;
import fr.missive.model.sentlog.SentEntry;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sent log as CSV for a spreadsheet: one row per message, semicolon-separated as French
 * spreadsheets expect, formula cells neutralised ({@link CsvExport}), dates in local time, several
 * recipients in one cell separated by commas.
 */
public final class SentLogCsv {

    public static final List<String> HEADER = List.of("id", "date", "account", "from", "recipients", "subject",
            "status", "server_reply", "message_id", "resend_of", "imap_copy", "letter", "contacts", "forward_of",
            "recipient_results");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public SentLogCsv(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Writes the entries.
     *
     * @param words the status and IMAP copy state in the user's language
     */
    public void write(List<SentEntry> entries, Map<Long, String> accountNames, Function<String, String> words,
                      Writer out) {
        // Not closed: the writer is the caller's (standard output for the command line).
        CsvExport csv = new CsvExport(out, ';', HEADER);
        for (SentEntry e : entries) {
            csv.row(List.of(e.id(), DATE.format(e.date().atZone(zone)),
                    accountNames.getOrDefault(e.accountId(), ""), e.from(), String.join(", ", e.recipients()),
                    e.subject(), words.apply(e.statusKey()), nullToEmpty(e.serverReply()), e.messageId(),
                    e.resendOf() == null ? "" : e.resendOf(), words.apply(e.imapCopy().messageKey()),
                    nullToEmpty(e.origin().template()), e.origin().contactNames(),
                    e.forwardOf() == null ? "" : e.forwardOf(), results(e, words)));
        }
        csv.flush();
    }

    /** One line per recipient: "address: status (attempt N) server's reply", the status in the user's words. */
    private static String results(SentEntry e, Function<String, String> words) {
        return e.results().stream().map(r -> r.address() + ": " + words.apply("sent.recipientState." + r.status().name())
                + " (" + r.attempt() + ")" + (r.smtpText() == null ? "" : " " + r.smtpText()))
                .collect(Collectors.joining("\n"));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
