package fr.missive.model.compose;

import java.util.Objects;

/** An e-mail a user saved to write again: subject and plain-text body with merge fields. */
public record MessageTemplate(Long id, long userId, String designation, String subject, String body) {

    public MessageTemplate {
        Objects.requireNonNull(designation, "designation");
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    @Override
    public String toString() {
        return designation;
    }
}
