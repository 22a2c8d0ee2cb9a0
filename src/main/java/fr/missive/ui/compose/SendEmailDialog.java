package fr.missive.ui.compose;

import fr.missive.app.ValidationException;
import fr.missive.app.compose.EmailDraft;
import fr.missive.app.compose.EmailPlan;
import fr.missive.app.compose.EmailSending;
import fr.missive.model.accounts.Account;
import fr.missive.model.compose.MessageTemplate;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.MergeField;
import fr.missive.model.mail.Attachment;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

/**
 * "Send an e-mail": recipients (contacts, typed addresses), the account it is sent from,
 * subject and body with merge fields, the signature, attachments; saved templates; a preview
 * of one recipient's copy. Send queues every copy in the outbox off the EDT and closes.
 */
public final class SendEmailDialog {

    private final UiContext context;
    private final Window owner;
    private final JDialog dialog;
    private final DefaultListModel<Contact> recipients = new DefaultListModel<>();
    private final JList<Contact> recipientList = new JList<>(recipients);
    private final JTextField others = new JTextField(40);
    private final JLabel skipped = new JLabel(" ");
    private final JComboBox<Choice<Account>> account = new JComboBox<>();
    private final JComboBox<Choice<MessageTemplate>> templates = new JComboBox<>();
    private final JTextField subject = new JTextField(40);
    private final JTextArea body = new JTextArea(10, 60);
    private final SignatureField signature;
    private final DefaultListModel<Path> attachments = new DefaultListModel<>();
    private final JList<Path> attachmentList = new JList<>(attachments);
    private final JButton send;
    /** Where "Insert field" types: the subject or the body, whichever had the focus last. */
    private JTextComponent fieldTarget = body;
    private boolean loadingChoices;

    public SendEmailDialog(UiContext context, Window owner, List<Contact> preselected) {
        this.context = context;
        this.owner = owner;
        this.dialog = new JDialog(owner);
        this.signature = new SignatureField(context, "emailSignature", 3);
        preselected.forEach(recipients::addElement);
        send = Swing.button("emailSend", context.text("ui.compose.send"), this::send);
        build();
    }

