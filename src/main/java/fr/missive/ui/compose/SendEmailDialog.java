package fr.missive.ui.compose;

import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.compose.AttachmentFiles;
import fr.missive.app.compose.EmailDraft;
import fr.missive.app.compose.EmailPlan;
import fr.missive.model.compose.MessageTemplate;
import fr.missive.model.contacts.Contact;
import fr.missive.model.mail.Attachment;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.MnemonicPicker;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * "Send an e-mail": recipients (contacts, typed addresses), the account it is sent from,
 * subject and body with merge fields, the signature, attachments; saved templates; a preview
 * of one recipient's copy. Send queues every copy in the outbox off the EDT and closes.
 */
public final class SendEmailDialog {

    private final UiContext context;
    private fr.missive.ui.common.BouncedAddressWarning bounced = new fr.missive.ui.common.BouncedAddressWarning(null, null);
    private final ContactUseCases contactUseCases;
    private final AccountUseCases accountUseCases;
    private final ComposeUseCases composeUseCases;
    private final Window owner;
    private final JDialog dialog;
    private final RecipientFields recipients;
    private final SenderFields sender;
    private final MessageFields message;
    private final JComboBox<Choice<MessageTemplate>> templates = new JComboBox<>();
    private final FilesField attachments;
    private final JButton send;
    private final ReadReceiptField readReceipt;
    private boolean loadingTemplates;
    private final DiscardCheck discard;
    /** The background loads that fill the form after it opens (sender and templates) not finished yet. */
    private int fillsPending = 2;

    public SendEmailDialog(UiContext context, ContactUseCases contactUseCases, AccountUseCases accountUseCases,
            ComposeUseCases composeUseCases, Window owner, List<Contact> preselected) {
        this.context = context;
        this.contactUseCases = contactUseCases;
        this.accountUseCases = accountUseCases;
        this.composeUseCases = composeUseCases;
        this.owner = owner;
        this.dialog = new JDialog(owner);
        this.discard = DiscardCheck.on(dialog, context::messages);
        recipients = new RecipientFields(context, contactUseCases, dialog, "email", preselected,
                context.text("ui.compose.othersHint"));
        sender = new SenderFields(context, accountUseCases, composeUseCases, dialog, "email");
        message = new MessageFields(context, "email", 10);
        attachments = new FilesField(context, dialog, "ui.compose.attach", 2,
                "emailAttachments", "emailAttach", "emailRemoveAttachment", "emailAttachChooser");
        send = Swing.button("emailSend", context.text("ui.compose.send"), this::send);
        readReceipt = new ReadReceiptField(context, "email");
        build();
    }

