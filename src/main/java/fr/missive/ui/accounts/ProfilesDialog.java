package fr.missive.ui.accounts;

import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.accounts.ProfileService;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.model.accounts.DispatchingProfile;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SuggestedFix;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.Window;
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
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * Configuration > Dispatching profiles (administrators): named SMTP settings users recover when
 * they set up their account. List, add, change, test with the settings as typed, and delete a
 * profile no account uses — the window says which accounts use one, and then keeps it.
 */
public final class ProfilesDialog {

    /** A profile with who uses it and whether a password is stored for it, read off the EDT. */
    private record Row(DispatchingProfile profile, ProfileService.Usage usage, boolean hasPassword) {
    }

    private final UiContext context;
    private final AccountUseCases accountUseCases;
    private final JDialog dialog;
    private final FieldErrors errors;
    private final DefaultListModel<DispatchingProfile> profiles = new DefaultListModel<>();
    private final JList<DispatchingProfile> list = new JList<>(profiles);
    private final Map<Long, Row> rows = new HashMap<>();
    private final JLabel formTitle = new JLabel();
    private final JTextField name = new JTextField(22);
    private final SmtpSettingsForm server;
    private final JLabel usage = new JLabel(" ");
    private final SendingTestPanel testPanel;
    private final JButton add;
    private final JButton delete;
    private final JButton save;
    private final JButton close;
    /** The profile in the form; null while a new one is typed. */
    private DispatchingProfile editing;
    private final DiscardCheck discard;

    public ProfilesDialog(UiContext context, AccountUseCases accountUseCases, Window owner) {
        this.context = context;
        this.accountUseCases = accountUseCases;
        this.dialog = new JDialog(owner);
        this.discard = DiscardCheck.on(dialog, context::messages, this::closeDialog);
        this.errors = new FieldErrors(context::messages);
        server = new SmtpSettingsForm(context, errors, "profile");
        testPanel = new SendingTestPanel(context, dialog, errors, "profile", "ui.workstation.fieldAtFault",
                this::runTest, this::applyFix);
        add = Swing.button("profileAdd", context.text("ui.profiles.add"), this::startNew);
        delete = Swing.button("profileDelete", context.text("ui.profiles.delete"), this::deleteSelected);
        save = Swing.button("profileSave", context.text("ui.button.save"), this::save);
        close = Swing.button("profilesClose", context.text("ui.button.close"), discard::close);
        build();
    }

