package fr.missive.ui.accounts;

import fr.missive.app.FieldError;
import fr.missive.app.ValidationException;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.DetectedSettings;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.DispatchingProfile;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.accounts.WorkstationSettings;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.mail.SuggestedFix;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.CardLayout;
import java.awt.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;

/**
 * The set-up of a sending account in three steps: the account (name, address, detection of the
 * server), the server (the workstation's, a recovered profile or its own settings), and a real
 * test message. The account is saved only when the test succeeded or after an explicit "save
 * anyway"; a failed test says why on the field at fault and offers its one-click fixes.
 */
public final class AccountWizard {

    private static final String[] PAGES = {"account", "server", "test"};
    /** The page each field the use case may refuse is on. */
    private static final Map<String, Integer> PAGE_OF = Map.ofEntries(
            Map.entry("name", 0), Map.entry("address", 0), Map.entry("replyTo", 0), Map.entry("users", 0),
            Map.entry("source", 1), Map.entry("profile", 1), Map.entry("host", 1), Map.entry("port", 1),
            Map.entry("security", 1), Map.entry("auth", 1), Map.entry("user", 1), Map.entry("password", 1),
            Map.entry("timeout", 1), Map.entry("allowPlainPassword", 1), Map.entry("to", 2), Map.entry("from", 0));

    private final UiContext context;
    private final AccountKind kind;
    /** The account being changed, or null for a new one. */
    private final Account editing;
    private final Consumer<Account> onSaved;
    private final JDialog dialog;
    private final FieldErrors errors;
    private final CardLayout cards = new CardLayout();
    private final JPanel pages = new JPanel(cards);
    private int page;

    private final JTextField name = new JTextField(24);
    private final JTextField address = new JTextField(24);
    private final JButton detect;
    private final JLabel detectState = new JLabel(" ");
    private final JLabel presetHelp = new JLabel();
    private final JTextField replyTo = new JTextField(24);
    /** The users an institution account is shared with, one checkbox each. */
    private final JPanel users = new JPanel(new MigLayout("insets 0, wrap 1, gap 0 2", "[left]"));
    private final List<JCheckBox> userBoxes = new ArrayList<>();

