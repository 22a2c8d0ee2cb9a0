package fr.missive.ui.accounts;

import fr.missive.app.accounts.AccountUseCases;
import fr.missive.model.accounts.Account;
import fr.missive.model.users.User;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import net.miginfocom.swing.MigLayout;

/**
 * Asks a user who is not an administrator the secret question of a shared account before they
 * change it. A wrong answer is said on the field; a right one opens the way, and the use case
 * checks it again when the changes are saved.
 */
public final class SecretAnswerPrompt {

    private final UiContext context;
    private final AccountUseCases accountUseCases;
    private final Account account;
    private final Consumer<char[]> onAnswered;
    private final JDialog dialog;
    private final FieldErrors errors;
    private final JLabel question = new JLabel(" ");
    private final JPasswordField answer = new JPasswordField(24);
    private final JButton ok;
    private final JButton cancel;

    /**
     * @param onAnswered called on the EDT with the right answer (a copy the caller wipes when done)
     */
    public SecretAnswerPrompt(UiContext context, AccountUseCases accountUseCases, Window owner, Account account,
            Consumer<char[]> onAnswered) {
        this.context = context;
        this.accountUseCases = accountUseCases;
        this.account = account;
        this.onAnswered = onAnswered;
        this.dialog = new JDialog(owner);
        this.errors = new FieldErrors(context::messages);
        ok = Swing.button("secretAnswerOk", context.text("ui.button.ok"), this::check);
        cancel = Swing.button("secretAnswerCancel", context.text("ui.button.cancel"), this::closeDialog);
        dialog.setName("secretAnswerDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.secretAnswer.title", account.name()));
        question.setName("secretAnswerQuestion");
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2, fillx", "[right][grow,fill]"));
        content.add(new JLabel(Swing.wrapped(context.text("ui.secretAnswer.intro", account.name()), 380)),
                "span 2, left, gapbottom 8");
        content.add(question, "span 2, left, gapbottom 4");
        new SmtpSettingsForm.FormRows(context, errors, content).add("ui.secretQuestion.answer", "secretAnswer",
                "secretAnswer.answer", answer);
        content.add(Swing.buttonBar(ok, cancel), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, ok, this::closeDialog);
        Swing.onCloseBox(dialog, this::closeDialog);
    }

    public void open() {
        User actor = context.user();
        Swing.busy(dialog, true, ok);
        context.inBackground(dialog, () -> accountUseCases.accounts().secretQuestion(actor, account.name()),
                current -> {
                    question.setText(Swing.wrapped(current.orElse(""), 380));
                    Swing.busy(dialog, false, ok);
                    Swing.growToFit(dialog);
                });
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), answer);
    }

    private void check() {
        errors.clear();
        User actor = context.user();
        char[] typed = answer.getPassword();
        char[] kept = typed.clone();
        Swing.busy(dialog, true, ok, cancel);
        context.background().submit(() -> {
            accountUseCases.accounts().checkSecretAnswer(actor, account.name(), typed);
            return Boolean.TRUE;
        }, right -> {
            closeDialog();
            onAnswered.accept(kept);
        }, failure -> {
            Arrays.fill(kept, '\0');
            Swing.busy(dialog, false, ok, cancel);
            errors.showOrReport(dialog, failure, context.errors());
        });
    }

    private void closeDialog() {
        Arrays.fill(answer.getPassword(), '\0');
        answer.setText("");
        dialog.dispose();
    }
}