    private void build() {
        dialog.setName("sendEmailDialog");
        dialog.setTitle(context.text("ui.compose.title"));
        recipientList.setName("emailRecipients");
        recipientList.setVisibleRowCount(5);
        recipientList.setCellRenderer((list, c, index, selected, focused) -> {
            String text = c.displayName() + c.emailAddress().map(a -> " <" + a + ">").orElse("")
                    + EmailSending.skipReason(c).map(r -> " — " + context.messages().get(r)).orElse("");
            JLabel label = new JLabel(text);
            label.setOpaque(true);
            label.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            label.setForeground(selected ? list.getSelectionForeground()
                    : EmailSending.skipReason(c).isPresent() ? java.awt.Color.GRAY : list.getForeground());
            return label;
        });
        others.setName("emailOthers");
        skipped.setName("emailSkipped");
        account.setName("emailAccount");
        account.addActionListener(e -> accountChanged());
        templates.setName("emailTemplate");
        templates.addActionListener(e -> templateChosen());
        subject.setName("emailSubject");
        body.setName("emailBody");
        body.setLineWrap(true);
        body.setWrapStyleWord(true);
        attachmentList.setName("emailAttachments");
        attachmentList.setVisibleRowCount(2);
        FocusAdapter remember = new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                fieldTarget = (JTextComponent) e.getComponent();
            }
        };
        subject.addFocusListener(remember);
        body.addFocusListener(remember);

        JButton addContacts = Swing.button("emailAddContacts", context.text("ui.compose.addContacts"),
                this::addContacts);
        JButton removeContacts = Swing.button("emailRemoveContacts", context.text("ui.compose.remove"), () -> {
            for (Contact c : recipientList.getSelectedValuesList()) {
                recipients.removeElement(c);
            }
            showSkipped();
        });
        JButton insertField = Swing.button("emailInsertField", context.text("ui.compose.insertField"), () -> { });
        insertField.addActionListener(e -> fieldMenu().show(insertField, 0, insertField.getHeight()));
        JButton saveTemplate = Swing.button("emailSaveTemplate", context.text("ui.compose.saveTemplate"),
                this::saveTemplate);
        JButton attach = Swing.button("emailAttach", context.text("ui.compose.attach"), this::attach);
        JButton removeAttachment = Swing.button("emailRemoveAttachment", context.text("ui.compose.remove"), () ->
                attachmentList.getSelectedValuesList().forEach(attachments::removeElement));
        JButton preview = Swing.button("emailPreview", context.text("ui.compose.preview"), this::preview);
        JButton cancel = Swing.button("emailCancel", context.text("ui.button.cancel"), dialog::dispose);

        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 3, hidemode 3", "[right][grow,fill][fill]",
                "[][top][][][][][][grow,fill][][][][]"));
        p.add(new JLabel(context.text("ui.compose.account")));
        p.add(account, "span 2");
        p.add(new JLabel(context.text("ui.compose.recipients")), "top");
        p.add(new JScrollPane(recipientList));
        p.add(addContacts, "split 2, flowy, top, sizegroup side");
        p.add(removeContacts, "sizegroup side");
        p.add(new JLabel(""));
        p.add(skipped, "span 2");
        p.add(Swing.label(context.text("ui.compose.others"), others));
        p.add(others, "span 2");
        p.add(new JLabel(""));
        p.add(Swing.hint(context.text("ui.compose.othersHint")), "span 2");
        p.add(new JLabel(context.text("ui.compose.template")));
        p.add(templates);
        p.add(saveTemplate, "sizegroup side");
        p.add(Swing.label(context.text("ui.compose.subject"), subject));
        p.add(subject);
        p.add(insertField, "sizegroup side");
        p.add(Swing.label(context.text("ui.compose.body"), body), "top");
        p.add(new JScrollPane(body), "span 2");
        p.add(new JLabel(context.text("ui.compose.signature")));
        p.add(signature.combo(), "span 2");
        p.add(new JLabel(""));
        p.add(new JScrollPane(signature.text()), "span 2");
        p.add(new JLabel(context.text("ui.compose.attachments")), "top");
        p.add(new JScrollPane(attachmentList));
        p.add(attach, "split 2, flowy, top, sizegroup side");
        p.add(removeAttachment, "sizegroup side");
        p.add(Swing.buttonBar(send, cancel, preview), "span 3, growx, gaptop 12");
        dialog.setContentPane(p);
        Swing.keys(dialog, null, dialog::dispose);
        showSkipped();
    }

    public void open() {
        User user = context.user();
        loadingChoices = true;
        context.inBackground(dialog, () -> new Choices(context.services().accounts().list(user).stream()
                .filter(a -> a.usableBy(user.id())).toList(),
                context.services().accounts().preferredFor(user),
                context.services().messageTemplates().list(user)), choices -> {
                    choices.accounts().forEach(a -> account.addItem(new Choice<>(a, a.name() + " <" + a.address()
                            + ">")));
                    choices.preferred().ifPresent(a -> selectAccount(a.id()));
                    showTemplates(choices.templates(), null);
                    loadingChoices = false;
                    accountChanged();
                });
        dialog.pack();
        dialog.setModal(false);
        Swing.showCentred(dialog, owner, subject);
    }

    private record Choices(List<Account> accounts, Optional<Account> preferred, List<MessageTemplate> templates) {
    }

    private void selectAccount(long id) {
        for (int i = 0; i < account.getItemCount(); i++) {
            if (account.getItemAt(i).value().id() == id) {
                account.setSelectedIndex(i);
            }
        }
    }

    private void showTemplates(List<MessageTemplate> saved, String select) {
        boolean wasLoading = loadingChoices;
        loadingChoices = true;
        templates.removeAllItems();
        templates.addItem(new Choice<>(null, context.text("ui.compose.noTemplate")));
        for (MessageTemplate t : saved) {
            templates.addItem(new Choice<>(t, t.designation()));
            if (t.designation().equals(select)) {
                templates.setSelectedIndex(templates.getItemCount() - 1);
            }
        }
        loadingChoices = wasLoading;
    }

    private void templateChosen() {
        MessageTemplate t = Swing.selected(templates);
        if (loadingChoices || t == null) {
            return;
        }
        subject.setText(t.subject());
        body.setText(t.body());
    }

    /** The signatures offered follow the account: an institution account's own come first. */
    private void accountChanged() {
        if (loadingChoices) {
            return;
        }
        signature.loadFor(dialog, Swing.selected(account));
    }

    private void showSkipped() {
        List<String> left = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            Contact c = recipients.get(i);
            EmailSending.skipReason(c).ifPresent(r -> left.add(c.displayName() + " (" + context.messages().get(r)
                    + ")"));
        }
        skipped.setText(left.isEmpty() ? context.text("ui.compose.recipientCount", recipients.size())
                : context.text("ui.compose.skipped", left.size(), String.join(", ", left)));
        skipped.setToolTipText(String.join("\n", left));
    }

    private JPopupMenu fieldMenu() {
        JPopupMenu menu = new JPopupMenu();
        menu.setName("emailFieldMenu");
        for (MergeField field : MergeField.values()) {
            JMenuItem item = new JMenuItem(context.text(field.labelKey()));
            item.setName("emailField." + field.fieldName());
            item.addActionListener(e -> {
                fieldTarget.replaceSelection("{{" + field.fieldName() + "}}");
                fieldTarget.requestFocusInWindow();
            });
            menu.add(item);
        }
        return menu;
    }

    private void addContacts() {
        ContactPicker.addTo(context, dialog, recipients, this::showSkipped);
    }

    private void attach() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("emailAttachChooser");
        chooser.setLocale(context.messages().locale());
        chooser.updateUI();
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showOpenDialog(dialog) == JFileChooser.APPROVE_OPTION) {
            for (java.io.File f : chooser.getSelectedFiles()) {
                attachments.addElement(f.toPath());
            }
        }
    }

    /** Adds a file as the attach button would; for callers that already have the path. */
    public void attach(Path file) {
        attachments.addElement(file);
    }

    private void saveTemplate() {
        MessageTemplate current = Swing.selected(templates);
        String designation = TemplateNameDialog.ask(context, dialog,
                current == null ? subject.getText().strip() : current.designation());
        if (designation == null) {
            return;
        }
        User user = context.user();
        String s = subject.getText();
        String b = body.getText();
        context.inBackground(dialog, () -> {
            MessageTemplate saved = context.services().messageTemplates().save(user, designation, s, b);
            return new Object[] {saved, context.services().messageTemplates().list(user)};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<MessageTemplate> all = (List<MessageTemplate>) result[1];
            showTemplates(all, ((MessageTemplate) result[0]).designation());
        });
    }

    private List<Contact> recipientContacts() {
        List<Contact> list = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            list.add(recipients.get(i));
        }
        return list;
    }

    /** The form as a draft; the attachments are read by the caller, off the EDT. */
    private EmailDraft draft(List<Attachment> files) {
        Account chosen = Swing.selected(account);
        return new EmailDraft(chosen == null ? null : chosen.name(), recipientContacts(), others.getText(),
                subject.getText(), body.getText(), signature.text().getText(), files, context.messages().locale(),
                signature.selected());
    }

    private void preview() {
        EmailDraft draft = draft(List.of());
        User user = context.user();
        context.inBackground(dialog, () -> context.services().emailSending().plan(user, draft),
                plan -> new PreviewDialog(context, dialog, plan, attachments.size()).open());
    }

    private void send() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            files.add(attachments.get(i));
        }
        EmailDraft withoutFiles = draft(List.of());
        User user = context.user();
        Swing.busy(dialog, true, send);
        context.background().submit(() -> {
            List<Attachment> read = new ArrayList<>();
            for (Path f : files) {
                String type = URLConnection.guessContentTypeFromName(f.getFileName().toString());
                read.add(new Attachment(f.getFileName().toString(), type == null ? "application/octet-stream" : type,
                        Files.readAllBytes(f)));
            }
            return context.services().emailSending().send(user, withoutFiles.withAttachments(read));
        }, this::sent, failure -> {
            Swing.busy(dialog, false, send);
            context.errors().report(dialog, failure);
            focusFieldAtFault(failure);
        });
    }

    /** Back in the form after the message box, on the input to correct; nothing typed is lost. */
    private void focusFieldAtFault(Throwable failure) {
        dialog.toFront();
        java.awt.Component field = subject;
        if (ErrorReporter.unwrap(failure) instanceof ValidationException invalid && !invalid.errors().isEmpty()) {
            field = switch (invalid.errors().get(0).field()) {
                case "others" -> others;
                case "recipients" -> recipientList;
                default -> subject;
            };
        }
        field.requestFocusInWindow();
    }

    private void sent(EmailPlan plan) {
        dialog.dispose();
        if (!plan.skipped().isEmpty()) {
            String names = plan.skipped().stream().map(s -> s.contact().displayName() + " ("
                    + context.messages().get(s.reason()) + ")").collect(Collectors.joining("\n"));
            Alerts.info(owner, context.messages(), context.text("ui.compose.queuedWithSkipped",
                    plan.messages().size(), plan.skipped().size(), names));
        }
    }
}
