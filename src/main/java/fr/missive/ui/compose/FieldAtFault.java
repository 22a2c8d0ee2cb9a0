package fr.missive.ui.compose;

import fr.missive.app.ValidationException;
import fr.missive.ui.common.ErrorReporter;
import java.awt.Component;
import java.awt.Window;
import java.util.Map;

/** Back in a form after the message box, on the input to correct; nothing typed is lost. */
final class FieldAtFault {

    private FieldAtFault() {
    }

    /**
     * Focuses the field of the first error of a {@link ValidationException}, by its name in
     * {@code fields}, else {@code fallback}.
     */
    static void focus(Window form, Throwable failure, Component fallback, Map<String, Component> fields) {
        form.toFront();
        Component field = fallback;
        if (ErrorReporter.unwrap(failure) instanceof ValidationException invalid && !invalid.errors().isEmpty()) {
            field = fields.getOrDefault(invalid.errors().get(0).field(), fallback);
        }
        field.requestFocusInWindow();
    }
}
