package fr.missive.ui.common;

import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;

/**
 * The part of the screen a window may use: the screen less its task bar and docks, as the
 * system reports them. Every window is opened inside it ({@link #fit}), so that a 1366×768
 * screen with its task bar never hides a window's buttons below the bottom edge.
 *
 * <p>The system property {@value #SIMULATED} ({@code 1366x728}) replaces it with an area of
 * that size at the top left corner of the screen: the layout test and the screenshots use it to
 * see the windows as on a smaller screen than the one they run on.
 */
public final class ScreenArea {

    /** System property: a usable area {@code WIDTHxHEIGHT} to use instead of the screen's. */
    public static final String SIMULATED = "missive.usableScreen";

    private ScreenArea() {
    }

    /** The usable area of the screen {@code window} is on (or of the default screen). */
    public static Rectangle usable(Window window) {
        Rectangle simulated = simulated();
        if (simulated != null) {
            return simulated;
        }
        GraphicsConfiguration configuration = window != null ? window.getGraphicsConfiguration() : null;
        if (configuration == null) {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        }
        Rectangle screen = configuration.getBounds();
        Insets taskBar = Toolkit.getDefaultToolkit().getScreenInsets(configuration);
        return new Rectangle(screen.x + taskBar.left, screen.y + taskBar.top,
                screen.width - taskBar.left - taskBar.right, screen.height - taskBar.top - taskBar.bottom);
    }

    /**
     * Shrinks {@code window} to the usable area if it is larger, and moves it inside that area
     * if it is partly outside (centred windows stay centred).
     */
    public static void fit(Window window) {
        Rectangle area = usable(window);
        Rectangle bounds = window.getBounds();
        Dimension minimum = window.getMinimumSize();
        int width = Math.min(bounds.width, area.width);
        int height = Math.min(bounds.height, area.height);
        if (minimum.width > area.width || minimum.height > area.height) {
            // A minimum larger than the screen would let the window manager grow it back.
            window.setMinimumSize(new Dimension(Math.min(minimum.width, area.width), Math.min(minimum.height, area.height)));
        }
        int x = Math.max(area.x, Math.min(bounds.x, area.x + area.width - width));
        int y = Math.max(area.y, Math.min(bounds.y, area.y + area.height - height));
        if (width != bounds.width || height != bounds.height || x != bounds.x || y != bounds.y) {
            window.setBounds(x, y, width, height);
        }
    }

    /** {@code size} made no larger than {@code share} (in per cent) of the usable area of {@code window}'s screen. */
    public static Dimension atMost(Window window, Dimension size, int share) {
        Rectangle area = usable(window);
        return new Dimension(Math.min(size.width, area.width * share / 100), Math.min(size.height, area.height * share / 100));
    }

    private static Rectangle simulated() {
        String value = System.getProperty(SIMULATED);
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            return new Rectangle(0, 0, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(SIMULATED + " must be WIDTHxHEIGHT, not " + value, e);
        }
    }
}
