package fr.missive.ui.common;

import fr.missive.app.settings.Preferences.Bounds;
import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts a window back where the user left it, unless that place is no longer on any screen
 * (a second monitor unplugged, a laptop on a smaller display): then the default size,
 * centred.
 */
public final class WindowPlacement {

    /** How much of the title bar must be on a screen to grab it and move the window. */
    private static final int TITLE_BAR_HEIGHT = 30;
    private static final int MIN_VISIBLE_WIDTH = 120;

    private WindowPlacement() {
    }

    public static void place(Window window, Optional<Bounds> saved, Dimension defaultSize) {
        List<Rectangle> screens = screens();
        Optional<Rectangle> restored = saved.map(b -> new Rectangle(b.x(), b.y(), b.width(), b.height()))
                .filter(r -> isReachable(r, screens));
        if (restored.isPresent()) {
            window.setBounds(restored.get());
            return;
        }
        Rectangle screen = window.getGraphicsConfiguration().getBounds();
        window.setSize(Math.min(defaultSize.width, screen.width * 9 / 10),
                Math.min(defaultSize.height, screen.height * 9 / 10));
        window.setLocationRelativeTo(null);
    }

    public static Bounds boundsOf(Window window) {
        Rectangle r = window.getBounds();
        return new Bounds(r.x, r.y, r.width, r.height);
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
