package fr.missive.ui.accounts;

import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.accounts.WorkstationDraft;
import fr.missive.model.accounts.DispatchingProfile;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.accounts.WorkstationSettings;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SuggestedFix;
import fr.missive.model.users.User;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.Arrays;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Configuration > Workstation e-mail settings (administrators): the SMTP server of this PC — a
 * dispatching profile or its own settings —, the sender name and address, the authorised domains
 * with their rule in one sentence, and a real test of the sending of e-mail with the settings as
 * typed, before or without saving them.
 */
public final class WorkstationSettingsDialog {

    /** What the window reads off the EDT before showing the settings. */
    private record Loaded(WorkstationSettings settings, List<DispatchingProfile> profiles, boolean hasPassword) {
    }

    private final UiContext context;
    private final AccountUseCases accountUseCases;
    private final JDialog dialog;
    /** Asks before what was typed is lost. */
    private final DiscardCheck discard;
    private final FieldErrors errors;
    private final JComboBox<Choice<SettingsSource>> source = new JComboBox<>();
    private final JComboBox<String> profile = new JComboBox<>();
    private final JLabel profileLabel;
    private final SmtpSettingsForm server;
    private final JTextField senderName = new JTextField(24);
    private final JTextField senderAddress = new JTextField(24);
    private final JTextField domains = new JTextField(24);
    private final SendingTestPanel testPanel;
    private final JButton save;
    private final JButton close;

    public WorkstationSettingsDialog(UiContext context, AccountUseCases accountUseCases, Window owner) {
        this.context = context;
        this.accountUseCases = accountUseCases;
        this.dialog = new JDialog(owner);
        this.discard = DiscardCheck.on(dialog, context::messages, this::closeDialog);
        this.errors = new FieldErrors(context::messages);
        server = new SmtpSettingsForm(context, errors, "workstation");
        testPanel = new SendingTestPanel(context, dialog, errors, "workstation", "ui.workstation.fieldAtFault",
                this::runTest, this::applyFix);
        save = Swing.button("workstationSave", context.text("ui.button.save"), this::save);
        close = Swing.button("workstationClose", context.text("ui.button.close"), discard::close);
        source.addItem(new Choice<>(SettingsSource.PROFILE, context.text("ui.workstation.source.PROFILE")));
        source.addItem(new Choice<>(SettingsSource.OWN, context.text("ui.workstation.source.OWN")));
        Swing.select(source, SettingsSource.OWN);
        source.addActionListener(e -> sourceChanged());

        dialog.setName("workstationDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.workstation.title"));
        // Two columns, the server on the left, the sender and the test on the right: short enough
        // for a laptop screen.
        JPanel serverForm = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        SmtpSettingsForm.FormRows serverRows = new SmtpSettingsForm.FormRows(context, errors, serverForm);
        serverForm.add(Swing.section(context.text("ui.workstation.server")), "span 2, growx");
        serverRows.add("ui.accounts.source", "source", "workstation.source", source);
        profileLabel = serverRows.add("ui.accounts.profile", "profile", "workstation.profile", profile);
        server.addTo(serverForm);

