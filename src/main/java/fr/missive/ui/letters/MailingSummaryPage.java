package fr.missive.ui.letters;

import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.letters.mailing.MailingPlan;
import fr.missive.app.letters.mailing.PlannedRecipient;
import fr.missive.app.letters.mailing.PupilLines;
import fr.missive.app.letters.mailing.Route;
import fr.missive.model.UserMessage;
import fr.missive.ui.common.FittedList;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Color;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The page shown before anything is sent: how many e-mails, letters to print and recipients
 * skipped, each recipient with what happens to their letter and why, and the warnings to act
 * on. A recipient's e-mail and letter can be previewed; Back returns to the form.
 */
final class MailingSummaryPage {

    /** Carries out the plan shown. */
    @FunctionalInterface
    interface Sender {
        void send(MailingPlan plan, String accountName, LetterMailingDialog.Output paper, String designation);
    }

    private final UiContext context;
    private final LetterUseCases letterUseCases;
    private final Window owner;
    private final JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 1, fill", "[grow,fill]",
            "[][][grow,fill][][][][][]"));
    private final JLabel counts = new JLabel();
    private final DefaultListModel<PlannedRecipient> recipients = new DefaultListModel<>();
    private final JList<PlannedRecipient> recipientList = new FittedList<>(recipients);
    private final JTextArea warnings = new JTextArea(4, 50);
    /** Letters about pupils, pupil by pupil: who receives each one and how. */
    private final JTextArea pupils = new JTextArea(4, 50);
    private final JLabel pupilsLabel;
    private final JScrollPane pupilsScroll;
    private final JButton send;
    private MailingPlan plan;
    private String accountName;
    private LetterMailingDialog.Output paper;
    private String designation;

    MailingSummaryPage(UiContext context, LetterUseCases letterUseCases, Window owner, Runnable back, Sender sender) {
        this.context = context;
        this.letterUseCases = letterUseCases;
        this.owner = owner;
        send = Swing.button("mailingSend", context.text("ui.compose.send"), () ->
                sender.send(plan, accountName, paper, designation));
        JButton backButton = Swing.button("mailingBack", context.text("ui.mailing.back"), back);
        JButton preview = Swing.button("mailingPreview", context.text("ui.compose.preview"), this::preview);
        counts.setName("mailingSummaryCounts");
        counts.putClientProperty("FlatLaf.styleClass", "h4");
        recipientList.setName("mailingSummaryList");
        ReadAloud.named(recipientList, context.text("ui.a11y.mailing.recipients"));
        recipientList.setVisibleRowCount(10);
        recipientList.getSelectionModel().setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        recipientList.setCellRenderer(renderer(r -> name(r) + " \u2014 " + reason(r)));
        pupils.setName("mailingPupils");
        ReadAloud.named(pupils, context.text("ui.a11y.mailing.pupils"));
        pupils.setEditable(false);
        pupils.setLineWrap(true);
        pupils.setWrapStyleWord(true);
        pupilsLabel = new JLabel(context.text("ui.mailing.summary.pupils"));
        pupilsScroll = new JScrollPane(pupils);
        warnings.setName("mailingWarnings");
        ReadAloud.named(warnings, context.text("ui.a11y.mailing.warnings"));
        warnings.setEditable(false);
        warnings.setLineWrap(true);
        warnings.setWrapStyleWord(true);
        panel.setName("mailingSummary");
        panel.add(counts);
        panel.add(new JLabel(context.text("ui.mailing.summary.recipients")), "gaptop 6");
        panel.add(new JScrollPane(recipientList), "w 560:640:n, h 120:180:n");
        panel.add(pupilsLabel, "gaptop 6, hidemode 3");
        panel.add(pupilsScroll, "h 60:90:n, hidemode 3");
        panel.add(new JLabel(context.text("ui.mailing.summary.warnings")), "gaptop 6");
        panel.add(new JScrollPane(warnings), "h 80:120:n");
        panel.add(Swing.buttonBar(send, backButton, preview), "growx, gaptop 12");
    }

    JPanel panel() {
        return panel;
    }

    void show(MailingPlan shown, String account, LetterMailingDialog.Output paperOutput, String letter) {
        this.plan = shown;
        this.accountName = account;
        this.paper = paperOutput;
        this.designation = letter;
        int mails = shown.byEmail().size();
        int toPrint = shown.toPrint().size();
        int skipped = shown.skipped().size();
        counts.setText(context.text(countsKey(paperOutput, toPrint), mails, toPrint, skipped));
        recipients.clear();
        shown.recipients().forEach(recipients::addElement);
        if (!recipients.isEmpty()) {
            recipientList.setSelectedIndex(0);
        }
        List<String> perPupil = PupilLines.of(shown, context.messages());
        pupils.setText(String.join("\n", perPupil));
        pupils.setCaretPosition(0);
        pupilsLabel.setVisible(!perPupil.isEmpty());
        pupilsScroll.setVisible(!perPupil.isEmpty());
        List<String> texts = warningTexts(shown, paperOutput);
        warnings.setText(texts.isEmpty() ? context.text("ui.mailing.summary.noWarning")
                : texts.stream().map(w -> "\u26A0 " + w).collect(Collectors.joining("\n")));
        warnings.setCaretPosition(0);
        send.setEnabled(mails > 0 || (toPrint > 0 && paperOutput != null));
    }

    /** The letters on paper are counted as what happens to them: printed, written as PDF files, or not printed. */
    private static String countsKey(LetterMailingDialog.Output paperOutput, int toPrint) {
        if (paperOutput == LetterMailingDialog.Output.FOLDER) {
            return "ui.mailing.summary.countsFolder";
        }
        return paperOutput == null && toPrint > 0 ? "ui.mailing.summary.countsNotPrinted" : "ui.mailing.summary.counts";
    }

    private List<String> warningTexts(MailingPlan shown, LetterMailingDialog.Output paperOutput) {
        List<String> texts = new ArrayList<>();
        shown.warnings().forEach(w -> texts.add(context.messages().get(w)));
        for (PlannedRecipient r : shown.skipped()) {
            texts.add(context.text("ui.mailing.warning.skipped", r.contact().displayName(),
                    context.messages().get(r.reason())));
        }
        if (paperOutput == null && !shown.toPrint().isEmpty()) {
            texts.add(context.text("ui.mailing.warning.notPrinted", shown.toPrint().size()));
        }
        return texts;
    }

    /** Whom the letter is written to, and for a letter about a pupil, that pupil first. */
    private String name(PlannedRecipient r) {
        String to = r.letter().joint() ? fr.missive.model.letters.Addressees.of(r.letter().addressees(),
                context.messages().locale()).fullName() : r.contact().displayName();
        return r.letter().aboutSomeoneElse() ? r.about().displayName() + " \u2014 " + to : to;
    }

    /**
     * What happens to the recipient's letter, as the chosen output has it: printed, written to a PDF
     * file, or not printed at all when no paper output is chosen.
     */
    String reason(PlannedRecipient r) {
        Route route = r.route();
        if (route.toPrint() && route != Route.ON_PAPER && paper != LetterMailingDialog.Output.PRINTER) {
            String why = context.text("ui.mailing.why." + route.name());
            return context.text(paper == null ? "ui.mailing.fate.notPrinted" : "ui.mailing.fate.folder", why);
        }
        if (route == Route.ON_PAPER && paper == LetterMailingDialog.Output.FOLDER) {
            return context.text("ui.mailing.reason.folder");
        }
        UserMessage why = r.reason();
        return context.messages().get(why);
    }

    private void preview() {
        if (plan == null || plan.recipients().isEmpty()) {
            return;
        }
        PlannedRecipient selected = recipientList.getSelectedValue();
        new MailingPreviewDialog(context, letterUseCases, owner, plan,
                selected == null ? plan.recipients().get(0) : selected).open();
    }

    /** A list cell showing the text {@code label} gives; skipped recipients in grey. */
    static <T> ListCellRenderer<T> renderer(Function<T, String> label) {
        DefaultListCellRenderer base = new DefaultListCellRenderer();
        return (list, value, index, selected, focused) -> {
            JLabel cell = (JLabel) base.getListCellRendererComponent(list, label.apply(value), index, selected,
                    focused);
            if (!selected && value instanceof PlannedRecipient r && r.route().skipped()) {
                cell.setForeground(Color.GRAY);
            }
            return cell;
        };
    }
}