    private void build() {
        dialog.setName("profilesDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.profiles.title"));
        list.setName("profilesList");
        ReadAloud.named(list, context.text("ui.a11y.profiles.list"));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new ProfileRenderer());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
                edit(list.getSelectedValue());
            }
        });
        usage.setName("profileUsage");
        JPanel left = new JPanel(new MigLayout("insets 0, fill, wrap 2", "[grow,fill][grow,fill]", "[grow,fill][]"));
        left.add(new JScrollPane(list), "span 2, w 300!, h 240:320");
        left.add(add);
        left.add(delete);

        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        formTitle.putClientProperty("FlatLaf.styleClass", "h4");
        form.add(formTitle, "span 2, left, gapbottom 6");
        new SmtpSettingsForm.FormRows(context, errors, form).add("ui.profiles.name", "name", "profile.name", name);
        server.addTo(form);
        form.add(usage, "span 2, left, gaptop 4");
        form.add(Swing.section(context.text("ui.accounts.test")), "span 2, growx, gaptop 8");
        testPanel.addTo(form);
        form.add(Swing.buttonBar(save, null), "span 2, growx, gaptop 8");

        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[][grow,fill]", "[grow,fill][]"));
        content.add(left, "top");
        content.add(form, "top, gapleft 16, wrap");
        content.add(Swing.buttonBar(null, close), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, save, discard::close);
    }

    public void open() {
        startNew();
        reload(null);
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), name);
    }

    private void reload(String selectName) {
        context.inBackground(dialog, () -> accountUseCases.profiles().list().stream()
                .map(p -> new Row(p, accountUseCases.profiles().usage(p), accountUseCases.profiles().hasPassword(p)))
                .toList(), all -> {
                    profiles.clear();
                    rows.clear();
                    for (Row row : all) {
                        rows.put(row.profile().id(), row);
                        profiles.addElement(row.profile());
                    }
                    all.stream().filter(r -> r.profile().name().equals(selectName)).findFirst()
                            .ifPresent(r -> list.setSelectedValue(r.profile(), true));
                });
    }

    private void startNew() {
        list.clearSelection();
        editing = null;
        errors.clear();
        testPanel.clearOutcome();
        formTitle.setText(context.text("ui.profiles.newTitle"));
        name.setText("");
        server.clear();
        usage.setText(" ");
        delete.setEnabled(false);
        name.requestFocusInWindow();
        discard.unchangedNow();
    }

    private void edit(DispatchingProfile profile) {
        editing = profile;
        errors.clear();
        testPanel.clearOutcome();
        Row row = rows.get(profile.id());
        formTitle.setText(context.text("ui.profiles.editTitle", profile.name()));
        name.setText(profile.name());
        server.clear();
        server.fill(profile.smtp());
        server.showPasswordKept(row != null && row.hasPassword());
        usage.setText(Swing.wrapped(usageText(row), 380));
        delete.setEnabled(row != null && !row.usage().inUse());
        delete.setToolTipText(row != null && row.usage().inUse() ? context.text("ui.profiles.deleteInUse") : null);
        Swing.growToFit(dialog);
        discard.unchangedNow();
    }

    private String usageText(Row row) {
        if (row == null || !row.usage().inUse()) {
            return context.text("ui.profiles.unused");
        }
        String text = row.usage().accounts().isEmpty() ? ""
                : context.text("ui.profiles.usedBy", String.join(", ", row.usage().accounts()));
        if (row.usage().workstation()) {
            text = (text.isEmpty() ? "" : text + " ") + context.text("ui.profiles.usedByWorkstation");
        }
        return text;
    }

    private void runTest() {
        SmtpDraft draft = server.draft(editing != null);
        String current = editing == null ? null : editing.name();
        String recipient = testPanel.recipient();
        User actor = context.user();
        testPanel.run(() -> accountUseCases.serverChecks().profile(actor, current, draft, recipient,
                context.messages()), (run, outcome) -> {
                    if (outcome instanceof SendResult.Sent) {
                        testPanel.showSent(recipient.isBlank() && actor.email() != null ? actor.email().toString()
                                : recipient);
                    }
                }, failure -> errors.showOrReport(dialog, failure, context.errors()), save, add, delete, close);
    }

    private void applyFix(SuggestedFix fix) {
        server.fill(fix.settings());
        runTest();
    }

    private void save() {
        errors.clear();
        SmtpDraft draft = server.draft(editing != null);
        String newName = name.getText();
        DispatchingProfile target = editing;
        User actor = context.user();
        Swing.busy(dialog, true, save, add, delete, close);
        context.background().submit(() -> target == null ? accountUseCases.profiles().add(actor, newName, draft)
                        : accountUseCases.profiles().update(actor, target.name(), newName, draft),
                saved -> {
                    Swing.busy(dialog, false, save, add, delete, close);
                    server.clearPassword();
                    discard.unchangedNow();
                    reload(saved.name());
                },
                failure -> {
                    Swing.busy(dialog, false, save, add, delete, close);
                    delete.setEnabled(editing != null && !rows.get(editing.id()).usage().inUse());
                    errors.showOrReport(dialog, failure, context.errors());
                });
    }

    private void deleteSelected() {
        DispatchingProfile target = editing;
        if (target == null || !Alerts.confirm(dialog, context.messages(),
                context.text("ui.profiles.deleteQuestion", target.name()), context.text("ui.profiles.delete"))) {
            return;
        }
        User actor = context.user();
        context.inBackground(dialog, () -> {
            accountUseCases.profiles().delete(actor, target.name());
            return List.of();
        }, done -> {
            startNew();
            reload(null);
        });
    }

    private void closeDialog() {
        testPanel.cancel();
        server.clearPassword();
        dialog.dispose();
    }

    /** "Rectorat – smtp.ac-lyon.fr": the port and security are in the form. */
    private final class ProfileRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof DispatchingProfile p) {
                setText(context.text("ui.profiles.item", p.name(), p.smtp().host()));
            }
            return this;
        }
    }
}