    private void build() {
        dialog.setName("sendEmailDialog");
        dialog.setTitle(context.text("ui.compose.title"));
        templates.setName("emailTemplate");
        templates.addActionListener(e -> templateChosen());

        JButton saveTemplate = Swing.button("emailSaveTemplate", context.text("ui.compose.saveTemplate"),
                this::saveTemplate);
        JButton preview = Swing.button("emailPreview", context.text("ui.compose.preview"), this::preview);
        JButton cancel = Swing.button("emailCancel", context.text("ui.button.cancel"), discard::close);
        MnemonicPicker.reachedByEscape(cancel);

        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 3, hidemode 3", "[right][grow,fill][fill]",
                "[][top][][][][][][grow,fill][][][][]"));
        sender.addAccountRow(p);
        recipients.addTo(p);
        p.add(Swing.label(context.text("ui.compose.template"), templates));
        p.add(templates);
        p.add(saveTemplate, "sizegroup side");
        message.addTo(p);
        sender.addSignatureRows(p);
        attachments.addTo(p, context.text("ui.compose.attachments"));
        readReceipt.addTo(p);
        p.add(Swing.buttonBar(send, cancel, preview), "span 3, growx, gaptop 12");
        dialog.setContentPane(p);
        Swing.keys(dialog, null, discard::close);
    }

    public void open() {
        User user = context.user();
        sender.load(this::filled);
        loadingTemplates = true;
        context.inBackground(dialog, () -> composeUseCases.messageTemplates().list(user), saved -> {
            showTemplates(saved, null);
            loadingTemplates = false;
            filled();
        });
        dialog.pack();
        dialog.setModal(false);
        Swing.showCentred(dialog, owner, message.focusFirst());
    }

    /** What the form holds once filled (the signature, the templates) is what an untouched dialog holds. */
    private void filled() {
        if (--fillsPending == 0) {
            discard.unchangedNow();
        }
    }

    private void showTemplates(List<MessageTemplate> saved, String select) {
        boolean wasLoading = loadingTemplates;
        loadingTemplates = true;
        templates.removeAllItems();
        templates.addItem(new Choice<>(null, context.text("ui.compose.noTemplate")));
        for (MessageTemplate t : saved) {
            templates.addItem(new Choice<>(t, t.designation()));
            if (t.designation().equals(select)) {
                templates.setSelectedIndex(templates.getItemCount() - 1);
            }
        }
        loadingTemplates = wasLoading;
    }

    private void templateChosen() {
        MessageTemplate t = Swing.selected(templates);
        if (loadingTemplates || t == null) {
            return;
        }
        message.set(t.subject(), t.body());
    }

    /** Adds a file as the attach button would; for callers that already have the path. */
    public void attach(Path file) {
        attachments.add(file);
    }

    private void saveTemplate() {
        MessageTemplate current = Swing.selected(templates);
        String designation = TemplateNameDialog.ask(context, dialog,
                current == null ? message.subject().strip() : current.designation());
        if (designation == null) {
            return;
        }
        User user = context.user();
        String s = message.subject();
        String b = message.body();
        context.inBackground(dialog, () -> {
            MessageTemplate saved = composeUseCases.messageTemplates().save(user, designation, s, b);
            return new Object[] {saved, composeUseCases.messageTemplates().list(user)};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<MessageTemplate> all = (List<MessageTemplate>) result[1];
            showTemplates(all, ((MessageTemplate) result[0]).designation());
        });
    }

    /** The form as a draft; the attachments are read by the caller, off the EDT. */
    private EmailDraft draft(List<Attachment> files) {
        return new EmailDraft(sender.accountName(), recipients.contacts(), recipients.others(), message.subject(),
                message.body(), sender.signatureText(), files, context.messages().locale(), sender.signature(),
                readReceipt.asked());
    }

    private void preview() {
        EmailDraft draft = draft(List.of());
        User user = context.user();
        context.inBackground(dialog, () -> composeUseCases.emailSending().plan(user, draft),
                plan -> new PreviewDialog(context, dialog, plan, attachments.size()).open());
    }

    /** Warns before sending to the addresses that bounced before (none warned of without it). */
    public SendEmailDialog warningBounced(fr.missive.app.returns.ReturnsService returns) {
        bounced = new fr.missive.ui.common.BouncedAddressWarning(context, returns);
        return this;
    }

    private void send() {
        bounced.check(dialog, recipients.contacts(), recipients.others(), false, (answer, marked) -> {
            if (answer == fr.missive.ui.common.BouncedAddressWarning.Answer.SEND_ANYWAY) {
                sendNow();
            }
        });
    }

    private void sendNow() {
        List<Path> files = attachments.paths();
        EmailDraft withoutFiles = draft(List.of());
        User user = context.user();
        Swing.busy(dialog, true, send);
        context.background().submit(() -> {
            List<Attachment> read = new ArrayList<>();
            for (Path f : files) {
                read.add(AttachmentFiles.read(f));
            }
            return composeUseCases.emailSending().send(user, withoutFiles.withAttachments(read));
        }, this::sent, failure -> {
            Swing.busy(dialog, false, send);
            context.errors().report(dialog, failure);
            focusFieldAtFault(failure);
        });
    }

    private void focusFieldAtFault(Throwable failure) {
        FieldAtFault.focus(dialog, failure, message.subjectField(), Map.of("others", recipients.othersField(),
                "recipients", recipients.list()));
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
