package fr.missive.ui.letters;

import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.letters.mailing.MailingPlan;
import fr.missive.app.letters.mailing.PlannedRecipient;
import fr.missive.app.letters.mailing.Route;
import fr.missive.app.outbox.MailContent;
import fr.missive.model.mail.Attachment;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Image;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * One recipient's e-mail as it will be queued (subject, text, attachments) beside the first
 * page of their letter; another recipient can be chosen. Both are merged in the background.
 */
final class MailingPreviewDialog {

    private static final float DPI = 60f;

    private final UiContext context;
    private final LetterUseCases letterUseCases;
    private final JDialog dialog;
    private final MailingPlan plan;
    private final PlannedRecipient first;
    /** Where the subject and the attachments' names wrap, inside the middle column's 560 px. */
    private static final int WRAP = 540;
    private final JLabel subject = new JLabel(" ");
    private final JLabel attachments = new JLabel(" ");
    private final JTextArea text = new JTextArea(16, 48);
    private final JLabel page = new JLabel();

    private record Merged(PlannedRecipient recipient, MailContent mail, BufferedImage firstPage, int pages) {
    }

    MailingPreviewDialog(UiContext context, LetterUseCases letterUseCases, Window owner, MailingPlan plan,
            PlannedRecipient first) {
        this.context = context;
        this.letterUseCases = letterUseCases;
        this.dialog = new JDialog(owner);
        this.plan = plan;
        this.first = first;
    }

    void open() {
        dialog.setName("mailingPreviewDialog");
        dialog.setTitle(context.text("ui.compose.preview"));
        dialog.setModal(true);
        JComboBox<Choice<PlannedRecipient>> who = new JComboBox<>();
        who.setName("mailingPreviewRecipient");
        ReadAloud.named(who, context.text("ui.a11y.preview.recipient"));
        plan.recipients().stream().filter(r -> !r.route().skipped()).forEach(r -> who.addItem(new Choice<>(r,
                r.contact().displayName() + r.contact().emailAddress().map(a -> " <" + a + ">").orElse(""))));
        subject.setName("mailingPreviewSubject");
        attachments.setName("mailingPreviewAttachments");
        text.setName("mailingPreviewText");
        ReadAloud.named(text, context.text("ui.a11y.preview.text"));
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        page.setName("mailingPreviewPage");
        page.setHorizontalAlignment(SwingConstants.CENTER);
        page.setVerticalAlignment(SwingConstants.TOP);
        page.setBorder(javax.swing.BorderFactory.createLineBorder(java.awt.Color.GRAY));
        who.addActionListener(e -> merge(Swing.selected(who)));
        JButton close = Swing.button("mailingPreviewClose", context.text("ui.button.close"), dialog::dispose);
        // The middle column at most 560 px: a long name or subject on one line pushed the page and
        // the Close button out of a 1366-pixel screen; the subject and attachments wrap instead.
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 3", "[right][grow,fill,:560:560][]",
                "[][][][grow,fill][]"));
        panel.add(new JLabel(context.text("ui.compose.previewFor")));
        panel.add(who, "wmin 0");
        panel.add(page, "spany 4, top, w 362!, h 511!");
        panel.add(new JLabel(context.text("ui.compose.subject")));
        panel.add(subject);
        panel.add(new JLabel(context.text("ui.compose.attachments")));
        panel.add(attachments);
        panel.add(new JScrollPane(text), "span 2");
        panel.add(Swing.buttonBar(null, close), "span 3, growx");
        dialog.setContentPane(panel);
        Swing.keys(dialog, close, dialog::dispose);
        for (int i = 0; i < who.getItemCount(); i++) {
            if (who.getItemAt(i).value().equals(first)) {
                who.setSelectedIndex(i);
            }
        }
        merge(Swing.selected(who));
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), close);
    }

    private void merge(PlannedRecipient recipient) {
        if (recipient == null) {
            return;
        }
        var mailing = letterUseCases.mailing();
        context.inBackground(dialog, () -> {
            MailContent mail = recipient.route() == Route.EMAIL ? mailing.preview(plan, recipient.letter()) : null;
            byte[] pdf = mail != null && !mail.attachments().isEmpty() ? mail.attachments().get(0).bytes()
                    : mailing.letterPdf(plan, recipient.letter());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
                return new Merged(recipient, mail, image, document.getNumberOfPages());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, this::show);
    }

    private void show(Merged merged) {
        MailContent mail = merged.mail();
        if (mail == null) {
            subject.setText(context.text("ui.mailing.preview.onPaper"));
            attachments.setText(" ");
            text.setText(context.messages().get(merged.recipient().reason()));
        } else {
            subject.setText(Swing.wrapped(mail.subject(), WRAP));
            attachments.setText(Swing.wrapped(mail.attachments().isEmpty() ? context.text("ui.mailing.preview.noAttachment")
                    : mail.attachments().stream().map(Attachment::fileName).collect(Collectors.joining(", ")), WRAP));
            text.setText(mail.text());
        }
        text.setCaretPosition(0);
        Image scaled = merged.firstPage().getScaledInstance(360, -1, Image.SCALE_SMOOTH);
        page.setIcon(new ImageIcon(scaled));
        page.setToolTipText(context.text("ui.letters.preview.page", 1, merged.pages()));
        page.getAccessibleContext().setAccessibleName(context.text("ui.letters.preview.title"));
        page.getAccessibleContext().setAccessibleDescription(context.text("ui.a11y.letters.previewPage", 1,
                merged.pages(), merged.recipient().contact().displayName()));
    }
}
