package fr.missive.app;

import fr.missive.model.EmailAddress;
import fr.missive.model.UserMessage;
import java.util.ArrayList;
import java.util.List;

/** Collects field errors while a draft is checked, then throws them all at once. */
public final class Validator {

    private final List<FieldError> errors = new ArrayList<>();

    public Validator require(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, UserMessage.of("validation.required")));
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, UserMessage.of("validation.tooLong", max)));
        }
        return this;
    }

    /** An optional e-mail address: empty is fine, anything else must parse. */
    public EmailAddress optionalEmail(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EmailAddress.parse(value);
        } catch (EmailAddress.InvalidEmailAddressException e) {
            errors.add(new FieldError(field, UserMessage.of("email.problem." + e.problem().name(), e.input())));
            return null;
        }
    }

    public Validator add(String field, UserMessage message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
