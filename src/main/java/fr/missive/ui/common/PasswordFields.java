package fr.missive.ui.common;

import fr.missive.app.FieldError;
import fr.missive.model.UserMessage;
import java.util.Arrays;
import java.util.Optional;
import javax.swing.JPasswordField;

/**
 * A password typed twice. Whether the two copies match is checked here, in the form, because
 * only the form ever sees the second copy.
 */
public final class PasswordFields {

    private final JPasswordField password = new JPasswordField(20);
    private final JPasswordField confirmation = new JPasswordField(20);

    public JPasswordField password() {
        return password;
    }

    public JPasswordField confirmation() {
        return confirmation;
    }

    /** An error for {@code confirmationField} when the copies differ. */
    public Optional<FieldError> mismatch(String confirmationField) {
        char[] first = password.getPassword();
        char[] second = confirmation.getPassword();
        try {
            return Arrays.equals(first, second) ? Optional.empty()
                    : Optional.of(new FieldError(confirmationField, UserMessage.of("ui.password.mismatch")));
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
        }
    }

    /** The password typed, or {@code null} when the field is empty. */
    public char[] typed() {
        char[] typed = password.getPassword();
        return typed.length == 0 ? null : typed;
    }

    public boolean isEmpty() {
        return password.getDocument().getLength() == 0 && confirmation.getDocument().getLength() == 0;
    }

    public void clear() {
        password.setText("");
        confirmation.setText("");
    }

    public void setEnabled(boolean enabled) {
        password.setEnabled(enabled);
        confirmation.setEnabled(enabled);
    }
}
