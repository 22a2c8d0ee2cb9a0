package fr.missive.app.letters.mailing;

import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import java.util.Objects;

/**
 * What happens to one contact's letter, and why.
 *
 * @param detail the unknown fields, as {@code {{name}}}, for {@link Route#UNKNOWN_FIELD}; else empty
 */
public record PlannedRecipient(Contact contact, Route route, String detail) {

    public PlannedRecipient {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(route, "route");
        detail = detail == null ? "" : detail;
    }

    public UserMessage reason() {
        return route.reason(detail);
    }
}
