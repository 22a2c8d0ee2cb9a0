package fr.missive.ui.compose;

import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.compose.DocumentDraft;
import fr.missive.model.contacts.Contact;
import fr.missive.model.users.User;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.FileChoosers;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * "Send a document": files for every recipient and/or, from a folder, each recipient's own
 * file found by their name (a report card), with the account, subject, message with merge
 * fields and signature of "Send an e-mail". "Check and send…" shows the summary (who gets
 * which file, who is left out and why, files matching nobody, size warnings) before anything
 * is queued.
 */
public final class SendDocumentDialog {

    private final UiContext context;
    private final ContactUseCases contactUseCases;
    private final AccountUseCases accountUseCases;
    private final ComposeUseCases composeUseCases;
    private final Window owner;
    private final JDialog dialog;
    private final RecipientFields recipients;
    private final SenderFields sender;
    private final MessageFields message;
    private final FilesField files;
    private final JCheckBox perRecipient = new JCheckBox();
    private final JTextField folder = new JTextField(30);
    private final JButton chooseFolder;
    private final JButton next;
    private final DiscardCheck discard;

    public SendDocumentDialog(UiContext context, ContactUseCases contactUseCases, AccountUseCases accountUseCases,
            ComposeUseCases composeUseCases, Window owner, List<Contact> preselected) {
        this.context = context;
        this.contactUseCases = contactUseCases;
        this.accountUseCases = accountUseCases;
        this.composeUseCases = composeUseCases;
        this.owner = owner;
        this.dialog = new JDialog(owner);
        this.discard = DiscardCheck.on(dialog, context::messages);
        recipients = new RecipientFields(context, contactUseCases, dialog, "document", preselected,
                context.text("ui.document.othersHint"));
        sender = new SenderFields(context, accountUseCases, composeUseCases, dialog, "document");
        message = new MessageFields(context, "document", 6);
        files = new FilesField(context, dialog, "ui.document.addFiles", 3,
                "documentFiles", "documentAddFiles", "documentRemoveFiles", "documentFileChooser").namesOnly();
        chooseFolder = Swing.button("documentChooseFolder", context.text("ui.document.chooseFolder"),
                this::chooseFolder);
        next = Swing.button("documentNext", context.text("ui.document.next"), this::check);
        build();
    }

    private void build() {
        dialog.setName("sendDocumentDialog");
        dialog.setTitle(context.text("ui.document.title"));
        perRecipient.setName("documentPerRecipient");
        perRecipient.setText(context.text("ui.document.perRecipient"));
        perRecipient.addActionListener(e -> perRecipientChanged());
        folder.setName("documentFolder");
        JButton cancel = Swing.button("documentCancel", context.text("ui.button.cancel"), discard::close);

        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 3, hidemode 3", "[right][grow,fill][fill]",
                "[][top][][][][top][][][][][grow,fill][][]"));
        sender.addAccountRow(p);
        recipients.addTo(p);
        files.addTo(p, context.text("ui.document.files"));
        p.add(new JLabel(""));
        p.add(perRecipient, "span 2");
        p.add(Swing.label(context.text("ui.document.folder"), folder));
        p.add(folder);
        p.add(chooseFolder, "sizegroup side");
        p.add(new JLabel(""));
        p.add(Swing.hint(context.text("ui.document.folderHint")), "span 2");
        message.addTo(p);
        sender.addSignatureRows(p);
        p.add(Swing.buttonBar(next, cancel), "span 3, growx, gaptop 12");
        dialog.setContentPane(p);
        Swing.keys(dialog, null, discard::close);
        perRecipientChanged();
    }

    public void open() {
        // The signature is filled after the dialog opens: an untouched dialog holds it too.
        sender.load(discard::unchangedNow);
        dialog.pack();
        dialog.setModal(false);
        Swing.showCentred(dialog, owner, message.focusFirst());
    }

    /** Chooses the folder of per-recipient files, as the folder button would; for callers that already have it. */
    public void useFolder(Path chosen) {
        perRecipient.setSelected(true);
        folder.setText(chosen.toString());
        perRecipientChanged();
    }

    /** Adds a file for everyone, as "Add files…" would. */
    public void attach(Path file) {
        files.add(file);
    }

    private void perRecipientChanged() {
        folder.setEnabled(perRecipient.isSelected());
        chooseFolder.setEnabled(perRecipient.isSelected());
    }

    private void chooseFolder() {
        FileChoosers.folder(dialog, context.messages(), "documentFolderChooser", folder.getText(), null)
                .ifPresent(this::useFolder);
    }

    private DocumentDraft draft() {
        Path perRecipientFolder = perRecipient.isSelected() && !folder.getText().isBlank()
                ? Path.of(folder.getText().strip()) : null;
        return new DocumentDraft(sender.accountName(), recipients.contacts(), recipients.others(), files.paths(),
                perRecipientFolder, message.subject(), message.body(), sender.signatureText(),
                context.messages().locale(), sender.signature());
    }

    /** Plans off the EDT (the folder is read, each copy merged), then shows the summary to confirm. */
    private void check() {
        if (perRecipient.isSelected() && folder.getText().isBlank()) {
            chooseFolder();
            if (folder.getText().isBlank()) {
                return;
            }
        }
        DocumentDraft draft = draft();
        User user = context.user();
        Swing.busy(dialog, true, next);
        context.background().submit(() -> composeUseCases.documentSending().plan(user, draft), plan -> {
            Swing.busy(dialog, false, next);
            new DocumentSummaryDialog(context, composeUseCases, dialog, draft, plan, dialog::dispose).open();
        }, failure -> {
            Swing.busy(dialog, false, next);
            context.errors().report(dialog, failure);
            focusFieldAtFault(failure);
        });
    }

    private void focusFieldAtFault(Throwable failure) {
        FieldAtFault.focus(dialog, failure, message.subjectField(), Map.of("others", recipients.othersField(),
                "recipients", recipients.list(), "files", files.list(), "folder", folder));
    }
}
