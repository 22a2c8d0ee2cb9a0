package fr.missive.ui.setup;

import fr.missive.app.ValidationException;
import fr.missive.app.shared.SharedDatabaseService;
import fr.missive.model.mail.Password;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.FileChoosers;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JSeparator;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The first-run wizard's "Join my school's shared database": the join file an administrator
 * wrote and its passphrase, and only when the administrator says so another database user than
 * the one the file carries (the file carries the server's address). Checked off the EDT; a
 * failure is said beside the field it is about and keeps what was typed.
 */
final class JoinSharedDatabaseDialog {

    private static final int TEXT_WIDTH = 600;

    private final UiContext context;
    private final SharedDatabaseService shared;
    private final Runnable onJoined;
    private final JDialog dialog;
    private final JTextField file = new JTextField(28);
    private final JButton browse;
    private final JPasswordField passphrase = new JPasswordField(20);
    private final JCheckBox otherUser;
    private final JTextField user = new JTextField(16);
    private final JPasswordField password = new JPasswordField(16);
    private final JLabel userLabel;
    private final JLabel passwordLabel;
    private final FieldErrors errors;
    private final JLabel state = Swing.hint(" ");
    private final JButton join;
    private final JButton cancel;
    /** Asks before a typed file name or passphrase is thrown away. */
    private final fr.missive.ui.common.DiscardCheck discard;

    /** @param onJoined called on the EDT once this folder points at the school's database; the dialog is closed */
    JoinSharedDatabaseDialog(UiContext context, SharedDatabaseService shared, Window owner, Runnable onJoined) {
        this.context = context;
        this.shared = shared;
        this.onJoined = onJoined;
        dialog = new JDialog(owner, context.text("ui.join.title"), JDialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName("joinSharedDatabaseDialog");
        errors = new FieldErrors(context::messages);
        browse = Swing.button("joinFileBrowse", context.text("ui.join.browse"), this::chooseFile);
        otherUser = new JCheckBox(context.text("ui.join.otherUser"));
        otherUser.setName("joinOtherUser");
        otherUser.addActionListener(e -> showOtherUser());
        userLabel = Swing.label(context.text("ui.join.user"), user);
        passwordLabel = Swing.label(context.text("ui.join.password"), password);
        join = Swing.button("joinButton", context.text("ui.join.join"), this::join);
        discard = fr.missive.ui.common.DiscardCheck.on(dialog, context::messages);
        cancel = Swing.button("joinCancel", context.text("ui.button.cancel"), discard::close);
        build();
    }

    private void build() {
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        content.add(Swing.wrappedHint(context.text("ui.join.intro"), TEXT_WIDTH), "span 2, left, gapbottom 8");
        JPanel fileRow = new JPanel(new MigLayout("insets 0, fillx", "[grow,fill][]"));
        fileRow.add(file);
        fileRow.add(browse);
        file.setName("joinFile");
        passphrase.setName("passphrase");
        user.setName("databaseUser");
        password.setName("databasePassword");
        content.add(Swing.label(context.text("ui.join.file"), file));
        content.add(errors.register("joinFile", new FieldCell("joinFile", file, fileRow)));
        content.add(Swing.label(context.text("ui.join.passphrase"), passphrase));
        content.add(errors.register("passphrase", new FieldCell("passphrase", passphrase)));
        content.add(otherUser, "skip 1, left, gaptop 8");
        content.add(userLabel);
        content.add(errors.register("databaseUser", new FieldCell("databaseUser", user)));
        content.add(passwordLabel);
        content.add(errors.register("databasePassword", new FieldCell("databasePassword", password)));
        state.setName("joinState");
        content.add(state, "span 2, left, gaptop 8");
        content.add(new JSeparator(), "span 2, gaptop 4");
        content.add(Swing.buttonBar(join, cancel), "span 2");
        dialog.setContentPane(content);
        Swing.keys(dialog, join, discard::close);
        showOtherUser();
    }

    void open() {
        dialog.pack();
        dialog.setMinimumSize(dialog.getSize());
        Swing.showCentred(dialog, dialog.getOwner(), file);
    }

    private void showOtherUser() {
        boolean shown = otherUser.isSelected();
        for (javax.swing.JComponent c : new javax.swing.JComponent[] {userLabel, passwordLabel,
                (javax.swing.JComponent) user.getParent(), (javax.swing.JComponent) password.getParent()}) {
            c.setVisible(shown);
        }
        if (dialog.isShowing()) {
            Swing.growToFit(dialog);
            if (shown) {
                user.requestFocusInWindow();
            }
        }
    }

    private void chooseFile() {
        FileChoosers.open(dialog, context.messages(), "joinFileChooser", context.text("ui.join.chooseTitle"),
                context.text("ui.join.fileFilter"), "missive-join", "join", "txt")
                .ifPresent(chosen -> file.setText(chosen.toString()));
    }

    private void join() {
        errors.clear();
        String typedFile = file.getText().strip();
        SharedDatabaseService.JoinRequest request = new SharedDatabaseService.JoinRequest(
                typedFile.isEmpty() ? null : Path.of(typedFile), Password.of(passphrase.getPassword()),
                otherUser.isSelected() ? user.getText() : "",
                Password.of(otherUser.isSelected() ? password.getPassword() : new char[0]));
        setBusy(true);
        context.background().submit(() -> {
            try {
                shared.joinFromFirstRun(request);
            } finally {
                request.passphrase().clear();
                request.databasePassword().clear();
            }
            return null;
        }, done -> {
            dialog.dispose();
            onJoined.run();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        setBusy(false);
        Throwable cause = ErrorReporter.unwrap(failure);
        if (cause instanceof ValidationException invalid) {
            errors.showIn(dialog, invalid.errors());
        } else {
            context.errors().report(dialog, cause);
        }
    }

    private void setBusy(boolean busy) {
        state.setText(busy ? context.text("ui.join.connecting") : " ");
        Swing.busy(dialog, busy, join, browse, file, passphrase, otherUser, user, password);
    }
}
