package fr.missive.ui.main;

import fr.missive.app.journal.Journal;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * Help > Journal: the recent part of Missive's journal, where the file is, and "Copy for support",
 * which puts that part on the clipboard headed with the versions of Missive, Java and the system,
 * ready to paste in an e-mail to whoever looks after the PC.
 */
final class JournalDialog {

    /** What the window shows: the end of the journal, where the last failure is. */
    private static final int SHOWN_BYTES = 256 * 1024;

    private final UiContext context;
    private final Journal journal;
    private final Window owner;
    private final JDialog dialog;
    private final JTextArea text = new JTextArea(18, 90);
    private final JLabel copied = new JLabel(" ");
    private final JButton copy;

    JournalDialog(UiContext context, Journal journal, Window owner) {
        this.context = context;
        this.journal = journal;
        this.owner = owner;
        this.dialog = new JDialog(owner);
        copy = Swing.button("journalCopy", context.text("ui.journal.copy"), this::copyForSupport);
        build();
    }

    private void build() {
        dialog.setName("journalDialog");
        dialog.setTitle(context.text("ui.journal.title"));
        text.setName("journalText");
        ReadAloud.named(text, context.text("ui.journal.title"));
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        copied.setName("journalCopied");
        JLabel where = Swing.wrappedHint(context.text("ui.journal.where", journal.file().toString()), 640);
        where.setName("journalFile");
        JButton close = Swing.button("journalClose", context.text("ui.button.close"), dialog::dispose);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 1, fill", "[grow,fill]", "[][grow,fill][][]"));
        panel.add(where);
        panel.add(new JScrollPane(text), "w 400:720:n, h 200:320:n");
        panel.add(copied);
        panel.add(Swing.buttonBar(null, close, copy), "growx, gaptop 6");
        dialog.setContentPane(panel);
        Swing.keys(dialog, close, dialog::dispose);
        dialog.setModal(false);
    }

    void open() {
        text.setText(context.text("ui.journal.loading"));
        copy.setEnabled(false);
        context.inBackground(dialog, () -> journal.recent(SHOWN_BYTES), recent -> {
            text.setText(recent.isEmpty() ? context.text("ui.journal.empty") : recent);
            // The newest lines, where the failure the user came for is, are in view.
            text.setCaretPosition(text.getDocument().getLength());
            copy.setEnabled(true);
        });
        dialog.pack();
        Swing.showCentred(dialog, owner, copy);
    }

    private void copyForSupport() {
        copy.setEnabled(false);
        context.inBackground(dialog, journal::forSupport, support -> {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(support), null);
            copied.setText(context.text("ui.journal.copied"));
            copy.setEnabled(true);
        });
    }
}
