package fr.missive.ui.setup;

import fr.missive.app.FieldError;
import fr.missive.app.users.UserDraft;
import fr.missive.model.users.Role;
import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.PasswordFields;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.util.Optional;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The second page of the first-run wizard: the first administrator. Field names carry the
 * {@code admin.} prefix that {@link fr.missive.app.setup.FirstRunService} gives them.
 */
final class AdministratorForm {

    private final JPanel panel = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
    private final JTextField name = new JTextField(24);
    private final JTextField email = new JTextField(24);
    private final PasswordFields passwords = new PasswordFields();
    private final FieldErrors errors;

    AdministratorForm(UiContext context) {
        errors = new FieldErrors(context::messages);
        panel.add(Swing.hint(context.text("ui.setup.adminIntro")), "span 2, left, gapbottom 8");
        panel.add(Swing.label(context.text("ui.user.name"), name));
        panel.add(errors.register("admin.name", new FieldCell("admin.name", name)));
        panel.add(Swing.label(context.text("ui.user.email"), email));
        panel.add(errors.register("admin.email", new FieldCell("admin.email", email)));
        panel.add(Swing.label(context.text("ui.user.password"), passwords.password()), "gaptop 8");
        panel.add(errors.register("admin.password", new FieldCell("admin.password", passwords.password())), "gaptop 8");
        panel.add(Swing.label(context.text("ui.user.passwordConfirm"), passwords.confirmation()));
        panel.add(errors.register("admin.passwordConfirm",
                new FieldCell("admin.passwordConfirm", passwords.confirmation())));
        panel.add(Swing.hint(context.text("ui.setup.passwordHint")), "skip 1, left");
    }

    JPanel panel() {
        return panel;
    }

    FieldErrors errors() {
        return errors;
    }

    JTextField firstField() {
        return name;
    }

    Optional<FieldError> passwordMismatch() {
        return passwords.mismatch("admin.passwordConfirm");
    }

    UserDraft draft() {
        return new UserDraft(name.getText(), email.getText(), Role.ADMIN, passwords.typed());
    }
}
