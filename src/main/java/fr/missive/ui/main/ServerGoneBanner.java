package fr.missive.ui.main;

import fr.missive.app.changes.ServerWatch;
import fr.missive.ui.common.LiveLabel;
import fr.missive.ui.common.UiContext;
import java.awt.Color;
import java.awt.Cursor;
import java.time.Duration;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * The band that says the shared database's server does not answer, counting down to the next
 * try, with a button to try at once. It comes when any work finds the server gone and leaves by
 * itself when a try succeeds ({@link ServerWatch}); the windows then re-read what they show.
 * Hidden on the embedded database, which cannot go away.
 */
final class ServerGoneBanner extends JPanel {

    /** The red of the other alert band (disk nearly full), readable with white text in both themes. */
    private static final Color BACKGROUND = new Color(0xB3261E);

    private final UiContext context;
    /** An alert: a screen reader says it when it appears. */
    private final JLabel text = new LiveLabel(LiveLabel.Urgency.ALERT);
    private final JButton retry;
    private final Timer countdown = new Timer(1_000, e -> tick());
    private ServerWatch watch;
    private Runnable unsubscribe = () -> { };
    private String address = "";
    private long secondsLeft;

    ServerGoneBanner(UiContext context) {
        super(new MigLayout("insets 6 12 6 12, fillx", "[grow][]"));
        this.context = context;
        setName("serverGoneBanner");
        setBackground(BACKGROUND);
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, BACKGROUND.darker()));
        text.setName("serverGoneText");
        text.setForeground(Color.WHITE);
        add(text, "growx, wmin 0");
        retry = new JButton(context.text("ui.serverGone.retry"));
        retry.setName("serverGoneRetry");
        retry.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        retry.addActionListener(e -> retryNow());
        add(retry);
        setVisible(false);
    }

    /** Follows the watch of the shared database's server (none on the embedded one). */
    void follow(ServerWatch serverWatch) {
        unsubscribe.run();
        this.watch = serverWatch;
        unsubscribe = serverWatch.subscribe(new ServerWatch.Listener() {
            @Override
            public void gone(String server, Duration nextTry) {
                SwingUtilities.invokeLater(() -> showGone(server, nextTry));
            }

            @Override
            public void back() {
                SwingUtilities.invokeLater(ServerGoneBanner.this::hideBack);
            }
        });
    }

    void stop() {
        unsubscribe.run();
        countdown.stop();
    }

    private void showGone(String server, Duration nextTry) {
        if (watch == null || !watch.gone()) {
            return;
        }
        address = server == null ? "" : server;
        secondsLeft = Math.max(1, (nextTry.toMillis() + 999) / 1000);
        showCount();
        retry.setEnabled(true);
        countdown.restart();
        if (!isVisible()) {
            setVisible(true);
            revalidate();
        }
    }

    private void tick() {
        if (secondsLeft > 1) {
            secondsLeft--;
            showCount();
        } else {
            countdown.stop();
            text.setText(context.text("ui.serverGone.trying", address));
        }
    }

    private void showCount() {
        text.setText(context.text("ui.serverGone.banner", address, secondsLeft));
    }

    private void retryNow() {
        countdown.stop();
        retry.setEnabled(false);
        text.setText(context.text("ui.serverGone.trying", address));
        // The probe itself runs on the watch's thread, never here.
        watch.retryNow();
    }

    private void hideBack() {
        countdown.stop();
        if (isVisible()) {
            setVisible(false);
            revalidate();
        }
    }
}
