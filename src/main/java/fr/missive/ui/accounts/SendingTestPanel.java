package fr.missive.ui.accounts;

import fr.missive.app.FieldError;
import fr.missive.app.accounts.TestRun;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SuggestedFix;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * "Test the sending of e-mail", wherever a server is set up: the recipient, the button with its
 * progress and Cancel, then the outcome — the diagnosis sentence, the server's own reply, the field
 * at fault outlined, and the one-click fixes (pinning a certificate only for an administrator).
 * The test runs off the EDT; components are named {@code <prefix>Test}, {@code <prefix>TestResult},
 * {@code <prefix>Fix.<KIND>}, {@code <prefix>.to} ….
 */
public final class SendingTestPanel {

    private final UiContext context;
    private final JDialog dialog;
    private final FieldErrors errors;
    private final String prefix;
    private final String fieldAtFaultKey;
    private final Consumer<SuggestedFix> onFix;
    private final JTextField to = new JTextField(24);
    private final JButton test;
    private final JButton cancel;
    private final JProgressBar progress = new JProgressBar();
    private final JLabel result = new JLabel(" ");
    private final JLabel reply = new JLabel();
    private final JPanel fixes = new JPanel(new MigLayout("insets 0, wrap 1", "[left]"));
    private volatile TestRun running;

    /**
     * @param fieldAtFaultKey the short pointer shown on the field a failure blames
     * @param onFix           applies a one-click fix (its settings) to the form, then tests again
     */
    public SendingTestPanel(UiContext context, JDialog dialog, FieldErrors errors, String prefix, String fieldAtFaultKey,
                            Runnable onTest, Consumer<SuggestedFix> onFix) {
        this.context = context;
        this.dialog = dialog;
        this.errors = errors;
        this.prefix = prefix;
        this.fieldAtFaultKey = fieldAtFaultKey;
        this.onFix = onFix;
        test = Swing.button(prefix + "Test", context.text("ui.accounts.test"), onTest);
        cancel = Swing.button(prefix + "TestCancel", context.text("ui.button.cancel"), this::cancel);
        progress.setName(prefix + "TestProgress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        cancel.setVisible(false);
        result.setName(prefix + "TestResult");
        reply.setName(prefix + "TestReply");
        fixes.setName(prefix + "Fixes");
    }

    /** Adds the rows to a two-column form ({@code [right][grow,fill]}). */
    public void addTo(JPanel form) {
        new SmtpSettingsForm.FormRows(context, errors, form).add("ui.accounts.to", "to", prefix + ".to", to);
        form.add(test, "newline, skip 1, split 3, growx 0");
        form.add(progress, "growx");
        form.add(cancel, "growx 0");
        form.add(result, "newline, span 2, left, gaptop 8");
        form.add(reply, "newline, span 2, left");
        form.add(fixes, "newline, span 2, left");
    }

    public JButton button() {
        return test;
    }

    public JTextField to() {
        return to;
    }

    /** The recipient typed, stripped (empty for the default one). */
    public String recipient() {
        return to.getText().strip();
    }

    /**
     * Prepares the test off the EDT, runs it there too, then hands the run and its outcome to
     * {@code onResult} on the EDT after showing a failure's diagnosis. A refused input (or any other
     * failure) goes to {@code onRefused}.
     *
     * @param busy the components to disable while it runs, besides the test button
     */
    public <T extends TestRun> void run(Callable<T> prepare, BiConsumer<T, SendResult> onResult,
                                        Consumer<Throwable> onRefused, JComponent... busy) {
        errors.clear();
        clearOutcome();
        testing(true, busy);
        result.setText(context.text("ui.accounts.testing"));
        context.background().submit(() -> {
            T run = prepare.call();
            running = run;
            return new Object[] {run, run.run()};
        }, done -> {
            testing(false, busy);
            running = null;
            @SuppressWarnings("unchecked")
            T run = (T) done[0];
            SendResult outcome = (SendResult) done[1];
            if (outcome instanceof SendResult.Failed failed) {
                showFailure(failed.diagnosis());
            }
            onResult.accept(run, outcome);
        }, failure -> {
            testing(false, busy);
            running = null;
            result.setText(" ");
            onRefused.accept(failure);
        });
    }

    /** Says the test message went out. */
    public void showSent(String recipient) {
        result.setText(Swing.wrapped(context.text("ui.accounts.testSent", recipient), 460));
        Swing.growToFit(dialog);
    }

    public void cancel() {
        TestRun run = running;
        if (run != null) {
            run.cancel();
            result.setText(context.text("ui.accounts.cancelling"));
        }
    }

    public void clearOutcome() {
        result.putClientProperty("FlatLaf.style", null);
        result.setText(" ");
        reply.setText("");
        fixes.removeAll();
    }

    private void testing(boolean busy, JComponent... others) {
        progress.setVisible(busy);
        cancel.setVisible(busy);
        Swing.busy(dialog, busy, test);
        Swing.busy(dialog, busy, others);
    }

    /** A certificate is trusted only once the administrator confirmed it, its fingerprint before their eyes. */
    private void apply(SuggestedFix fix) {
        if (fix.kind() == SuggestedFix.Kind.PIN_CERTIFICATE && !new CertificateTrustQuestion(context)
                .ask(dialog, fix.settings().host(), fix.settings().pinnedCertificate())) {
            return;
        }
        onFix.accept(fix);
    }

    private void showFailure(Diagnosis diagnosis) {
        String sentence = context.messages().get(diagnosis.message());
        result.setText(Swing.wrapped(sentence, 460));
        result.putClientProperty("FlatLaf.style", "foreground: $Component.error.focusedBorderColor");
        reply.setText(diagnosis.serverReply().map(r -> Swing.wrapped(context.text("ui.accounts.serverReply",
                r.text()), 460)).orElse(""));
        diagnosis.kind().field().ifPresent(field ->
                errors.show(List.of(new FieldError(field, UserMessage.of(fieldAtFaultKey)))));
        boolean admin = context.user().isAdmin();
        for (SuggestedFix fix : diagnosis.fixes()) {
            if (fix.kind() == SuggestedFix.Kind.PIN_CERTIFICATE && !admin) {
                continue;
            }
            fixes.add(Swing.button(prefix + "Fix." + fix.kind().name(), context.messages().get(fix.label()),
                    () -> apply(fix)));
        }
        Swing.growToFit(dialog);
    }
}
