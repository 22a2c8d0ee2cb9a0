package fr.missive.model.mail;

import java.util.Objects;

/** How an attempt to send ended: accepted by the server, or failed with a diagnosis. */
public sealed interface SendResult permits SendResult.Sent, SendResult.Failed {

    /**
     * The server accepted the message.
     *
     * @param messageId         the Message-ID header the message went out with
     * @param serverReply       the server's acceptance, verbatim (often with its queue id)
     * @param advertisedMaxSize the largest message the server said it takes (EHLO SIZE), 0 when it did not say
     */
    record Sent(String messageId, String serverReply, long advertisedMaxSize) implements SendResult {
        public Sent(String messageId, String serverReply) {
            this(messageId, serverReply, 0);
        }
    }

    record Failed(Diagnosis diagnosis) implements SendResult {
        public Failed {
            Objects.requireNonNull(diagnosis, "diagnosis");
        }
    }
}
