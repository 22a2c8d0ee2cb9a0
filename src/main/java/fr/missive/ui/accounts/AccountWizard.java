package fr.missive.ui.accounts;

import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.ValidationException;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.ConnectionChange;
import fr.missive.app.accounts.DetectedSettings;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.model.ChangedMeanwhileException;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.DispatchingProfile;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.accounts.WorkstationSettings;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SuggestedFix;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.ChangedMeanwhilePrompt;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.DiscardCheck;
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
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The set-up of a sending account in three steps: the account (name, address, detection of the
 * server), the server (the workstation's, a recovered profile or its own settings, and in an
 * "Advanced" part the optional mailbox), and a real test message. The account is saved only when
 * the test succeeded or after an explicit "save anyway"; a failed test says why on the field at
 * fault and offers its one-click fixes.
 */
public final class AccountWizard {

    private static final String[] PAGES = {"account", "server", "test"};
    /** The page each field the use case may refuse is on. */
    private static final Map<String, Integer> PAGE_OF = Map.ofEntries(
            Map.entry("name", 0), Map.entry("address", 0), Map.entry("replyTo", 0), Map.entry("users", 0),
            Map.entry("senderName", 0),
            Map.entry("maskRecipients", 0),
            Map.entry("source", 1), Map.entry("profile", 1), Map.entry("host", 1), Map.entry("port", 1),
            Map.entry("security", 1), Map.entry("auth", 1), Map.entry("user", 1), Map.entry("password", 1),
            Map.entry("timeout", 1), Map.entry("allowPlainPassword", 1), Map.entry("imap.host", 1),
            Map.entry("imap.port", 1), Map.entry("imap.user", 1), Map.entry("imap.sentFolder", 1),
            Map.entry("to", 2), Map.entry("from", 0));

    private final UiContext context;
    private final SetupUseCases setupUseCases;
    private final AccountUseCases accountUseCases;
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
    /** The name recipients see beside the address. */
    private final JTextField senderName = new JTextField(24);
    /** The user name the form put in from the address, to follow the address while the user keeps it. */
    private String userFromAddress;
    /** Every recipient in Bcc: an institution account's option. */
    private final JCheckBox maskRecipients = new JCheckBox();
    /** The users an institution account is shared with, one checkbox each. */
    private final JPanel users = new JPanel(new MigLayout("insets 0, wrap 1, gap 0 2", "[left]"));
    private final List<JCheckBox> userBoxes = new ArrayList<>();

    private final JComboBox<Choice<SettingsSource>> source = new JComboBox<>();
    private final JComboBox<String> profile = new JComboBox<>();
    private JLabel profileLabel;
    private final SmtpSettingsForm ownSettings;
    private final ImapSettingsForm imap;
    private final OAuthSignInRow oauthSignIn;

    private final SendingTestPanel testPanel;
    private final JButton saveAnyway;
    /** Saves a change that needs no test send (editing only). */
    private final JButton save;
    /** The name of the profile the edited account recovers, once loaded (null: none). */
    private String editingProfile;

    private final JButton back;
    private final JButton next;
    private final JButton close;

    private BackgroundTasks.Job detecting;
    /** Asks before what was typed is lost; a running test send is cancelled once the user agreed. */
    private final DiscardCheck discard;
    /** The answer to the secret question, when a user who is not an administrator changes a shared account. */
    private char[] secretAnswer;
    /** The version of the account being changed that its save names; null for a new account. */
    private Long basedOn;

    /** @param onSaved called on the EDT with the account once it is saved */
    public AccountWizard(UiContext context, SetupUseCases setupUseCases, AccountUseCases accountUseCases,
            Window owner, AccountKind kind, Consumer<Account> onSaved) {
        this(context, setupUseCases, accountUseCases, owner, kind, null, onSaved);
    }

    /** The wizard over a saved account: an empty password keeps the stored one. */
    public AccountWizard(UiContext context, SetupUseCases setupUseCases, AccountUseCases accountUseCases,
            Window owner, Account editing, Consumer<Account> onSaved) {
        this(context, setupUseCases, accountUseCases, owner, editing.kind(), editing, onSaved);
    }

