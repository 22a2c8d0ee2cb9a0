package fr.missive.model.returns;

import java.time.Instant;
import java.util.Objects;

/**
 * What one report says about one recipient of the original message.
 *
 * @param address    the recipient the report is about, as the original envelope named it (ASCII form)
 * @param kind       what became of the message for that recipient
 * @param reason     why it did not arrive, for {@link ReturnKind#BOUNCED} and {@link ReturnKind#DELAYED}; else null
 * @param statusCode the enhanced status code ("5.1.1"), or null when the report gives none
 * @param diagnostic the receiving server's own words, verbatim (trimmed), or null
 * @param at         when it happened as the report says (Arrival-Date, Last-Attempt-Date, the report's Date), or null
 */
public record RecipientReturn(String address, ReturnKind kind, BounceReason reason, String statusCode,
                              String diagnostic, Instant at) {

    public RecipientReturn {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
    }
}