    private final JComboBox<Choice<SettingsSource>> source = new JComboBox<>();
    private final JComboBox<String> profile = new JComboBox<>();
    private JLabel profileLabel;
    private final JTextField host = new JTextField(22);
    private final JSpinner port = new JSpinner(new SpinnerNumberModel(587, 1, 65535, 1));
    private final JComboBox<Choice<Security>> security = new JComboBox<>();
    private final JComboBox<Choice<AuthMethod>> auth = new JComboBox<>();
    private final JTextField user = new JTextField(22);
    private final JPasswordField password = new JPasswordField(22);
    private final JSpinner timeout = new JSpinner(new SpinnerNumberModel(
            (int) SmtpSettings.DEFAULT_TIMEOUT.toSeconds(), (int) SmtpSettings.MIN_TIMEOUT.toSeconds(),
            (int) SmtpSettings.MAX_TIMEOUT.toSeconds(), 5));
    private final JCheckBox allowPlain = new JCheckBox();
    private final JPanel ownSettings = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3",
            "[right][grow,fill]"));

    private final JTextField to = new JTextField(24);
    private final JButton test;
    private final JButton cancelTest;
    private final JProgressBar progress = new JProgressBar();
    private final JLabel result = new JLabel(" ");
    private final JLabel reply = new JLabel();
    private final JPanel fixes = new JPanel(new MigLayout("insets 0, wrap 1", "[left]"));
    private final JButton saveAnyway;

    private final JButton back;
    private final JButton next;
    private final JButton close;

    /** The certificate fingerprint to pin, once an administrator chose to trust it. */
    private String pinned;
    private BackgroundTasks.Job detecting;
    private volatile AccountService.SaveAfterTest running;

    /** @param onSaved called on the EDT with the account once it is saved */
    public AccountWizard(UiContext context, Window owner, AccountKind kind, Consumer<Account> onSaved) {
        this(context, owner, kind, null, onSaved);
    }

    /** The wizard over a saved account: an empty password keeps the stored one. */
    public AccountWizard(UiContext context, Window owner, Account editing, Consumer<Account> onSaved) {
        this(context, owner, editing.kind(), editing, onSaved);
    }

    private AccountWizard(UiContext context, Window owner, AccountKind kind, Account editing,
                          Consumer<Account> onSaved) {
        this.context = context;
        this.kind = kind;
        this.editing = editing;
        this.onSaved = onSaved;
        this.dialog = new JDialog(owner);
        this.errors = new FieldErrors(context::messages);
        detect = Swing.button("accountDetect", context.text("ui.accounts.detect"), this::detect);
        test = Swing.button("accountTest", context.text("ui.accounts.test"), this::runTest);
        cancelTest = Swing.button("accountTestCancel", context.text("ui.button.cancel"), this::cancelTest);
        saveAnyway = Swing.button("accountSaveAnyway", context.text("ui.accounts.saveAnyway"), this::saveAnyway);
        back = Swing.button("accountBack", context.text("ui.accounts.back"), () -> turnTo(page - 1));
        next = Swing.button("accountNext", context.text("ui.accounts.next"), () -> turnTo(page + 1));
        close = Swing.button("accountClose", context.text("ui.button.close"), this::closeWizard);
        build();
    }

    private void build() {
        dialog.setName("accountWizard");
        dialog.setModal(true);
        dialog.setTitle(editing != null ? context.text("ui.accounts.wizard.editTitle", editing.name())
                : context.text(kind == AccountKind.INSTITUTION ? "ui.accounts.wizard.institutionTitle"
                : "ui.accounts.wizard.personalTitle"));
        for (SettingsSource s : SettingsSource.values()) {
            source.addItem(new Choice<>(s, context.text("ui.accounts.source." + s.name())));
        }
        for (Security s : Security.values()) {
            security.addItem(new Choice<>(s, context.text("ui.accounts.security." + s.name())));
        }
        auth.addItem(new Choice<>(AuthMethod.PASSWORD, context.text("ui.accounts.auth.PASSWORD")));
        auth.addItem(new Choice<>(AuthMethod.NONE, context.text("ui.accounts.auth.NONE")));
        source.addActionListener(e -> sourceChanged());
        security.addActionListener(e -> {
            Security s = Swing.selected(security);
            if (s != null) {
                port.setValue(s.usualPort());
            }
        });
        port.setEditor(new JSpinner.NumberEditor(port, "#"));
        allowPlain.setText(context.text("ui.accounts.allowPlainPassword"));
        allowPlain.setVisible(context.user().isAdmin());
        detectState.setName("accountDetectState");
        presetHelp.setName("accountPresetHelp");
        progress.setName("accountTestProgress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        cancelTest.setVisible(false);
        result.setName("accountTestResult");
        reply.setName("accountTestReply");
        fixes.setName("accountFixes");
        saveAnyway.setEnabled(false);

        JPanel accountPage = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        accountPage.add(Swing.section(context.text("ui.accounts.step.account")), "span 2, growx");
        field(accountPage, "ui.accounts.name", "name", "account.name", name);
        field(accountPage, "ui.accounts.address", "address", "account.address", address);
        accountPage.add(detect, "skip 1, split 2, growx 0");
        accountPage.add(detectState);
        accountPage.add(presetHelp, "skip 1");
        field(accountPage, "ui.accounts.replyTo", "replyTo", "account.replyTo", replyTo);
        if (kind == AccountKind.INSTITUTION) {
            field(accountPage, "ui.accounts.users", "users", "account.users", users);
        }

        JPanel serverPage = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        serverPage.add(Swing.section(context.text("ui.accounts.step.server")), "span 2, growx");
        field(serverPage, "ui.accounts.source", "source", "account.source", source);
        profileLabel = field(serverPage, "ui.accounts.profile", "profile", "account.profile", profile);
        field(ownSettings, "ui.accounts.host", "host", "account.host", host);
        field(ownSettings, "ui.accounts.port", "port", "account.port", port);
        field(ownSettings, "ui.accounts.security", "security", "account.security", security);
        field(ownSettings, "ui.accounts.auth", "auth", "account.auth", auth);
        field(ownSettings, "ui.accounts.user", "user", "account.user", user);
        field(ownSettings, "ui.accounts.password", "password", "account.password", password);
        field(ownSettings, "ui.accounts.timeout", "timeout", "account.timeout", timeout);
        ownSettings.add(errors.register("allowPlainPassword", new FieldCell("account.allowPlain", allowPlain)),
                "skip 1");
        serverPage.add(ownSettings, "span 2, growx");

        JPanel testPage = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        testPage.add(Swing.section(context.text("ui.accounts.step.test")), "span 2, growx");
        field(testPage, "ui.accounts.to", "to", "account.to", to);
        testPage.add(test, "newline, skip 1, split 3, growx 0");
        testPage.add(progress, "growx");
        testPage.add(cancelTest, "growx 0");
        testPage.add(result, "newline, span 2, left, gaptop 8");
        testPage.add(reply, "newline, span 2, left");
        testPage.add(fixes, "newline, span 2, left");
        testPage.add(saveAnyway, "newline, span 2, left, gaptop 8");

        pages.add(accountPage, PAGES[0]);
        pages.add(serverPage, PAGES[1]);
        pages.add(testPage, PAGES[2]);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[grow,fill]", "[grow,fill][]"));
        content.add(pages, "wrap");
        content.add(Swing.buttonBar(null, close, back, next), "growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, next, this::closeWizard);
        Swing.onCloseBox(dialog, this::closeWizard);
    }

    private JLabel field(JPanel form, String labelKey, String field, String componentName, JComponent input) {
        JLabel label = Swing.label(context.text(labelKey), input);
        form.add(label);
        form.add(errors.register(field, new FieldCell(componentName, input)));
        return label;
    }

    public void open() {
        User me = context.user();
        if (editing == null && kind == AccountKind.PERSONAL) {
            name.setText(me.name());
            address.setText(me.email() == null ? "" : me.email().toString());
        }
        Swing.select(source, SettingsSource.OWN);
        Swing.select(security, Security.STARTTLS);
        if (editing != null) {
            name.setText(editing.name());
            address.setText(editing.address().toString());
            replyTo.setText(editing.replyTo() == null ? "" : editing.replyTo().toString());
            if (editing.smtp() != null) {
                fillSettings(editing.smtp());
            }
            Swing.select(source, editing.source());
        }
        show(0);
        context.inBackground(dialog, () -> new Object[] {context.services().workstationSettings().get(),
                context.services().profiles().list(), context.services().users().list()}, loaded -> {
                    WorkstationSettings workstation = (WorkstationSettings) loaded[0];
                    @SuppressWarnings("unchecked")
                    List<DispatchingProfile> all = (List<DispatchingProfile>) loaded[1];
                    all.forEach(p -> profile.addItem(p.name()));
                    if (editing != null && editing.profileId() != null) {
                        all.stream().filter(p -> editing.profileId().equals(p.id())).findFirst()
                                .ifPresent(p -> profile.setSelectedItem(p.name()));
                    }
                    @SuppressWarnings("unchecked")
                    List<User> staff = (List<User>) loaded[2];
                    for (User u : staff) {
                        JCheckBox box = new JCheckBox(u.name());
                        box.setName("accountUser." + u.name());
                        box.setSelected(editing != null && editing.userIds().contains(u.id()));
                        userBoxes.add(box);
                        users.add(box);
                    }
                    if (editing == null && (workstation.smtp() != null || workstation.profile().isPresent())) {
                        Swing.select(source, SettingsSource.WORKSTATION);
                    }
                    sourceChanged();
                });
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), name);
    }

    private void show(int newPage) {
        page = Math.max(0, Math.min(PAGES.length - 1, newPage));
        cards.show(pages, PAGES[page]);
        back.setEnabled(page > 0);
        next.setEnabled(page < PAGES.length - 1);
        if (page == 2 && to.getText().isBlank()) {
            to.setText(address.getText().strip());
        }
        dialog.getRootPane().setDefaultButton(page == 2 ? test : next);
    }

    /** Back and Next: the page shown may need more room than the one before. */
    private void turnTo(int newPage) {
        show(newPage);
        Swing.growToFit(dialog);
    }

    private void sourceChanged() {
        SettingsSource s = Swing.selected(source);
        ownSettings.setVisible(s == SettingsSource.OWN);
        profile.getParent().setVisible(s == SettingsSource.PROFILE);
        profileLabel.setVisible(s == SettingsSource.PROFILE);
        Swing.growToFit(dialog);
    }

    private void detect() {
        String typed = address.getText().strip();
        detect.setEnabled(false);
        detectState.setText(context.text("ui.accounts.detecting"));
        detecting = context.background().submitCancellable(
                cancelled -> context.services().detectSettings().detect(typed, cancelled),
                found -> {
                    detect.setEnabled(true);
                    if (found.isEmpty()) {
                        detectState.setText(context.text("ui.accounts.detectNone"));
                        return;
                    }
                    DetectedSettings best = found.get(0);
                    fillSettings(best.smtp());
                    Swing.select(source, SettingsSource.OWN);
                    if (user.getText().isBlank()) {
                        user.setText(typed);
                    }
                    detectState.setText(Swing.wrapped(context.messages().get(best.explanation()) + " "
                            + context.text("ui.accounts.detected", best.smtp().host()), 380));
                    presetHelp.setText(best.providerPreset()
                            .map(p -> Swing.wrapped(context.text(p.helpKey()), 380)).orElse(""));
                    Swing.growToFit(dialog);
                },
                failure -> {
                    detect.setEnabled(true);
                    detectState.setText(" ");
                    errors.showOrReport(dialog, failure, context.errors());
                });
    }

    private void fillSettings(SmtpSettings smtp) {
        host.setText(smtp.host());
        Swing.select(security, smtp.security());
        port.setValue(smtp.port());
        Swing.select(auth, smtp.auth() == AuthMethod.NONE ? AuthMethod.NONE : AuthMethod.PASSWORD);
        if (smtp.user() != null && !smtp.user().isBlank()) {
            user.setText(smtp.user());
        }
        timeout.setValue((int) smtp.timeout().toSeconds());
        allowPlain.setSelected(smtp.allowPlainPassword());
        pinned = smtp.pinnedCertificate() == null ? null : smtp.pinnedCertificate().hex();
    }

    /** A new draft each time: the use case wipes the password it is given, the form keeps its own. */
    private AccountDraft draft() {
        SettingsSource s = Swing.selected(source);
        SmtpDraft smtp = null;
        if (s == SettingsSource.OWN) {
            boolean signIn = Swing.selected(auth) == AuthMethod.PASSWORD;
            // Changing an account, an empty password keeps the stored one.
            boolean keep = editing != null && password.getDocument().getLength() == 0;
            smtp = new SmtpDraft(host.getText().strip(), (Integer) port.getValue(), Swing.selected(security),
                    signIn ? user.getText().strip() : null, signIn && !keep ? password.getPassword() : null,
                    (Integer) timeout.getValue(), allowPlain.isSelected(), pinned);
        }
        List<String> chosen = userBoxes.stream().filter(JCheckBox::isSelected).map(JCheckBox::getText).toList();
        return new AccountDraft(kind, name.getText().strip(), address.getText().strip(), s,
                (String) profile.getSelectedItem(), smtp, replyTo.getText().strip(), false, chosen, null);
    }

    private void runTest() {
        errors.clear();
        clearOutcome();
        AccountDraft draft = draft();
        String recipient = to.getText().strip();
        User actor = context.user();
        testing(true);
        result.setText(context.text("ui.accounts.testing"));
        context.background().submit(() -> {
            AccountService.SaveAfterTest run = context.services().accounts().testThenSave(actor, currentName(), draft, recipient,
                    context.messages());
            running = run;
            return new Object[] {run, run.run()};
        }, done -> {
            testing(false);
            running = null;
            AccountService.SaveAfterTest run = (AccountService.SaveAfterTest) done[0];
            SendResult outcome = (SendResult) done[1];
            if (outcome instanceof SendResult.Failed failed) {
                showFailure(failed.diagnosis());
            } else if (run.saved().isPresent()) {
                result.setText(context.text("ui.accounts.testSent", recipient.isBlank() ? address.getText() : recipient));
                saved(run.saved().get());
            }
        }, failure -> {
            testing(false);
            running = null;
            result.setText(" ");
            showRefused(failure);
        });
    }

    private void cancelTest() {
        AccountService.SaveAfterTest run = running;
        if (run != null) {
            run.cancel();
            result.setText(context.text("ui.accounts.cancelling"));
        }
    }

    private void testing(boolean busy) {
        progress.setVisible(busy);
        cancelTest.setVisible(busy);
        Swing.busy(dialog, busy, test, back, next, saveAnyway, close);
        if (!busy) {
            show(page);
            saveAnyway.setEnabled(true);
        }
    }

    private void clearOutcome() {
        result.putClientProperty("FlatLaf.style", null);
        result.setText(" ");
        reply.setText("");
        fixes.removeAll();
    }

    private void showFailure(Diagnosis diagnosis) {
        String sentence = context.messages().get(diagnosis.message());
        result.setText(Swing.wrapped(sentence, 460));
        result.putClientProperty("FlatLaf.style", "foreground: $Component.error.focusedBorderColor");
        reply.setText(diagnosis.serverReply().map(r -> Swing.wrapped(context.text("ui.accounts.serverReply",
                r.text()), 460)).orElse(""));
        diagnosis.kind().field().ifPresent(field -> {
            errors.show(List.of(new FieldError(field, UserMessage.of("ui.accounts.fieldAtFault"))));
        });
        boolean admin = context.user().isAdmin();
        for (SuggestedFix fix : diagnosis.fixes()) {
            if (fix.kind() == SuggestedFix.Kind.PIN_CERTIFICATE && !admin) {
                continue;
            }
            fixes.add(Swing.button("accountFix." + fix.kind().name(), context.messages().get(fix.label()),
                    () -> applyFix(fix)));
        }
        Swing.growToFit(dialog);
    }

    private void applyFix(SuggestedFix fix) {
        fillSettings(fix.settings());
        Swing.select(source, SettingsSource.OWN);
        runTest();
    }

    private void saveAnyway() {
        if (!Alerts.confirm(dialog, context.messages(), context.text("ui.accounts.saveAnywayQuestion"),
                context.text("ui.accounts.saveAnyway"))) {
            return;
        }
        AccountDraft draft = draft();
        User actor = context.user();
        Swing.busy(dialog, true, test, back, next, saveAnyway, close);
        context.background().submit(() -> context.services().accounts().saveAnyway(actor, currentName(), draft), account -> {
            Swing.busy(dialog, false, test, back, next, saveAnyway, close);
            saved(account);
        }, failure -> {
            Swing.busy(dialog, false, test, back, next, saveAnyway, close);
            showRefused(failure);
        });
    }

    private void showRefused(Throwable failure) {
        Throwable cause = ErrorReporter.unwrap(failure);
        if (cause instanceof ValidationException invalid && !invalid.errors().isEmpty()) {
            Integer errorPage = PAGE_OF.get(invalid.errors().get(0).field());
            if (errorPage != null) {
                show(errorPage);
            }
        }
        errors.showOrReport(dialog, failure, context.errors());
    }

    private void saved(Account account) {
        Arrays.fill(password.getPassword(), '\0');
        password.setText("");
        onSaved.accept(account);
        dialog.dispose();
    }

    private String currentName() {
        return editing == null ? null : editing.name();
    }

    private void closeWizard() {
        if (detecting != null) {
            detecting.cancel();
        }
        cancelTest();
        dialog.dispose();
    }
}
