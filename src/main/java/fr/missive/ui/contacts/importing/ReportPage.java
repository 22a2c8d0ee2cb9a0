package fr.missive.ui.contacts.importing;

import fr.missive.app.contacts.importing.ImportReport;
import fr.missive.app.contacts.importing.RowIssue;
import fr.missive.ui.common.LiveLabel;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * The last page: what the import did, then each line to check ("Line 14 (rejected): …"), as
 * wrapped text the secretary can select and copy into a note or an e-mail.
 */
final class ReportPage {

    private final UiContext context;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, fill, wrap 1, hidemode 3", "[grow,fill]",
            "[][][grow,fill]"));
    /** The import's outcome, read out by a screen reader when it is shown. */
    private final JLabel summary = new LiveLabel(LiveLabel.Urgency.STATUS);
    private final JLabel issuesTitle = new JLabel();
    private final JTextArea issues = new JTextArea();
    private final JScrollPane issuesScroll = new JScrollPane(issues);

    ReportPage(UiContext context) {
        this.context = context;
        summary.setName("importSummary");
        issues.setName("importIssues");
        ReadAloud.named(issues, context.text("ui.a11y.import.issues"));
        issues.setEditable(false);
        issues.setLineWrap(true);
        issues.setWrapStyleWord(true);
        panel.add(summary, "gapbottom 8");
        panel.add(issuesTitle);
        panel.add(issuesScroll, "w 640:720, h 200:320");
    }

    JPanel panel() {
        return panel;
    }

    void show(ImportReport report) {
        // The last count stays with its label ("en double : 0."), never alone on a line.
        String counts = context.messages().get(report.summary());
        String guardians = report.guardianSummary().map(g -> " " + context.messages().get(g)).orElse("");
        counts = counts + guardians;
        summary.setText(Swing.wrapped(counts.replaceFirst(" (\\S+)$", "\u00a0$1"), 620));
        List<String> lines = new ArrayList<>();
        for (RowIssue issue : report.issues()) {
            lines.add(context.text("ui.import.issue", String.valueOf(issue.line()), context.text(issue.severityKey()),
                    context.messages().get(issue.reason())));
        }
        issues.setText(String.join("\n", lines));
        issues.setCaretPosition(0);
        issuesTitle.setText(context.text(report.issues().isEmpty() ? "ui.import.noIssues" : "ui.import.issues"));
        issuesScroll.setVisible(!report.issues().isEmpty());
    }

    /** The import stopped before saving anything: say so, and nothing else. */
    void showStopped(String sentence) {
        summary.setText(Swing.wrapped(sentence, 620));
        issues.setText("");
        issuesTitle.setText("");
        issuesScroll.setVisible(false);
    }
}
