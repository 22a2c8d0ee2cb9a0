package fr.missive.ui.compose;

import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.compose.DocumentDraft;
import fr.missive.app.compose.DocumentPlan;
import fr.missive.app.compose.EmailPlan.PersonalMessage;
import fr.missive.app.outbox.ProviderLimits;
import fr.missive.model.users.User;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * What "Send a document" will do, before anything is queued: how many e-mails, which file goes
 * to whom, who gets nothing and why, the files matching nobody, warnings; and any recipient's
 * copy as it will be sent. Send queues everything off the EDT and closes the form at once.
 */
final class DocumentSummaryDialog {

    private final UiContext context;
    private final ComposeUseCases composeUseCases;
    private final JDialog dialog;
    private final DocumentDraft draft;
    private final DocumentPlan plan;
    private final Runnable closeForm;
    private final JButton send;

    DocumentSummaryDialog(UiContext context, ComposeUseCases composeUseCases, Window owner, DocumentDraft draft,
            DocumentPlan plan,
                          Runnable closeForm) {
        this.context = context;
        this.composeUseCases = composeUseCases;
        this.dialog = new JDialog(owner);
        this.draft = draft;
        this.plan = plan;
        this.closeForm = closeForm;
        send = Swing.button("documentSummarySend", context.text("ui.document.send", plan.mails().size()),
                this::send);
        send.setEnabled(!plan.mails().isEmpty());
    }

    void open() {
        dialog.setName("documentSummaryDialog");
        dialog.setTitle(context.text("ui.document.summaryTitle"));
        dialog.setModal(true);
        JLabel counts = new JLabel(context.text("ui.document.counts", plan.mails().size(), plan.skipped().size(),
                plan.unmatchedFiles().size()));
        counts.setName("documentSummaryCounts");
        JTextArea details = new JTextArea(details(), 10, 64);
        details.setName("documentSummaryText");
        ReadAloud.named(details, context.text("ui.a11y.document.summary"));
        details.setEditable(false);
        details.setLineWrap(true);
        details.setWrapStyleWord(true);
        details.setCaretPosition(0);
        JButton back = Swing.button("documentSummaryBack", context.text("ui.document.back"), dialog::dispose);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]",
                "[][grow 50,fill][][][grow 50,fill][][]"));
        panel.add(counts, "span 2, growx");
        panel.add(new JScrollPane(details), "span 2");
        if (!plan.mails().isEmpty()) {
            List<PersonalMessage> messages = plan.mails().stream().map(DocumentPlan.Mail::message).toList();
            List<String> attachments = plan.mails().stream().map(m -> m.files().stream()
                    .map(f -> f.getFileName().toString()).collect(Collectors.joining(", "))
                    + " (" + size(m.size()) + ")").toList();
            new MessagePreview(context, messages, attachments).addTo(panel);
        }
        panel.add(Swing.buttonBar(send, back), "span 2, growx, gaptop 12");
        dialog.setContentPane(panel);
        Swing.keys(dialog, null, dialog::dispose);
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), plan.mails().isEmpty() ? back : send);
    }

    /** The lists a secretary checks before sending to 30 families: who gets which file, who gets nothing. */
    private String details() {
        StringBuilder text = new StringBuilder();
        if (draft.onePerRecipient()) {
            section(text, context.text("ui.document.matched", plan.mails().size()), plan.mails().stream()
                    .map(m -> name(m.ownFile()) + " → " + m.message().recipientName() + " <" + m.message().to() + ">")
                    .toList());
        }
        section(text, context.text("ui.document.skippedTitle", plan.skipped().size()), plan.skipped().stream()
                .map(s -> context.text("ui.document.skippedLine", s.recipient(), context.messages().get(s.reason())))
                .toList());
        section(text, context.text("ui.document.unmatched", plan.unmatchedFiles().size()), plan.unmatchedFiles());
        section(text, context.text("ui.document.warnings"), plan.warnings().stream().map(context.messages()::get)
                .toList());
        return text.toString().strip();
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.append(title).append('\n');
        lines.forEach(l -> text.append("  • ").append(l).append('\n'));
        text.append('\n');
    }

    /** "350 KB", "2.4 MB": what the e-mail weighs as sent. */
    private String size(long bytes) {
        return bytes < 1024 * 1024 ? context.text("ui.document.sizeKb", Math.max(1, bytes / 1024))
                : context.text("ui.document.sizeMb", ProviderLimits.megabytes(bytes));
    }

    private static String name(Path file) {
        return file == null ? "" : file.getFileName().toString();
    }

    private void send() {
        User user = context.user();
        Swing.busy(dialog, true, send);
        context.background().submit(() -> composeUseCases.documentSending().send(user, draft, plan), queued -> {
            dialog.dispose();
            closeForm.run();
        }, failure -> {
            Swing.busy(dialog, false, send);
            context.errors().report(dialog, failure);
        });
    }
}
