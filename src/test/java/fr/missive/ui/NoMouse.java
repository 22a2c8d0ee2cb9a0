package fr.missive.ui;

import java.awt.AWTEvent;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.swing.core.Robot;

/**
 * Proves a scenario used no mouse: records every mouse event (press, click, move, drag, wheel,
 * enter, exit) that reaches any window between {@link #start} and {@link #requireNone}.
 */
final class NoMouse {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AWTEventListener listener = event -> seen.add(event.paramString() + " on "
            + ((java.awt.Component) event.getSource()).getName());

    /**
     * Parks the pointer in the screen's bottom-right corner, where no window of the tests opens
     * (so that a window appearing under it sends no "mouse entered"), then starts listening.
     */
    void start(Robot robot) {
        java.awt.Dimension screen = Gui.onEdt(() -> Toolkit.getDefaultToolkit().getScreenSize());
        robot.moveMouse(new Point(screen.width - 1, screen.height - 1));
        robot.waitForIdle();
        Toolkit.getDefaultToolkit().addAWTEventListener(listener,
                AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK);
    }

    void stop() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(listener);
    }

    void requireNone() {
        if (!seen.isEmpty()) {
            throw new AssertionError(seen.size() + " mouse event(s) during a keyboard-only scenario: " + seen);
        }
    }

}
