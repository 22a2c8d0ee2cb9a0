package fr.missive.ui.outbox;

import fr.missive.app.letters.mailing.InterruptedMailings;
import fr.missive.app.letters.mailing.MailingSummary;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.Date;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * At start, for a mailing cut short while it was queued: which letters are not in the outbox, and
 * the choice to queue them now (as they were planned), to drop them, or to decide later (it is
 * asked again at the next start, and {@code missive outbox interrupted} lists it).
 */
public final class InterruptedMailingDialog {

    private final UiContext context;
    private final InterruptedMailings mailings;
    private final InterruptedMailings.Interrupted mailing;
    private final JDialog dialog;
    private final JLabel outcome = new JLabel(" ");
    private final JButton resume;
    private final JButton drop;
    private final JButton later;
    private final Runnable whenDone;

    /** @param whenDone after the choice (or Later): shows the next one, counts the outbox again */
    public InterruptedMailingDialog(UiContext context, InterruptedMailings mailings,
                                    InterruptedMailings.Interrupted mailing, Window owner, Runnable whenDone) {
        this.context = context;
        this.mailings = mailings;
        this.mailing = mailing;
        this.whenDone = whenDone;
        // Modal: offered as the main window opens, it must keep the keyboard, or the main window's
        // search field can take the focus back and Enter would not answer the question.
        this.dialog = new JDialog(owner, java.awt.Dialog.ModalityType.DOCUMENT_MODAL);
        resume = Swing.button("interruptedResume", context.text("ui.interrupted.resume"), this::resume);
        drop = Swing.button("interruptedDrop", context.text(mailing.document() ? "ui.interrupted.dropDocument"
                : "ui.interrupted.drop"), this::drop);
        later = Swing.button("interruptedLater", context.text("ui.interrupted.later"), this::close);
        build();
    }

    private void build() {
        dialog.setName("interruptedMailingDialog");
        dialog.setTitle(context.text("ui.interrupted.title"));
        JTextArea intro = wrapped(context.text(mailing.document() ? "ui.interrupted.documentText"
                : "ui.interrupted.text", mailing.title(), mailing.accountName(),
                Date.from(mailing.plannedAt()), mailing.notQueued().size(), mailing.planned()));
        intro.setName("interruptedText");
        JTextArea letters = new JTextArea(String.join("\n", mailing.notQueued()));
        letters.setName("interruptedLetters");
        letters.setEditable(false);
        ReadAloud.named(letters, context.text(mailing.document() ? "ui.a11y.interrupted.emails"
                : "ui.a11y.interrupted.letters"));
        outcome.setName("interruptedOutcome");
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[][grow,fill][][]"));
        content.add(intro, "w 420:560");
        content.add(new JScrollPane(letters), "h 120:240");
        content.add(outcome);
        content.add(Swing.buttonBar(resume, later, drop), "growx, gaptop 8");
        dialog.setContentPane(content);
        Swing.keys(dialog, resume, this::close);
    }

    private static JTextArea wrapped(String text) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setFocusable(false);
        return area;
    }

    public void open() {
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), resume);
    }

    private void resume() {
        working();
        context.inBackground(dialog, () -> mailings.resume(context.user(), mailing.mailing(), (done, total) -> { },
                () -> false), (MailingSummary summary) -> {
                    outcome.setText(context.text("ui.interrupted.resumed", summary.queued()));
                    finished();
                });
    }

    private void drop() {
        working();
        context.inBackground(dialog, () -> {
            mailings.drop(context.user(), mailing.mailing());
            return null;
        }, ignored -> close());
    }

    /** The choices wait while the outbox is written; Later stays, should it fail (the error is shown). */
    private void working() {
        List.of(resume, drop).forEach(b -> b.setEnabled(false));
    }

    private void finished() {
        later.setText(context.text("ui.button.close"));
        later.setEnabled(true);
        later.requestFocusInWindow();
    }

    private void close() {
        dialog.dispose();
        whenDone.run();
    }
}
