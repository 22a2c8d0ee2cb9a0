package fr.missive.ui.accounts;

import fr.missive.app.accounts.AccountUseCases;
import fr.missive.model.accounts.Account;
import fr.missive.model.users.User;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.Arrays;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The administrator sets, changes or removes the secret question of an institution account: a
 * user it is shared with must answer it to change the account. The answer is typed hidden and
 * kept only as a protected fingerprint, case and accents ignored.
 */
public final class SecretQuestionDialog {

    private final UiContext context;
    private final AccountUseCases accountUseCases;
    private final Account account;
    private final Runnable onChanged;
    private final JDialog dialog;
    /** Asks before what was typed is lost. */
    private final DiscardCheck discard;
    private final FieldErrors errors;
    private final JLabel state = new JLabel(" ");
    private final JTextField question = new JTextField(30);
    private final JPasswordField answer = new JPasswordField(30);
    private final JButton save;
    private final JButton remove;
    private final JButton close;

    /** @param onChanged called on the EDT once a question was set or removed */
    public SecretQuestionDialog(UiContext context, AccountUseCases accountUseCases, Window owner, Account account,
            Runnable onChanged) {
        this.context = context;
        this.accountUseCases = accountUseCases;
        this.account = account;
        this.onChanged = onChanged;
        this.dialog = new JDialog(owner);
        this.discard = DiscardCheck.on(dialog, context::messages, this::closeDialog);
        this.errors = new FieldErrors(context::messages);
        save = Swing.button("secretQuestionSave", context.text("ui.button.save"), () -> store(question.getText()));
        remove = Swing.button("secretQuestionRemove", context.text("ui.secretQuestion.remove"), () -> store(""));
        close = Swing.button("secretQuestionClose", context.text("ui.button.cancel"), discard::close);
        dialog.setName("secretQuestionDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.secretQuestion.title", account.name()));
        state.setName("secretQuestionState");
        remove.setVisible(false);
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        content.add(new JLabel(Swing.wrapped(context.text("ui.secretQuestion.intro", account.name()), 420)),
                "span 2, left, gapbottom 8");
        SmtpSettingsForm.FormRows rows = new SmtpSettingsForm.FormRows(context, errors, content);
        rows.add("ui.secretQuestion.question", "secretQuestion", "secretQuestion.question", question);
        rows.add("ui.secretQuestion.answer", "secretAnswer", "secretQuestion.answer", answer);
        content.add(Swing.wrappedHint(context.text("ui.secretQuestion.hint"), 300), "skip 1");
        // The line says whether a question is set once it is read in the background: its height
        // is kept from the start, so the window does not have to grow when it is said.
        int stateHeight = Math.max(wrappedHeight("ui.secretQuestion.isSet"), wrappedHeight("ui.secretQuestion.none"));
        content.add(state, "span 2, left, hmin " + stateHeight);
        content.add(Swing.buttonBar(save, close, remove), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, save, discard::close);
    }

    private int wrappedHeight(String key) {
        return new JLabel(Swing.wrapped(context.text(key), 420)).getPreferredSize().height;
    }

    public void open() {
        User actor = context.user();
        Swing.busy(dialog, true, save);
        context.inBackground(dialog, () -> accountUseCases.accounts().secretQuestion(actor, account.name()),
                (Optional<String> current) -> {
                    current.ifPresent(question::setText);
                    remove.setVisible(current.isPresent());
                    // Wrapped at the intro's width: set after the dialog was packed, a one-line text
                    // widened the panel past its window on a slow start.
                    state.setText(Swing.wrapped(context.text(current.isPresent() ? "ui.secretQuestion.isSet"
                            : "ui.secretQuestion.none"), 420));
                    Swing.busy(dialog, false, save);
                    Swing.growToFit(dialog);
                    discard.unchangedNow();
                });
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), question);
    }

    /** Sets the question typed, or removes it when {@code typedQuestion} is empty. */
    private void store(String typedQuestion) {
        errors.clear();
        User actor = context.user();
        char[] typedAnswer = typedQuestion.isBlank() ? null : answer.getPassword();
        Swing.busy(dialog, true, save, remove, close);
        context.background().submit(() -> {
            accountUseCases.accounts().setSecretQuestion(actor, account.name(), typedQuestion, typedAnswer);
            return Boolean.TRUE;
        }, done -> {
            closeDialog();
            onChanged.run();
        }, failure -> {
            Swing.busy(dialog, false, save, remove, close);
            errors.showOrReport(dialog, failure, context.errors());
        });
    }

    private void closeDialog() {
        Arrays.fill(answer.getPassword(), '\0');
        answer.setText("");
        dialog.dispose();
    }
}