        JPanel senderForm = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        SmtpSettingsForm.FormRows senderRows = new SmtpSettingsForm.FormRows(context, errors, senderForm);
        senderForm.add(Swing.section(context.text("ui.workstation.sender")), "span 2, growx");
        senderRows.add("ui.workstation.senderName", "senderName", "workstation.senderName", senderName);
        senderRows.add("ui.workstation.senderAddress", "senderAddress", "workstation.senderAddress", senderAddress);
        senderRows.add("ui.workstation.domains", "authorisedDomains", "workstation.authorisedDomains", domains);
        JLabel rule = Swing.wrappedHint(context.text("ui.workstation.domainsRule"), 300);
        rule.setName("workstationDomainsRule");
        senderForm.add(rule, "skip 1");
        senderForm.add(Swing.section(context.text("ui.accounts.test")), "span 2, growx, gaptop 8");
        testPanel.addTo(senderForm);

        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[grow,fill]24[grow,fill]", "[grow,fill][]"));
        content.add(serverForm, "top");
        content.add(senderForm, "top, wrap");
        content.add(Swing.buttonBar(save, close), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, save, discard::close);
    }

    public void open() {
        Swing.busy(dialog, true, save, testPanel.button());
        context.inBackground(dialog, () -> new Loaded(accountUseCases.workstation().get(),
                accountUseCases.profiles().list(), accountUseCases.workstation().hasPassword()),
                this::show);
        sourceChanged();
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), source);
    }

    private void show(Loaded loaded) {
        WorkstationSettings settings = loaded.settings();
        loaded.profiles().forEach(p -> profile.addItem(p.name()));
        if (loaded.profiles().isEmpty()) {
            // Nothing to choose from: the administrator adds profiles in their own window.
            source.removeItemAt(0);
        }
        if (settings.profileId() != null) {
            Swing.select(source, SettingsSource.PROFILE);
            loaded.profiles().stream().filter(p -> p.id().equals(settings.profileId())).findFirst()
                    .ifPresent(p -> profile.setSelectedItem(p.name()));
        } else {
            Swing.select(source, SettingsSource.OWN);
        }
        if (settings.smtp() != null) {
            server.fill(settings.smtp());
        }
        server.showPasswordKept(loaded.hasPassword() && settings.profileId() == null && settings.smtp() != null);
        senderName.setText(settings.senderName());
        senderAddress.setText(settings.senderAddress() == null ? "" : settings.senderAddress().toString());
        domains.setText(String.join(", ", settings.authorisedDomains()));
        sourceChanged();
        Swing.busy(dialog, false, save, testPanel.button());
        discard.unchangedNow();
    }

    private void sourceChanged() {
        boolean fromProfile = Swing.selected(source) == SettingsSource.PROFILE;
        server.setVisible(!fromProfile);
        profile.getParent().setVisible(fromProfile);
        profileLabel.setVisible(fromProfile);
        Swing.growToFit(dialog);
    }

    /** A new draft each time: the use case wipes the password it is given. */
    private WorkstationDraft draft() {
        boolean fromProfile = Swing.selected(source) == SettingsSource.PROFILE;
        String profileName = fromProfile ? (String) profile.getSelectedItem() : null;
        SmtpDraft smtp = fromProfile ? null : server.draft(true);
        List<String> typedDomains = Arrays.stream(domains.getText().split("[,;\\s]+"))
                .map(String::strip).filter(d -> !d.isEmpty()).toList();
        return new WorkstationDraft(profileName, smtp, senderName.getText(), senderAddress.getText().strip(),
                typedDomains);
    }

    private void runTest() {
        WorkstationDraft draft = draft();
        String recipient = testPanel.recipient();
        User actor = context.user();
        testPanel.run(() -> accountUseCases.serverChecks().workstation(actor, draft, recipient, context.messages()),
                (run, outcome) -> {
                    if (outcome instanceof SendResult.Sent) {
                        testPanel.showSent(recipient.isBlank() ? senderAddressOrOwn(actor) : recipient);
                    }
                },
                failure -> errors.showOrReport(dialog, failure, context.errors()), save, close);
    }

    private String senderAddressOrOwn(User actor) {
        String typed = senderAddress.getText().strip();
        return !typed.isEmpty() || actor.email() == null ? typed : actor.email().toString();
    }

    private void applyFix(SuggestedFix fix) {
        Swing.select(source, SettingsSource.OWN);
        server.fill(fix.settings());
        runTest();
    }

    private void save() {
        errors.clear();
        WorkstationDraft draft = draft();
        User actor = context.user();
        Swing.busy(dialog, true, save, close, testPanel.button());
        context.background().submit(() -> accountUseCases.workstation().set(actor, draft), saved -> {
            server.clearPassword();
            dialog.dispose();
        }, failure -> {
            Swing.busy(dialog, false, save, close, testPanel.button());
            errors.showOrReport(dialog, failure, context.errors());
        });
    }

    private void closeDialog() {
        testPanel.cancel();
        server.clearPassword();
        dialog.dispose();
    }
}
