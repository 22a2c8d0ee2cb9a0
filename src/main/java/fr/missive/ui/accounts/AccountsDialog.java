package fr.missive.ui.accounts;

import fr.missive.app.sentlog.SentCopies;
import fr.missive.app.sentlog.SentLogService;
import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.accounts.AccountService;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.ServerCertificate;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.Window;
import java.text.Collator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * "My sending accounts": the accounts the signed-in user may send from (every account for an
 * administrator), with their kind and whether they are verified, and in a tooltip the other users
 * of a shared account; add, change, test, delete. The administrator also sets the secret question
 * of a shared account and turns one used by a single user into that user's personal account; a
 * user a shared account is lent to changes it after answering its question.
 */
public final class AccountsDialog {

    /** What the list shows of an account besides itself, read off the EDT. */
    private record Details(List<String> userNames, boolean mayChange) {
    }

    private final UiContext context;
    private final SetupUseCases setupUseCases;
    private final AccountUseCases accountUseCases;
    private final SentLogService sentLog;
    private final JDialog dialog;
    private final Map<Long, Details> details = new HashMap<>();
    private final DefaultListModel<Account> accounts = new DefaultListModel<>();
    private final JList<Account> list = new fr.missive.ui.common.FittedList<>(accounts);
    private final JLabel state = new JLabel(" ");
    private final JButton addPersonal;
    private final JButton addInstitution;
    private final JButton verify;
    private final JButton edit;
    private final JButton test;
    private final JButton delete;
    private final JButton makePersonal;
    private final JButton secretQuestion;
    private final JButton close;
    /** Shown when the mailbox's certificate is what stops the Sent-folder copy (administrators). */
    private final JButton trustCertificate;
    private Account trustTarget;
    private ServerCertificate trustedCertificate;

    public AccountsDialog(UiContext context, SetupUseCases setupUseCases, AccountUseCases accountUseCases,
            SentLogService sentLog, Window owner) {
        this.context = context;
        this.setupUseCases = setupUseCases;
        this.accountUseCases = accountUseCases;
        this.sentLog = sentLog;
        this.dialog = new JDialog(owner);
        addPersonal = Swing.button("accountAddPersonal", context.text("ui.accounts.addPersonal"),
                () -> add(AccountKind.PERSONAL));
        addInstitution = Swing.button("accountAddInstitution", context.text("ui.accounts.addInstitution"),
                () -> add(AccountKind.INSTITUTION));
        edit = Swing.button("accountEdit", context.text("ui.accounts.edit"), this::editSelected);
        verify = Swing.button("accountVerifyOpen", context.text("ui.accounts.verifyOpen"), this::verifySelected);
        test = Swing.button("accountTestSelected", context.text("ui.accounts.testSelected"), this::testSelected);
        delete = Swing.button("accountDelete", context.text("ui.accounts.delete"), this::deleteSelected);
        makePersonal = Swing.button("accountMakePersonal", context.text("ui.accounts.makePersonal"),
                this::makeSelectedPersonal);
        secretQuestion = Swing.button("accountSecretQuestion", context.text("ui.accounts.secretQuestion"),
                this::editSecretQuestion);
        close = Swing.button("accountsClose", context.text("ui.button.close"), dialog::dispose);
        trustCertificate = Swing.button("accountTrustImapCertificate", context.text("ui.accounts.trust.button"),
                this::trustMailboxCertificate);
        trustCertificate.setVisible(false);
        build();
    }

