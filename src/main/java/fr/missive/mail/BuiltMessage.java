package fr.missive.mail;

import java.util.List;

/**
 * A message turned into the bytes that go after SMTP's DATA, with its envelope. These bytes
 * are what the outbox stores: sending them again sends the very same message.
 *
 * @param envelopeFrom the MAIL FROM address, ASCII
 * @param recipients   the RCPT TO addresses (To, Cc and Bcc), ASCII, IDN domains in punycode
 */
public record BuiltMessage(String messageId, String envelopeFrom, List<String> recipients, byte[] bytes) {

    public BuiltMessage {
        recipients = List.copyOf(recipients);
    }
}