    private AccountWizard(UiContext context, SetupUseCases setupUseCases, AccountUseCases accountUseCases,
            Window owner, AccountKind kind, Account editing,
                          Consumer<Account> onSaved) {
        this.context = context;
        this.setupUseCases = setupUseCases;
        this.accountUseCases = accountUseCases;
        this.kind = kind;
        this.editing = editing;
        this.onSaved = onSaved;
        this.dialog = new JDialog(owner);
        this.discard = DiscardCheck.on(dialog, context::messages, this::closeWizard);
        this.errors = new FieldErrors(context::messages);
        detect = Swing.button("accountDetect", context.text("ui.accounts.detect"), this::detect);
        ownSettings = new SmtpSettingsForm(context, errors, "account");
        imap = new ImapSettingsForm(context, errors, "account", () -> Swing.growToFit(dialog));
        oauthSignIn = new OAuthSignInRow(context, accountUseCases, dialog, errors, ownSettings, () -> {
            fr.missive.app.accounts.ImapDraft typed = imap.draft();
            return typed != null && !typed.isEmpty();
        }, () -> Swing.growToFit(dialog));
        ownSettings.onAuthChanged(this::oauthRowChanged);
        testPanel = new SendingTestPanel(context, dialog, errors, "account", "ui.accounts.fieldAtFault",
                this::runTest, this::applyFix);
        saveAnyway = Swing.button("accountSaveAnyway", context.text("ui.accounts.saveAnyway"), this::saveAnyway);
        save = Swing.button("accountSave", context.text("ui.accounts.save"), this::saveWithoutTest);
        back = Swing.button("accountBack", context.text("ui.accounts.back"), () -> turnTo(page - 1));
        next = Swing.button("accountNext", context.text("ui.accounts.next"), () -> turnTo(page + 1));
        close = Swing.button("accountClose", context.text("ui.button.close"), discard::close);
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
        source.addActionListener(e -> sourceChanged());
        detectState.setName("accountDetectState");
        presetHelp.setName("accountPresetHelp");
        maskRecipients.setText(context.text("ui.accounts.maskRecipients"));
        saveAnyway.setEnabled(false);

        JPanel accountPage = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        accountPage.add(Swing.section(context.text("ui.accounts.step.account")), "span 2, growx");
        field(accountPage, "ui.accounts.name", "name", "account.name", name);
        field(accountPage, "ui.accounts.address", "address", "account.address", address);
        accountPage.add(detect, "skip 1, split 2, growx 0");
        accountPage.add(detectState);
        accountPage.add(presetHelp, "skip 1");
        field(accountPage, "ui.accounts.senderName", "senderName", "account.senderName", senderName);
        accountPage.add(Swing.hint(context.text("ui.accounts.senderNameHint")), "skip 1");
        field(accountPage, "ui.accounts.replyTo", "replyTo", "account.replyTo", replyTo);
        if (kind == AccountKind.INSTITUTION) {
            accountPage.add(errors.register("maskRecipients", new FieldCell("account.maskRecipients", maskRecipients)),
                    "skip 1");
            field(accountPage, "ui.accounts.users", "users", "account.users", users);
        }

        JPanel serverPage = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        serverPage.add(Swing.section(context.text("ui.accounts.step.server")), "span 2, growx");
        field(serverPage, "ui.accounts.source", "source", "account.source", source);
        profileLabel = field(serverPage, "ui.accounts.profile", "profile", "account.profile", profile);
        ownSettings.addTo(serverPage);
        oauthSignIn.addTo(serverPage);
        imap.addTo(serverPage);

        JPanel testPage = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        testPage.add(Swing.section(context.text("ui.accounts.step.test")), "span 2, growx");
        testPanel.addTo(testPage);
        testPage.add(saveAnyway, "newline, span 2, left, gaptop 8");

        pages.add(accountPage, PAGES[0]);
        pages.add(serverPage, PAGES[1]);
        pages.add(testPage, PAGES[2]);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[grow,fill]", "[grow,fill][]"));
        content.add(pages, "wrap");
        save.setVisible(editing != null);
        save.setEnabled(false);
        save.setToolTipText(context.text("ui.accounts.saveNeedsTest"));
        content.add(Swing.buttonBar(save, close, back, next), "growx, gaptop 12");
        dialog.setContentPane(content);
        // Any change of the account or its server: an old outcome no longer describes it.
        FormChanges.watch(accountPage, this::settingsChanged);
        FormChanges.watch(serverPage, this::settingsChanged);
        Swing.keys(dialog, next, discard::close);
    }

    private JLabel field(JPanel form, String labelKey, String field, String componentName, JComponent input) {
        return new SmtpSettingsForm.FormRows(context, errors, form).add(labelKey, field, componentName, input);
    }

