package fr.missive.model.sentlog;

import fr.missive.model.UserMessage;
import fr.missive.model.outbox.MailOrigin;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.RecipientStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One message of the sent log as lists show it: an outbox row that reached an end (sent,
 * failed or cancelled), without its MIME bytes.
 *
 * @param recipients  every recipient (To, Cc and Bcc), in ASCII form, whatever became of each
 * @param sentAt      when the server accepted it, null when it did not leave
 * @param lastError   why it did not leave, or null
 * @param resendOf    the log entry this one resends, or null
 * @param imapCopy    the copy into the IMAP Sent folder, NONE when the account does not ask for one
 * @param imapError   why the copy failed so far, in plain words, or null
 * @param forwardOf   the log entry this one forwards, or null
 * @param origin      the letter template and the contacts the message concerned
 */
public record SentEntry(long id, long accountId, String messageId, String subject, String from,
                        List<String> recipients, OutboxState state, Instant queuedAt, Instant sentAt,
                        String serverReply, List<String> refused, UserMessage lastError, Long resendOf,
                        ImapCopyState imapCopy, UserMessage imapError, Long forwardOf, MailOrigin origin,
                        List<RecipientResult> results) {

    /** The status of a message sent to some recipients and not to others: {@value}. */
    public static final String PARTLY_SENT_KEY = "sent.status.PARTLY_SENT";

    public SentEntry {
        recipients = List.copyOf(recipients);
        results = List.copyOf(results == null ? List.of() : results);
        refused = List.copyOf(refused);
        if (imapCopy == null) {
            imapCopy = ImapCopyState.NONE;
        }
        if (origin == null) {
            origin = MailOrigin.NONE;
        }
    }

    /** Sent, but some recipients were refused (or never accepted before the retries ended). */
    public boolean partlySent() {
        return state == OutboxState.SENT && results.stream().anyMatch(r -> r.status() != RecipientStatus.ACCEPTED);
    }

    /** The message key of the status lists show: "Partly sent" for {@link #partlySent()}, else the state's. */
    public String statusKey() {
        return partlySent() ? PARTLY_SENT_KEY : state.messageKey();
    }

    /** The status as JSON and scripts read it: the state in lower case, or "partly_sent". */
    public String statusName() {
        return partlySent() ? "partly_sent" : state.name().toLowerCase(Locale.ROOT);
    }

    /** The date the log sorts and filters by: when it left, else when it was queued. */
    public Instant date() {
        return sentAt != null ? sentAt : queuedAt;
    }
}
