package fr.missive.model.returns;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A report read out of a mailbox: which sent message it is about and what it says about each of
 * that message's recipients.
 *
 * @param reportMessageId   the Message-ID of the report itself (so that reading it twice records it once);
 *                          when the report has none, a stable digest of its bytes in angle brackets
 * @param originalMessageId the Message-ID of the message the report is about, with its angle brackets,
 *                          as found in the report (Original-Message-ID, the returned headers, or
 *                          In-Reply-To/References); never null: a report whose original cannot be named
 *                          is not a {@code ReturnReport}
 * @param format            how the report was written
 * @param receivedAt        when the mailbox received the report (its Date header, else the IMAP arrival date)
 * @param recipients        one entry per recipient the report speaks of; never empty
 */
public record ReturnReport(String reportMessageId, String originalMessageId, ReportFormat format,
                           Instant receivedAt, List<RecipientReturn> recipients) {

    public ReturnReport {
        Objects.requireNonNull(reportMessageId, "reportMessageId");
        Objects.requireNonNull(originalMessageId, "originalMessageId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(receivedAt, "receivedAt");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a report about no recipient");
        }
    }
}
