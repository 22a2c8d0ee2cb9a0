package fr.missive.ui.signin;

import fr.missive.app.setup.SetupUseCases;
import com.formdev.flatlaf.FlatClientProperties;
import fr.missive.model.MissiveException;
import fr.missive.model.users.User;
import fr.missive.ui.common.AppIcon;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import net.miginfocom.swing.MigLayout;

/**
 * "Who is working?" at start-up: the users of this PC, the last one preselected, and the
 * password field only for a user who has a password.
 */
public final class SignInDialog {

    private final UiContext context;
    private final SetupUseCases setupUseCases;
    private final Consumer<User> onSignedIn;
    private final Runnable onCancel;
    /** Owned by no window: its own task-bar button, and no hidden shared owner frame. */
    private final JDialog dialog = new JDialog((Window) null);
    private final JComboBox<Choice<User>> user = new JComboBox<>();
    private final JPasswordField password = new JPasswordField(20);
    private final FieldCell userCell = new FieldCell("signInUser", user);
    private final FieldCell passwordCell = new FieldCell("signInPassword", password);
    private final JLabel passwordLabel;
    private final JButton ok;
    private final JButton cancel;

    /**
     * @param onSignedIn called on the EDT with the user once the password is checked
     * @param onCancel   called on the EDT when the user leaves instead
     */
    public SignInDialog(UiContext context, SetupUseCases setupUseCases, List<User> users, Optional<String> lastUser,
                        Consumer<User> onSignedIn, Runnable onCancel) {
        this.context = context;
        this.setupUseCases = setupUseCases;
        this.onSignedIn = onSignedIn;
        this.onCancel = onCancel;
        users.forEach(u -> user.addItem(new Choice<>(u, u.name())));
        lastUser.flatMap(name -> users.stream().filter(u -> u.name().equals(name)).findFirst())
                .ifPresent(u -> Swing.select(user, u));
        passwordLabel = Swing.label(context.text("ui.user.password"), password);
        ok = Swing.button("signInOk", context.text("ui.signin.ok"), this::signIn);
        cancel = Swing.button("signInCancel", context.text("ui.signin.quit"), this::cancel);
        user.addActionListener(e -> userChanged());
        build();
        userChanged();
    }

    private void build() {
        dialog.setName("signInDialog");
        AppIcon.applyTo(dialog);
        dialog.setTitle(context.text("ui.signin.title"));
        Swing.onCloseBox(dialog, this::cancel);
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2, hidemode 3", "[right][grow,fill]"));
        JLabel title = new JLabel(context.text("ui.signin.heading"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        content.add(title, "span 2, left, gapbottom 8");
        content.add(Swing.label(context.text("ui.signin.user"), user));
        content.add(userCell, "wmin 240");
        content.add(passwordLabel);
        content.add(passwordCell);
        content.add(Swing.buttonBar(ok, cancel), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        dialog.setResizable(false);
        Swing.keys(dialog, ok, this::cancel);
    }

    public void open() {
        dialog.pack();
        Swing.showCentred(dialog, null, password.isVisible() ? password : user);
    }

    private Optional<User> selectedUser() {
        return Optional.ofNullable(Swing.selected(user));
    }

    private void userChanged() {
        boolean needsPassword = selectedUser().map(User::hasPassword).orElse(false);
        password.setText("");
        passwordLabel.setVisible(needsPassword);
        passwordCell.setVisible(needsPassword);
        passwordCell.clearError();
        userCell.clearError();
        if (dialog.isDisplayable()) {
            dialog.pack();
            if (needsPassword) {
                password.requestFocusInWindow();
            }
        }
        ok.setEnabled(selectedUser().isPresent());
    }

    private void signIn() {
        Optional<User> chosen = selectedUser();
        if (chosen.isEmpty()) {
            return;
        }
        String name = chosen.get().name();
        char[] typed = password.getPassword();
        Swing.busy(dialog, true, ok, cancel, user, password);
        context.background().submit(() -> setupUseCases.users().signIn(name, typed),
                signedIn -> {
                    dialog.dispose();
                    onSignedIn.accept(signedIn);
                },
                this::refused);
    }

    private void refused(Throwable failure) {
        Swing.busy(dialog, false, ok, cancel, user, password);
        Throwable cause = ErrorReporter.unwrap(failure);
        if (cause instanceof MissiveException refusal && refusal.userMessage().key().startsWith("signin.")) {
            boolean wrongPassword = refusal.userMessage().key().equals("signin.wrongPassword");
            FieldCell cell = wrongPassword ? passwordCell : userCell;
            cell.showError(context.messages().get(refusal.userMessage()));
            password.setText("");
            cell.input().requestFocusInWindow();
            dialog.pack();
        } else {
            context.errors().report(dialog, cause);
        }
    }

    private void cancel() {
        dialog.dispose();
        onCancel.run();
    }
}
