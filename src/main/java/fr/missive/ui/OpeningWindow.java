package fr.missive.ui;

import fr.missive.i18n.Messages;
import fr.missive.ui.common.AppIcon;
import fr.missive.ui.common.Swing;
import java.awt.Window;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * "Opening Missive…" while the data folder opens. Shown only when opening takes more than a
 * moment, so a fast start does not flash a window; shown at once, with the reason, when the
 * database is recovering from a crash.
 */
final class OpeningWindow {

    private static final int DELAY_MILLIS = 400;

    private final Messages messages;
    /** Owned by no window: its own task-bar button, and no hidden shared owner frame. */
    private final JDialog dialog = new JDialog((Window) null);
    private final JLabel text = new JLabel();
    private final Timer delay;

    OpeningWindow(Messages messages) {
        this.messages = messages;
        dialog.setName("openingWindow");
        AppIcon.applyTo(dialog);
        dialog.setTitle(messages.get("ui.app.name"));
        dialog.setResizable(false);
        text.setName("openingText");
        text.setText(messages.get("ui.opening"));
        JProgressBar bar = new JProgressBar();
        bar.setIndeterminate(true);
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1", "[360!]"));
        content.add(text, "wmax 360");
        content.add(bar, "growx");
        dialog.setContentPane(content);
        delay = new Timer(DELAY_MILLIS, e -> show());
        delay.setRepeats(false);
    }

    void showSoon() {
        delay.start();
    }

    /** The database is recovering from an abrupt end: say so now. */
    void recovering() {
        text.setText(Swing.wrapped(messages.get("storage.recovering"), 340));
        show();
    }

    private void show() {
        delay.stop();
        if (!dialog.isVisible()) {
            dialog.pack();
            Swing.showCentred(dialog, null, null);
        } else {
            dialog.pack();
        }
    }

    void close() {
        delay.stop();
        dialog.dispose();
    }
}