    public void open() {
        User me = context.user();
        if (editing == null && kind == AccountKind.PERSONAL) {
            name.setText(me.name());
            address.setText(me.email() == null ? "" : me.email().toString());
            senderName.setText(me.name());
        }
        Swing.select(source, SettingsSource.OWN);
        if (editing != null) {
            name.setText(editing.name());
            address.setText(editing.address().toString());
            replyTo.setText(editing.replyTo() == null ? "" : editing.replyTo().toString());
            senderName.setText(editing.displayName());
            maskRecipients.setSelected(editing.maskRecipients());
            if (editing.smtp() != null) {
                ownSettings.fill(editing.smtp());
            }
            ownSettings.showPasswordKept(editing.source() == SettingsSource.OWN);
            Swing.select(source, editing.source());
        }
        // Who shares an institution account, its address and how it sends are the administrator's.
        boolean sharedChange = editing != null && kind == AccountKind.INSTITUTION && !me.isAdmin();
        address.setEnabled(!sharedChange);
        detect.setEnabled(!sharedChange);
        maskRecipients.setEnabled(!sharedChange);
        show(0);
        Account current = editing;
        context.inBackground(dialog, () -> new Object[] {accountUseCases.workstation().get(),
                accountUseCases.profiles().list(), setupUseCases.users().list(),
                current != null && accountUseCases.accounts().hasImapPassword(current),
                current == null && kind == AccountKind.INSTITUTION
                        ? accountUseCases.accounts().defaultSenderName(kind, null, "") : null}, loaded -> {
                    WorkstationSettings workstation = (WorkstationSettings) loaded[0];
                    @SuppressWarnings("unchecked")
                    List<DispatchingProfile> all = (List<DispatchingProfile>) loaded[1];
                    all.forEach(p -> profile.addItem(p.name()));
                    if (editing != null && editing.profileId() != null) {
                        all.stream().filter(p -> editing.profileId().equals(p.id())).findFirst()
                                .ifPresent(p -> {
                                    editingProfile = p.name();
                                    profile.setSelectedItem(p.name());
                                });
                    }
                    @SuppressWarnings("unchecked")
                    List<User> staff = (List<User>) loaded[2];
                    for (User u : staff) {
                        JCheckBox box = new JCheckBox(u.name());
                        box.setName("accountUser." + u.name());
                        // The administrator creating a shared account may use it unless they untick themselves.
                        box.setSelected(editing != null ? editing.userIds().contains(u.id()) : u.id().equals(me.id()));
                        box.setEnabled(!sharedChange);
                        box.addItemListener(e -> settingsChanged());
                        userBoxes.add(box);
                        users.add(box);
                    }
                    imap.fill(editing == null ? null : editing.imap(), (Boolean) loaded[3]);
                    if (editing == null && (workstation.smtp() != null || workstation.profile().isPresent())) {
                        Swing.select(source, SettingsSource.WORKSTATION);
                    }
                    if (loaded[4] != null && senderName.getText().isBlank()) {
                        // The institution's sender name, as the first-run wizard set it.
                        senderName.setText((String) loaded[4]);
                    }
                    sourceChanged();
                    settingsChanged();
                    // The users' boxes and the settings loaded: this is the wizard untouched.
                    discard.unchangedNow();
                });
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), name);
    }

    private void show(int newPage) {
        page = Math.max(0, Math.min(PAGES.length - 1, newPage));
        cards.show(pages, PAGES[page]);
        back.setEnabled(page > 0);
        next.setEnabled(page < PAGES.length - 1);
        if (page == 2 && testPanel.to().getText().isBlank()) {
            testPanel.to().setText(address.getText().strip());
        }
        dialog.getRootPane().setDefaultButton(page == 2 ? testPanel.button() : next);
    }

    /** Back and Next: the page shown may need more room than the one before. */
    private void turnTo(int newPage) {
        // What a page turn fills in (the user name from the address, the test recipient) is not typed data.
        boolean untouched = !discard.hasChanges();
        if (newPage == 1) {
            userFollowsAddress();
        }
        show(newPage);
        if (untouched) {
            discard.unchangedNow();
        }
        oauthSignIn.refresh(Swing.selected(source) == SettingsSource.OWN);
        Swing.growToFit(dialog);
    }

    /** Most servers sign in with the address: it is the user name until the user types another. */
    private void userFollowsAddress() {
        String typed = address.getText().strip();
        if (editing == null && !typed.isEmpty()
                && (ownSettings.userIsBlank() || ownSettings.user().equals(userFromAddress))) {
            ownSettings.setUser(typed);
            userFromAddress = typed;
        }
    }

    /**
     * Called on the EDT after any change of the account or server fields: the outcome of an earlier
     * test or save no longer describes them, and only some changes need a new test to be saved.
     */
    private void settingsChanged() {
        errors.clear();
        testPanel.clearOutcome();
        updateSave();
    }

    /** "Save" is there when editing, and usable when the changes need no test send. */
    private void updateSave() {
        if (editing == null) {
            return;
        }
        AccountDraft typed = draft();
        try {
            boolean needsTest = ConnectionChange.needsTest(editing, editingProfile, typed);
            save.setEnabled(!needsTest);
            save.setToolTipText(needsTest ? context.text("ui.accounts.saveNeedsTest") : null);
        } finally {
            if (typed.smtp() != null && typed.smtp().password() != null) {
                Arrays.fill(typed.smtp().password(), '\0');
            }
            if (typed.imap() != null && typed.imap().password() != null) {
                Arrays.fill(typed.imap().password(), '\0');
            }
        }
    }

    private void sourceChanged() {
        SettingsSource s = Swing.selected(source);
        ownSettings.setVisible(s == SettingsSource.OWN);
        profile.getParent().setVisible(s == SettingsSource.PROFILE);
        profileLabel.setVisible(s == SettingsSource.PROFILE);
        oauthSignIn.refresh(s == SettingsSource.OWN);
        Swing.growToFit(dialog);
    }

    private void oauthRowChanged() {
        oauthSignIn.refresh(Swing.selected(source) == SettingsSource.OWN);
        Swing.growToFit(dialog);
    }

    private void detect() {
        String typed = address.getText().strip();
        detect.setEnabled(false);
        detectState.setText(context.text("ui.accounts.detecting"));
        detecting = context.background().submitCancellable(
                cancelled -> accountUseCases.detect().detect(typed, cancelled),
                found -> {
                    detect.setEnabled(true);
                    if (found.isEmpty()) {
                        // Wrapped: one line of it widened the page and pushed "Next" out of the dialog.
                        detectState.setText(Swing.wrapped(context.text("ui.accounts.detectNone"), 380));
                        Swing.growToFit(dialog);
                        return;
                    }
                    DetectedSettings best = found.get(0);
                    ownSettings.fill(best.smtp());
                    Swing.select(source, SettingsSource.OWN);
                    if (ownSettings.userIsBlank()) {
                        ownSettings.setUser(typed);
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

    /** A new draft each time: the use case wipes the passwords it is given, the form keeps its own. */
    private AccountDraft draft() {
        SettingsSource s = Swing.selected(source);
        // Changing an account, an empty password keeps the stored one.
        SmtpDraft smtp = s == SettingsSource.OWN ? ownSettings.draft(editing != null) : null;
        List<String> chosen = userBoxes.stream().filter(JCheckBox::isSelected).map(JCheckBox::getText).toList();
        return new AccountDraft(kind, name.getText().strip(), address.getText().strip(), s,
                (String) profile.getSelectedItem(), smtp, replyTo.getText().strip(),
                kind == AccountKind.INSTITUTION && maskRecipients.isSelected(), chosen, null, imap.draft(),
                senderName.getText().strip());
    }

    /** A copy for each save: the use case wipes the answer it is given, and the wizard may need it again. */
    private char[] answer() {
        return secretAnswer == null ? null : secretAnswer.clone();
    }

    private void runTest() {
        AccountDraft draft = draft();
        String recipient = testPanel.recipient();
        User actor = context.user();
        char[] answer = answer();
        Long version = basedOn;
        testPanel.<AccountService.SaveAfterTest>run(() -> accountUseCases.accounts().testThenSave(actor,
                currentName(), draft, answer, version, recipient, context.messages()), (run, outcome) -> {
                    afterTest();
                    if (outcome instanceof SendResult.Sent && run.saved().isPresent()) {
                        testPanel.showSent(recipient.isBlank() ? address.getText() : recipient);
                        saved(run.saved().get());
                    }
                }, failure -> {
                    afterTest();
                    showRefused(failure);
                }, back, next, save, saveAnyway, close);
    }

    private void afterTest() {
        show(page);
        saveAnyway.setEnabled(true);
        updateSave();
    }

    private void applyFix(SuggestedFix fix) {
        ownSettings.fill(fix.settings());
        Swing.select(source, SettingsSource.OWN);
        runTest();
    }

    private void saveAnyway() {
        if (!Alerts.confirm(dialog, context.messages(), context.text("ui.accounts.saveAnywayQuestion"),
                context.text("ui.accounts.saveAnyway"))) {
            return;
        }
        saveInBackground(AccountService::saveAnyway);
    }

    /** Saves a change that needs no test send (a name, Reply-To, users, masking). */
    private void saveWithoutTest() {
        saveInBackground(AccountService::saveWithoutTest);
    }

    /** How the account is saved: with or without the test send that connection changes need. */
    @FunctionalInterface
    private interface SaveCall {
        Account save(AccountService accounts, User actor, String currentName, AccountDraft draft, char[] answer,
                     Long basedOn);
    }

    private void saveInBackground(SaveCall call) {
        AccountDraft draft = draft();
        User actor = context.user();
        char[] answer = answer();
        String currentName = currentName();
        Long version = basedOn;
        JButton test = testPanel.button();
        Swing.busy(dialog, true, test, back, next, save, saveAnyway, close);
        context.background().submit(() -> call.save(accountUseCases.accounts(), actor, currentName, draft, answer,
                        version),
                account -> {
                    Swing.busy(dialog, false, test, back, next, save, saveAnyway, close);
                    saved(account);
                }, failure -> {
                    Swing.busy(dialog, false, test, back, next, save, saveAnyway, close);
                    updateSave();
                    showRefused(failure);
                });
    }

    private void showRefused(Throwable failure) {
        Throwable cause = ErrorReporter.unwrap(failure);
        if (cause instanceof ChangedMeanwhileException changed) {
            resolve(changed);
            return;
        }
        if (cause instanceof ValidationException invalid && !invalid.errors().isEmpty()) {
            Integer errorPage = PAGE_OF.get(invalid.errors().get(0).field());
            if (errorPage != null) {
                show(errorPage);
            }
        }
        errors.showOrReport(dialog, failure, context.errors());
    }

    private void saved(Account account) {
        ownSettings.clearPassword();
        imap.clearPassword();
        forgetAnswer();
        onSaved.accept(account);
        dialog.dispose();
    }

    /**
     * Someone saved the account since this wizard opened: the user reloads it (the wizard opens
     * again on the saved account, what they typed given up) or overwrites it with what they typed,
     * without a second test send; until they choose, the wizard keeps what they typed.
     */
    private void resolve(ChangedMeanwhileException changed) {
        ChangedMeanwhilePrompt.Answer answer = ChangedMeanwhilePrompt.ask(dialog, context, changed);
        if (answer == ChangedMeanwhilePrompt.Answer.OVERWRITE) {
            basedOn = changed.current().number();
            saveInBackground(AccountService::saveAnyway);
        } else if (answer == ChangedMeanwhilePrompt.Answer.RELOAD) {
            char[] answerKept = answer();
            openEditing(context, setupUseCases, accountUseCases, dialog.getOwner(), editing.name(), answerKept,
                    onSaved, this::closeWizard);
        }
    }

    /**
     * Reads the account as stored now, with its version, and opens the wizard on it ({@code
     * secretAnswer}, when given, is wiped once handed over); {@code thenOpened} runs once it is open.
     */
    public static void openEditing(UiContext context, SetupUseCases setupUseCases, AccountUseCases accountUseCases,
            Window owner, String name, char[] secretAnswer, Consumer<Account> onSaved, Runnable thenOpened) {
        User actor = context.user();
        context.background().submit(() -> accountUseCases.accounts().findForEditing(actor, name), found -> {
            try {
                if (found.isEmpty()) {
                    Alerts.error(owner, context.messages(), context.text("concurrency.deletedMeanwhile"));
                    return;
                }
                AccountWizard wizard = new AccountWizard(context, setupUseCases, accountUseCases, owner,
                        found.get().value(), onSaved);
                wizard.basedOn = found.get().version().number();
                thenOpened.run();
                wizard.withSecretAnswer(secretAnswer).open();
            } finally {
                if (secretAnswer != null) {
                    Arrays.fill(secretAnswer, '\0');
                }
            }
        }, failure -> {
            if (secretAnswer != null) {
                Arrays.fill(secretAnswer, '\0');
            }
            context.errors().report(owner, failure);
        });
    }

    private String currentName() {
        return editing == null ? null : editing.name();
    }

    /**
     * Lets a user who is not an administrator change a shared account with the answer to its
     * secret question, which the use case checks again at each save. Kept until the wizard closes.
     */
    public AccountWizard withSecretAnswer(char[] answer) {
        this.secretAnswer = answer == null ? null : answer.clone();
        return this;
    }

    private void forgetAnswer() {
        if (secretAnswer != null) {
            Arrays.fill(secretAnswer, '\0');
            secretAnswer = null;
        }
    }

    private void closeWizard() {
        if (detecting != null) {
            detecting.cancel();
        }
        testPanel.cancel();
        forgetAnswer();
        dialog.dispose();
    }
}
