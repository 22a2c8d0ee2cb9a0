package fr.missive.model.mail;

import java.util.Objects;

/** A recipient the server refused while it accepted the message for others. */
public record RefusedRecipient(String address, SmtpReply reply) {

    public RefusedRecipient {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(reply, "reply");
    }

    /** A 4xx refusal: the server may accept this recipient later. */
    public boolean isTemporary() {
        return reply.code() >= 400 && reply.code() <= 499;
    }

    @Override
    public String toString() {
        return address + ": " + reply.text();
    }
}
