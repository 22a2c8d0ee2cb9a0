package fr.missive.model.outbox;

import fr.missive.model.UserMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One message of the outbox as lists show it (without its MIME bytes).
 *
 * @param recipients    the envelope recipients still to deliver to, in ASCII form
 * @param nextAttemptAt when a deferred message is tried again, else null
 * @param lastError     the last failure in the user's terms, or null
 * @param serverReply   the server's last reply, verbatim, or null
 * @param refused       recipients the server refused while accepting the others, with its reply; may be empty
 */
public record OutboxEntry(long id, long accountId, String messageId, String subject, List<String> recipients,
                          OutboxState state, int attempts, Instant queuedAt, Instant nextAttemptAt, Instant sentAt,
                          UserMessage lastError, String serverReply, List<String> refused) {

    public OutboxEntry {
        recipients = List.copyOf(recipients);
        refused = List.copyOf(refused);
    }

    public Optional<UserMessage> error() {
        return Optional.ofNullable(lastError);
    }
}
