package fr.missive.model.mail;

import java.util.List;
import java.util.Objects;

/** How handing one stored message to the server ended. */
public sealed interface DeliveryOutcome {

    /**
     * The server accepted the message, for every recipient but those listed.
     *
     * @param serverReply the acceptance, verbatim (often with the server's queue id)
     */
    record Delivered(String serverReply, List<RefusedRecipient> refused) implements DeliveryOutcome {
        public Delivered {
            refused = List.copyOf(refused);
        }
    }

    /**
     * The server refused every recipient, each with a reply of its own (4xx or 5xx to RCPT TO),
     * so the message itself was never offered.
     *
     * @param diagnosis what the first refusal means, with its advice (for a single recipient)
     */
    record RecipientsRefused(List<RefusedRecipient> refused, Diagnosis diagnosis) implements DeliveryOutcome {
        public RecipientsRefused {
            Objects.requireNonNull(diagnosis, "diagnosis");
            refused = List.copyOf(refused);
            if (refused.isEmpty()) {
                throw new IllegalArgumentException("at least one recipient was refused");
            }
        }
    }

    /**
     * A failure that may go away: a network error, a timeout, a 4xx reply.
     *
     * @param serverUnreachable no connection could be made, so the account's other messages
     *                          would fail the same way now
     */
    record TryLater(Diagnosis diagnosis, boolean serverUnreachable) implements DeliveryOutcome {
        public TryLater {
            Objects.requireNonNull(diagnosis, "diagnosis");
        }
    }

    /**
     * Refused for good (a 5xx reply): retrying would not help.
     *
     * @param whileConnecting refused before any message was offered (sign-in refused…): the
     *                        account's other messages would be refused the same way
     */
    record Refused(Diagnosis diagnosis, boolean whileConnecting) implements DeliveryOutcome {
        public Refused {
            Objects.requireNonNull(diagnosis, "diagnosis");
        }
    }
}
