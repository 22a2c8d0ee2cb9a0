package fr.missive.ui.main;

import fr.missive.app.storage.LowDiskSpace;
import fr.missive.ui.common.LiveLabel;
import fr.missive.ui.common.UiContext;
import java.awt.Color;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * The band that says the data folder's disk is nearly full, while saving still works. Hidden
 * while there is room; the free space is measured off the event thread at opening and then
 * every few minutes, since other programs fill the disk too.
 */
final class LowDiskSpaceBanner extends JPanel {

    private static final Logger LOG = Logger.getLogger(LowDiskSpaceBanner.class.getName());
    private static final int RECHECK_MILLIS = 5 * 60 * 1000;
    /** A warning red, readable with white text in the light and dark themes alike. */
    private static final Color BACKGROUND = new Color(0xB3261E);

    private final UiContext context;
    private final LowDiskSpace lowDiskSpace;
    /** An alert: a screen reader says it when it appears, not only the red band. */
    private final JLabel text = new LiveLabel(LiveLabel.Urgency.ALERT);
    private final Timer recheck;

    LowDiskSpaceBanner(UiContext context, LowDiskSpace lowDiskSpace) {
        super(new MigLayout("insets 6 12 6 12, fillx", "[grow]"));
        this.context = context;
        this.lowDiskSpace = lowDiskSpace;
        setName("lowDiskSpaceBanner");
        setBackground(BACKGROUND);
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, BACKGROUND.darker()));
        text.setName("lowDiskSpaceText");
        text.setForeground(Color.WHITE);
        add(text, "growx, wmin 0");
        setVisible(false);
        recheck = new Timer(RECHECK_MILLIS, e -> check());
    }

    /** Measures now, then every few minutes until {@link #stop()}. */
    void start() {
        check();
        recheck.start();
    }

    void stop() {
        recheck.stop();
    }

    private void check() {
        context.background().submit(lowDiskSpace::check, warning -> {
            warning.ifPresent(w -> text.setText("<html>" + escape(context.messages().get(w)) + "</html>"));
            setVisible(warning.isPresent());
            revalidate();
        }, failure -> LOG.log(Level.FINE, "Could not measure the free disk space", failure));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
