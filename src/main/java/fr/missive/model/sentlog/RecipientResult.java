package fr.missive.model.sentlog;

import fr.missive.model.outbox.RecipientKind;
import fr.missive.model.outbox.RecipientStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One recipient of a logged message and what became of it: the one row per recipient that the
 * sent log keeps across every attempt (a retry updates the rows it tried, never the others).
 *
 * @param kind       TO, CC or BCC; null for a message logged before recipients were recorded apart
 * @param attempt    the attempt of the last answer (1 for the first sending); 0 while pending
 * @param smtpCode   the server's reply code for this recipient (250, 451, 550…), or null
 * @param smtpText   the server's reply, verbatim, or null
 * @param at         when the server gave that answer, or null while pending
 * @param deferredAt when the server first deferred this recipient, kept once it is accepted; or null
 */
public record RecipientResult(String address, RecipientKind kind, RecipientStatus status, int attempt,
                              Integer smtpCode, String smtpText, Instant at, Instant deferredAt) {

    public RecipientResult {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(status, "status");
    }

    /** Accepted on a later attempt than the first: delivered on a retry. */
    public boolean acceptedOnRetry() {
        return status == RecipientStatus.ACCEPTED && attempt > 1;
    }
}
