package fr.missive.model.returns;

import java.time.Instant;
import java.util.Objects;

/**
 * A return as the sent log keeps it, against one recipient row of a logged message.
 *
 * @param recipientId the {@code sent_recipient} row it is about
 * @param address     that row's address
 * @param reason      for BOUNCED and DELAYED; else null
 * @param diagnostic  the server's own words, or null
 * @param at          when it happened as the report says, else when the report arrived
 */
public record LoggedReturn(long recipientId, String address, ReturnKind kind, BounceReason reason,
                           String statusCode, String diagnostic, Instant at, ReportFormat format) {

    public LoggedReturn {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(format, "format");
    }
}
