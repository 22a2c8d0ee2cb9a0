package fr.missive.ui.accounts;

import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.FieldError;
import fr.missive.model.MissiveException;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.SendResult;
import fr.missive.model.users.User;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The proof that an institution address is the school's: a 6-digit code goes to it, and the
 * administrator types it back. A wrong or expired code is said on the field.
 */
public final class AccountVerificationDialog {

    private final UiContext context;
    private final AccountUseCases accountUseCases;
    private final Account account;
    private final Consumer<Account> onVerified;
    private final JDialog dialog;
    private final FieldErrors errors;
    private final JLabel state = new JLabel(" ");
    private final JTextField code = new JTextField(8);
    private final JButton verify;
    private final JButton resend;
    private final JButton close;

    /**
     * @param onVerified called on the EDT once the code was accepted
     */
    public AccountVerificationDialog(UiContext context, AccountUseCases accountUseCases, Window owner,
            Account account, Consumer<Account> onVerified) {
        this.context = context;
        this.accountUseCases = accountUseCases;
        this.account = account;
        this.onVerified = onVerified;
        this.dialog = new JDialog(owner);
        this.errors = new FieldErrors(context::messages);
        verify = Swing.button("accountVerify", context.text("ui.accounts.verify"), this::verify);
        resend = Swing.button("accountResend", context.text("ui.accounts.resend"), this::sendCode);
        close = Swing.button("accountVerificationClose", context.text("ui.button.close"), dialog::dispose);
        build();
    }

    private void build() {
        dialog.setName("accountVerificationDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.accounts.verification.title", account.name()));
        state.setName("accountVerificationState");
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2, fillx", "[right][grow,fill]"));
        content.add(new JLabel(Swing.wrapped(context.text("ui.accounts.verification.intro",
                account.address().toString()), 380)), "span 2");
        content.add(Swing.label(context.text("ui.accounts.verification.code"), code));
        content.add(errors.register("code", new FieldCell("accountVerificationCode", code)));
        content.add(state, "span 2");
        content.add(Swing.buttonBar(verify, close, resend), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, verify, dialog::dispose);
    }

    /** Sends a first code and shows the window. */
    public void open() {
        dialog.pack();
        sendCode();
        Swing.showCentred(dialog, dialog.getOwner(), code);
    }

    private void sendCode() {
        User actor = context.user();
        state.setText(context.text("ui.accounts.verification.sending", account.address().toString()));
        Swing.busy(dialog, true, verify, resend);
        context.background().submit(
                () -> accountUseCases.verification().sendCode(actor, account.name(), context.messages()),
                sent -> {
                    Swing.busy(dialog, false, verify, resend);
                    if (sent instanceof SendResult.Failed failed) {
                        state.setText(Swing.wrapped(context.messages().get(failed.diagnosis().message()), 380));
                    } else {
                        state.setText(Swing.wrapped(context.text("ui.accounts.verification.sent",
                                account.address().toString()), 380));
                    }
                    Swing.growToFit(dialog);
                },
                failure -> {
                    Swing.busy(dialog, false, verify, resend);
                    state.setText(" ");
                    context.errors().report(dialog, failure);
                });
    }

    private void verify() {
        errors.clear();
        User actor = context.user();
        String typed = code.getText();
        Swing.busy(dialog, true, verify, resend);
        context.background().submit(
                () -> accountUseCases.verification().verify(actor, account.name(), typed),
                verified -> {
                    Swing.busy(dialog, false, verify, resend);
                    onVerified.accept(verified);
                    dialog.dispose();
                },
                failure -> {
                    Swing.busy(dialog, false, verify, resend);
                    if (ErrorReporter.unwrap(failure) instanceof MissiveException refused) {
                        errors.showIn(dialog, List.of(new FieldError("code", refused.userMessage())));
                    } else {
                        context.errors().report(dialog, failure);
                    }
                });
    }
}
