package fr.missive.app;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.util.List;
import java.util.Optional;

/**
 * Input refused, with one error per field at fault so a form can mark each field; the
 * overall message is the first field's.
 */
public class ValidationException extends MissiveException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? UserMessage.of("validation.failed") : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, UserMessage message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Optional<UserMessage> errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst();
    }
}
