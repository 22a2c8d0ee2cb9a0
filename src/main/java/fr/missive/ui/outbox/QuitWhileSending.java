package fr.missive.ui.outbox;

import fr.missive.app.outbox.OutboxUseCases;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * Closing Missive while messages wait: says how many, and lets the user wait until they are
 * sent (the window closes by itself then), leave them for the next start, or go back.
 */
public final class QuitWhileSending {

    private final UiContext context;
    private final OutboxUseCases outboxUseCases;
    private final JDialog dialog;
    private final JLabel text = new JLabel();
    private final JButton waitButton;
    private final JButton later;
    private final JButton back;
    private final Runnable quit;
    private boolean waiting;
    private boolean done;

    /** @param quit ends the session; called once, on the EDT */
    public QuitWhileSending(UiContext context, OutboxUseCases outboxUseCases, Window owner, int count, Runnable quit) {
        this.context = context;
        this.outboxUseCases = outboxUseCases;
        this.quit = quit;
        this.dialog = new JDialog(owner);
        waitButton = Swing.button("quitWait", context.text("ui.outbox.quit.wait"), this::startWaiting);
        later = Swing.button("quitLater", context.text("ui.outbox.quit.later"), this::finish);
        back = Swing.button("quitBack", context.text("ui.outbox.quit.back"), dialog::dispose);
        dialog.setName("quitWhileSending");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.app.name"));
        text.setName("quitText");
        show(count);
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]"));
        content.add(text, "w 380:440");
        content.add(Swing.buttonBar(null, back, waitButton, later), "growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, waitButton, dialog::dispose);
    }

    public void open() {
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), waitButton);
    }

    private void show(int count) {
        String key = waiting ? "ui.outbox.quit.sending" : "ui.outbox.quit.question";
        text.setText(Swing.wrapped(context.text(key, count), 400));
    }

    private void startWaiting() {
        waiting = true;
        waitButton.setEnabled(false);
        WorkerEvents.whileOpen(dialog, outboxUseCases.outbox().worker(), this::recount);
        context.inBackground(dialog, () -> {
            outboxUseCases.outbox().sendWaitingNow();
            return null;
        }, done -> recount());
    }

    private void recount() {
        if (done) {
            return;
        }
        context.inBackground(dialog, () -> outboxUseCases.outbox().waiting(), count -> {
            if (count == 0) {
                finish();
            } else {
                show(count);
            }
        });
    }

    private void finish() {
        if (!done) {
            done = true;
            dialog.dispose();
            quit.run();
        }
    }
}
