package fr.missive.model.mail;

import fr.missive.model.EmailAddress;
import java.util.Objects;

/**
 * Who a message says it is from, once the authorised-domains rule is applied.
 *
 * @param name    the name beside the address, or null
 * @param replyTo where answers go, or null for {@code from}
 */
public record Sender(EmailAddress from, String name, EmailAddress replyTo) {

    public Sender {
        Objects.requireNonNull(from, "from");
    }
}
