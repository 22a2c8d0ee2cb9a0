package fr.missive.model.sandbox;

import fr.missive.model.sentlog.SentContent;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the sandbox's mail catcher received: what a real server would have delivered.
 *
 * @param messageId the Message-ID header (one entry however many recipients got it)
 * @param received  when the catcher first received it
 * @param from      the From header, as displayed
 * @param subject   the subject, decoded; empty when there is none
 * @param content   its recipients, text and attachment names
 * @param mime      the message as received, to open its attachments
 */
public record CaughtMessage(String messageId, Instant received, String from, String subject, SentContent content,
                            byte[] mime) {

    public CaughtMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(received, "received");
        from = from == null ? "" : from;
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mime, "mime");
    }
}
