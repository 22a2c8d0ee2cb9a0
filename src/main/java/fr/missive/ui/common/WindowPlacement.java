package fr.missive.ui.common;

import fr.missive.app.settings.Preferences.Bounds;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JFrame;

/**
 * Puts a window back where the user left it, unless that place is no longer on any screen
 * (a second monitor unplugged, a laptop on a smaller display): then the default size,
 * centred. A frame left maximised opens maximised, and its restore button gives back the
 * size it had before.
 */
public final class WindowPlacement {

    /** How much of the title bar must be on a screen to grab it and move the window. */
    private static final int TITLE_BAR_HEIGHT = 30;
    private static final int MIN_VISIBLE_WIDTH = 120;

    private WindowPlacement() {
    }

    /** The last un-maximised bounds of a frame, kept while it is maximised. */
    private static final String NORMAL_BOUNDS = "missive.normalBounds";

    public static void place(Window window, Optional<Bounds> saved, Dimension defaultSize) {
        List<Rectangle> screens = screens();
        Optional<Bounds> usable = saved.filter(b -> isReachable(rectangle(b), screens));
        if (usable.isPresent()) {
            window.setBounds(rectangle(usable.get()));
        } else {
            Rectangle area = ScreenArea.usable(window);
            window.setSize(Math.min(defaultSize.width, area.width), Math.min(defaultSize.height, area.height));
            window.setLocation(area.x + (area.width - window.getWidth()) / 2, area.y + (area.height - window.getHeight()) / 2);
        }
        // A place saved on a larger screen, or a default larger than this one: inside the usable area.
        ScreenArea.fit(window);
        if (window instanceof JFrame frame) {
            trackNormalBounds(frame);
            if (saved.map(Bounds::maximized).orElse(false)) {
                frame.setExtendedState(frame.getExtendedState() | Frame.MAXIMIZED_BOTH);
            }
        }
    }

    public static Bounds boundsOf(Window window) {
        Rectangle current = window.getBounds();
        if (window instanceof JFrame frame) {
            Object normal = frame.getRootPane().getClientProperty(NORMAL_BOUNDS);
            return boundsOf(current, frame.getExtendedState(), normal instanceof Rectangle r ? r : null);
        }
        return boundsOf(current, Frame.NORMAL, null);
    }

    /** What to remember of a frame in this state: its un-maximised place when it is maximised. */
    static Bounds boundsOf(Rectangle current, int extendedState, Rectangle lastNormal) {
        boolean maximized = (extendedState & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        Rectangle r = maximized && lastNormal != null ? lastNormal : current;
        return new Bounds(r.x, r.y, r.width, r.height, maximized);
    }

    /** Moves and resizes while not maximised are the bounds the restore button must give back. */
    private static void trackNormalBounds(JFrame frame) {
        frame.getRootPane().putClientProperty(NORMAL_BOUNDS, frame.getBounds());
        ComponentAdapter tracker = new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                remember();
            }

            @Override
            public void componentMoved(ComponentEvent e) {
                remember();
            }

            private void remember() {
                if ((frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == 0) {
                    frame.getRootPane().putClientProperty(NORMAL_BOUNDS, frame.getBounds());
                }
            }
        };
        frame.addComponentListener(tracker);
    }

    private static Rectangle rectangle(Bounds bounds) {
        return new Rectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height());
    }

    /** True when the window's title bar is on a screen far enough to be grabbed. */
    static boolean isReachable(Rectangle window, List<Rectangle> screens) {
        if (window.width < MIN_VISIBLE_WIDTH || window.height < TITLE_BAR_HEIGHT) {
            return false;
        }
        Rectangle titleBar = new Rectangle(window.x, window.y, window.width, TITLE_BAR_HEIGHT);
        for (Rectangle screen : screens) {
            Rectangle visible = screen.intersection(titleBar);
            if (!visible.isEmpty() && visible.width >= MIN_VISIBLE_WIDTH && visible.height >= TITLE_BAR_HEIGHT / 2
                    && window.width <= screen.width * 2 && window.height <= screen.height * 2) {
                return true;
            }
        }
        return false;
    }

    private static List<Rectangle> screens() {
        List<Rectangle> screens = new ArrayList<>();
        for (GraphicsDevice device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            GraphicsConfiguration configuration = device.getDefaultConfiguration();
            screens.add(configuration.getBounds());
        }
        return screens;
    }
}
