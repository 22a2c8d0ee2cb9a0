package fr.missive.app.sentlog;

import fr.missive.model.UserMessage;
import fr.missive.model.sentlog.RecipientResult;
import fr.missive.model.sentlog.SentEntry;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * What became of each recipient of a logged message, one sentence each, for the detail pane
 * and {@code sent show}: accepted (on which attempt, when), deferred then accepted on a retry,
 * deferred, refused for good with the server's words, or not answered.
 */
public final class RecipientReport {

    private final DateTimeFormatter time;
    private final Function<String, String> words;

    /**
     * @param time  how dates are written, in the user's language and time zone
     * @param words the user's words for a message key (the kinds To, Cc, Bcc)
     */
    public RecipientReport(DateTimeFormatter time, Function<String, String> words) {
        this.time = time;
        this.words = words;
    }

    public List<UserMessage> lines(SentEntry entry) {
        return entry.results().stream().map(this::line).toList();
    }

    public UserMessage line(RecipientResult r) {
        String who = r.kind() == null ? r.address() : r.address() + " (" + words.apply(r.kind().messageKey()) + ")";
        String at = format(r.at());
        String attempt = String.valueOf(r.attempt());
        String reply = r.smtpText() == null ? "" : r.smtpText();
        return switch (r.status()) {
            case PENDING -> UserMessage.of("sent.recipient.PENDING", who);
            case ACCEPTED -> r.deferredAt() != null
                    ? UserMessage.of("sent.recipient.ACCEPTED_AFTER_DEFERRAL", who, at, attempt, format(r.deferredAt()))
                    : UserMessage.of(r.status().messageKey(), who, at, attempt);
            case DEFERRED, REFUSED -> UserMessage.of(r.status().messageKey(), who, at, attempt, reply);
        };
    }

    private String format(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }
}
