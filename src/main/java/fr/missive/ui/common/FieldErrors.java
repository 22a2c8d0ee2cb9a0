package fr.missive.ui.common;

import fr.missive.app.FieldError;
import fr.missive.app.ValidationException;
import fr.missive.i18n.Messages;
import java.awt.Window;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The inputs of one form by the field names the use cases report errors with
 * ({@code name}, {@code admin.email} …), so a {@link fr.missive.app.ValidationException}
 * lands on the inputs at fault.
 */
public final class FieldErrors {

    private final Map<String, FieldCell> cells = new LinkedHashMap<>();
    private final Supplier<Messages> messages;

    public FieldErrors(Supplier<Messages> messages) {
        this.messages = messages;
    }

    public FieldCell register(String field, FieldCell cell) {
        cells.put(field, cell);
        return cell;
    }

    public void clear() {
        cells.values().forEach(FieldCell::clearError);
    }

    /**
     * Marks every field at fault and puts the focus on the first one in form order.
     *
     * @return the errors no input of this form can show, for the caller to say otherwise
     */
    public List<FieldError> show(List<FieldError> errors) {
        clear();
        List<FieldError> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            FieldCell cell = cells.get(error.field());
            if (cell == null) {
                unplaced.add(error);
            } else if (!cell.hasError()) {
                cell.showError(messages.get().get(error.message()));
            }
        }
        focusFirstError();
        return unplaced;
    }

    /**
     * Shows the errors in {@code window}, enlarged to fit the error lines; an error no field
     * can show is said in a message box.
     */
    public void showIn(Window window, List<FieldError> errors) {
        List<FieldError> unplaced = show(errors);
        Swing.growToFit(window);
        if (!unplaced.isEmpty()) {
            Alerts.error(window, messages.get(), messages.get().get(unplaced.get(0).message()));
        }
    }

    /** A refused input goes onto the fields; any other failure to a message box. */
    public void showOrReport(Window window, Throwable failure, ErrorReporter reporter) {
        Throwable cause = ErrorReporter.unwrap(failure);
        if (cause instanceof ValidationException invalid) {
            showIn(window, invalid.errors());
        } else {
            reporter.report(window, cause);
        }
    }

    public void focusFirstError() {
        firstFieldInError().ifPresent(field -> cells.get(field).input().requestFocusInWindow());
    }

    /** The first field, in form order, that shows an error. */
    public Optional<String> firstFieldInError() {
        return cells.entrySet().stream().filter(e -> e.getValue().hasError()).map(Map.Entry::getKey).findFirst();
    }
}