    private void build() {
        dialog.setName("accountsDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.accounts.title"));
        list.setName("accountsList");
        ReadAloud.named(list, context.text("ui.a11y.accounts.list"));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new AccountRenderer());
        list.addListSelectionListener(e -> selectionChanged());
        state.setName("accountsState");
        boolean admin = context.user().isAdmin();
        addInstitution.setVisible(admin);
        makePersonal.setVisible(admin);
        secretQuestion.setVisible(admin);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 2, hidemode 3", "[grow,fill][fill]",
                "[][][][][][][][grow][]"));
        // As wide as its longest line up to 680 px: at 420 px a long name needed horizontal scrolling.
        content.add(new JScrollPane(list), "spany 8, w 380:pref:680, h 260:300, grow");
        content.add(addPersonal);
        content.add(addInstitution);
        content.add(edit);
        content.add(test);
        content.add(verify);
        content.add(secretQuestion);
        content.add(makePersonal);
        content.add(delete, "top");
        content.add(state, "span 2");
        content.add(trustCertificate, "span 2, left");
        content.add(Swing.buttonBar(null, close), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, close, dialog::dispose);
        selectionChanged();
    }

    /** Shows the accounts other PCs add, change or delete while open, the selected one kept. */
    public AccountsDialog followingChanges(fr.missive.app.changes.Changes changes) {
        fr.missive.ui.common.LiveUpdates.whileOpen(dialog, changes, fr.missive.app.changes.Changes.Topic.ACCOUNTS,
                () -> reload(list.getSelectedValue() == null ? null : list.getSelectedValue().name()));
        return this;
    }

    public void open() {
        reload(null);
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), list);
    }

    private void reload(String selectName) {
        User actor = context.user();
        AccountService service = accountUseCases.accounts();
        context.inBackground(dialog, () -> {
            Map<Long, Details> read = new HashMap<>();
            List<Account> all = service.list(actor);
            for (Account a : all) {
                read.put(a.id(), new Details(service.userNames(a), service.mayChange(actor, a)));
            }
            return Map.entry(all, read);
        }, loaded -> {
            List<Account> all = loaded.getKey();
            details.clear();
            details.putAll(loaded.getValue());
            accounts.clear();
            all.forEach(accounts::addElement);
            if (selectName != null) {
                all.stream().filter(a -> a.name().equals(selectName)).findFirst()
                        .ifPresent(a -> list.setSelectedValue(a, true));
            }
            selectionChanged();
        });
    }

    private void selectionChanged() {
        Account selected = list.getSelectedValue();
        boolean admin = context.user().isAdmin();
        test.setEnabled(selected != null);
        Details about = selected == null ? null : details.get(selected.id());
        edit.setEnabled(about != null && about.mayChange());
        delete.setEnabled(selected != null && (admin || !selected.isInstitution()));
        verify.setEnabled(selected != null && admin && selected.isInstitution() && !selected.verified());
        secretQuestion.setEnabled(selected != null && admin && selected.isInstitution());
        makePersonal.setEnabled(selected != null && admin && selected.isInstitution()
                && selected.userIds().size() == 1);
    }

    private void add(AccountKind kind) {
        new AccountWizard(context, setupUseCases, accountUseCases, dialog, kind, saved -> {
            reload(saved.name());
            checkMailbox(saved);
            if (saved.isInstitution() && !saved.verified()) {
                new AccountVerificationDialog(context, accountUseCases, dialog, saved,
                        verified -> reload(verified.name())).open();
            }
        }).open();
    }

    private void editSelected() {
        Account selected = list.getSelectedValue();
        if (selected == null) {
            return;
        }
        if (selected.isInstitution() && !context.user().isAdmin()) {
            // A shared account is lent: its user proves they may change it by the secret answer.
            new SecretAnswerPrompt(context, accountUseCases, dialog, selected, answer -> {
                try {
                    // The wizard opens on the account as stored now, with the version its save names.
                    AccountWizard.openEditing(context, setupUseCases, accountUseCases, dialog, selected.name(),
                            answer.clone(), this::savedAndCheck, () -> { });
                } finally {
                    Arrays.fill(answer, '\0');
                }
            }).open();
            return;
        }
        AccountWizard.openEditing(context, setupUseCases, accountUseCases, dialog, selected.name(), null,
                this::savedAndCheck, () -> { });
    }

    private void savedAndCheck(Account saved) {
        reload(saved.name());
        checkMailbox(saved);
    }

    /**
     * Saved IMAP settings are tried at once, as the SMTP ones are by the wizard's test: the
     * mailbox is signed in to and its Sent folder looked for; the outcome shows under the list.
     */
    private void checkMailbox(Account saved) {
        checkMailbox(saved, "");
    }

    /** @param before what to keep shown above the mailbox's outcome (the sending test's), or empty */
    private void checkMailbox(Account saved, String before) {
        trustCertificate.setVisible(false);
        if (saved.imap() == null) {
            return;
        }
        state.setText(Swing.wrapped(before + context.text("ui.accounts.imap.testing"), 520));
        context.background().submit(() -> sentLog.copies().test(saved), check -> {
            state.setText(Swing.wrapped(before + mailboxOutcome(saved, check), 520));
            offerTrust(saved, check.untrustedCertificate());
            Swing.growToFit(dialog);
        }, failure -> {
            state.setText(before.isEmpty() ? " " : Swing.wrapped(before, 520));
            context.errors().report(dialog, failure);
        });
    }

    private String mailboxOutcome(Account saved, SentCopies.MailboxCheck check) {
        if (check.problem() == null) {
            return context.text("ui.accounts.imap.testOk", check.sentFolder());
        }
        if (check.problem().key().equals("sentlog.imapTest.noFolder")) {
            return context.text("ui.accounts.imap.noFolder");
        }
        if (check.untrustedCertificate() != null) {
            // The server answered: its certificate is the cause, and the way out depends on who reads.
            return context.text(context.user().isAdmin() ? "ui.accounts.imap.certificateAdmin"
                    : "ui.accounts.imap.certificate", saved.imap().host(), check.untrustedCertificate().fingerprint().hex());
        }
        return context.messages().get(check.problem());
    }

    /** The administrator's way to trust the mailbox's certificate, after seeing its fingerprint. */
    private void offerTrust(Account saved, ServerCertificate certificate) {
        trustTarget = certificate == null ? null : saved;
        trustedCertificate = certificate;
        trustCertificate.setVisible(certificate != null && context.user().isAdmin());
    }

    private void trustMailboxCertificate() {
        Account account = trustTarget;
        ServerCertificate certificate = trustedCertificate;
        if (account == null || certificate == null || !new CertificateTrustQuestion(context)
                .ask(dialog, account.imap().host(), certificate.fingerprint())) {
            return;
        }
        User actor = context.user();
        context.inBackground(dialog, () -> {
            accountUseCases.accounts().trustCertificate(actor, account.imap().host(), account.imap().port(),
                    certificate.fingerprint().hex());
            return account;
        }, this::checkMailbox);
    }

    private void editSecretQuestion() {
        Account selected = list.getSelectedValue();
        if (selected != null) {
            new SecretQuestionDialog(context, accountUseCases, dialog, selected, () -> reload(selected.name())).open();
        }
    }

    private void makeSelectedPersonal() {
        Account selected = list.getSelectedValue();
        Details about = selected == null ? null : details.get(selected.id());
        if (about == null || about.userNames().size() != 1 || !Alerts.confirm(dialog, context.messages(),
                context.text("ui.accounts.makePersonalQuestion", selected.name(), about.userNames().get(0)),
                context.text("ui.accounts.makePersonalYes"))) {
            return;
        }
        User actor = context.user();
        context.inBackground(dialog, () -> accountUseCases.accounts().makePersonal(actor, selected.name()),
                personal -> reload(personal.name()));
    }

    private void verifySelected() {
        Account selected = list.getSelectedValue();
        if (selected != null) {
            new AccountVerificationDialog(context, accountUseCases, dialog, selected,
                    verified -> reload(verified.name())).open();
        }
    }

    private void testSelected() {
        Account selected = list.getSelectedValue();
        if (selected == null) {
            return;
        }
        User actor = context.user();
        state.setText(context.text("ui.accounts.testing"));
        Swing.busy(dialog, true, test, delete, addPersonal, addInstitution);
        context.background().submit(
                () -> accountUseCases.testSending().start(actor, selected.name(), null, context.messages()).run(),
                outcome -> {
                    Swing.busy(dialog, false, test, delete, addPersonal, addInstitution);
                    selectionChanged();
                    String sending = outcome instanceof SendResult.Failed failed
                            ? context.messages().get(failed.diagnosis().message())
                            : context.text("ui.accounts.testSent", selected.address().toString());
                    state.setText(Swing.wrapped(sending, 520));
                    // The mailbox is part of the account: its Sent-folder copy is tested too.
                    checkMailbox(selected, sending + " ");
                    Swing.growToFit(dialog);
                },
                failure -> {
                    Swing.busy(dialog, false, test, delete, addPersonal, addInstitution);
                    selectionChanged();
                    state.setText(" ");
                    context.errors().report(dialog, failure);
                });
    }

    private void deleteSelected() {
        Account selected = list.getSelectedValue();
        if (selected == null || !Alerts.confirm(dialog, context.messages(),
                context.text("ui.accounts.deleteQuestion", selected.name()), context.text("ui.accounts.delete"))) {
            return;
        }
        User actor = context.user();
        context.inBackground(dialog, () -> {
            accountUseCases.accounts().delete(actor, selected.name());
            return List.of();
        }, done -> reload(null));
    }

    /** The tooltip of a shared account: the users it is shared with, besides the one reading. */
    private String sharedWith(Account account) {
        Details about = details.get(account.id());
        if (!account.isInstitution() || about == null) {
            return null;
        }
        String me = context.user().name();
        List<String> others = about.userNames().stream().filter(n -> !n.equals(me)).sorted(Collator.getInstance())
                .toList();
        if (others.isEmpty()) {
            return context.text(about.userNames().isEmpty() ? "ui.accounts.sharedWithNobody" : "ui.accounts.onlyYou");
        }
        return context.text(others.size() < about.userNames().size() ? "ui.accounts.alsoUsedBy"
                : "ui.accounts.sharedWith", String.join(", ", others));
    }

    /** "Secrétariat <secretariat@…> – institution account – verified", its other users in the tooltip. */
    private final class AccountRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof Account account) {
                setText(context.text("ui.accounts.item", account.name(), account.address().toString(),
                        context.text("ui.accounts.kind." + account.kind().name()),
                        context.text(account.verified() ? "ui.accounts.verified" : "ui.accounts.notVerified"))
                        + (account.isInstitution() && account.userIds().isEmpty()
                                ? context.text("ui.accounts.usableByNobody") : ""));
                setToolTipText(sharedWith(account));
            }
            return this;
        }
    }
}
