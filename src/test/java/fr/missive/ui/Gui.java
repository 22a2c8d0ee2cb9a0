package fr.missive.ui;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** Waiting for what the background thread brings to the windows, without sleeping blindly. */
final class Gui {

    static final long TIMEOUT_MILLIS = 20_000;

    private Gui() {
    }

    static FrameFixture frame(Robot robot, String name) {
        FrameFixture frame = WindowFinder.findFrame(name).withTimeout(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                .using(robot);
        settle(robot, frame.target());
        return frame;
    }

    static DialogFixture dialog(Robot robot, String name) {
        DialogFixture dialog = WindowFinder.findDialog(name).withTimeout(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                .using(robot);
        settle(robot, dialog.target());
        return dialog;
    }

    /**
     * Waits until X has a window just found where Java believes it is. Under Xvfb, with no
     * window manager, X can still report a window's first placement after Java moved it: Java
     * then believes it elsewhere for a moment, and a click computed from Java's coordinates
     * lands beside the button (seen once in a hundred runs of the wizard and the sign-in).
     * The pointer is put just inside the window's corner, where no tooltip lives, and X is asked
     * whether it is over that window; if not, the window is placed again. Never fails: a window
     * covered by another one is left as it is after a few tries.
     */
    private static void settle(Robot robot, Window window) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Rectangle bounds = onEdt(() -> window.isShowing()
                    && Arrays.stream(window.getOwnedWindows()).noneMatch(Window::isShowing)
                    ? new Rectangle(window.getLocationOnScreen(), window.getSize()) : null);
            if (bounds == null || bounds.width < 8 || bounds.height < 8) {
                return;
            }
            robot.moveMouse(new Point(bounds.x + 3, bounds.y + 3));
            if (onEdt(() -> window.getMousePosition(true) != null)) {
                return;
            }
            System.err.println("Gui.settle: " + window.getName() + " not under the pointer at " + bounds
                    + " (attempt " + (attempt + 1) + "); placed again");
            onEdt(() -> {
                Point at = window.getLocation();
                window.setLocation(at.x + 1, at.y);
                window.setLocation(at);
                return null;
            });
            Pause.pause(100);
        }
    }

    /** Waits until {@code condition}, evaluated on the EDT, holds. */
    static void until(String description, Callable<Boolean> condition) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                Boolean result = GuiActionRunner.execute(condition);
                return result != null && result;
            }
        }, Timeout.timeout(TIMEOUT_MILLIS));
    }

    static void untilShowing(Robot robot, String name) {
        until(name + " showing", () -> showing(robot, name));
    }

    /** Showing is not enough to click: a component added by a background callback may not be laid out yet. */
    static void untilClickable(Robot robot, String name) {
        until(name + " laid out", () -> !robot.finder()
                .findAll(c -> name.equals(c.getName()) && c.isShowing() && c.getWidth() > 0 && c.getHeight() > 0)
                .isEmpty());
    }

    static void untilHidden(Robot robot, String name) {
        until(name + " hidden", () -> !showing(robot, name));
    }

    /** Picks an item as a user would, then waits until its drop-down list is closed. */
    static void select(JComboBoxFixture combo, String item) {
        combo.selectItem(item);
        until("drop-down list of " + combo.target().getName() + " closed", () -> !combo.target().isPopupVisible());
        combo.robot().waitForIdle();
    }

    static boolean showing(Robot robot, String name) {
        return !robot.finder().findAll(c -> name.equals(c.getName()) && c.isShowing()).isEmpty();
    }

    static <T> T onEdt(Callable<T> query) {
        return GuiActionRunner.execute(query);
    }

    static boolean isShowing(Component c) {
        return onEdt(c::isShowing);
    }

    /**
     * Approves a file chooser as its Open/Save button does, without a click: under Xvfb, with no
     * window manager, a chooser can be drawn elsewhere than Java believes and the click be lost.
     */
    static void approve(org.assertj.swing.fixture.JFileChooserFixture chooser) {
        GuiActionRunner.execute(() -> chooser.target().approveSelection());
    }

    /**
     * Clicks a button that closes its window, clicking again if the window is still there: under
     * Xvfb, with no window manager, a window just opened may not yet be where Java believes, and
     * the first click then lands beside the button.
     */
    static void clickToClose(org.assertj.swing.fixture.JButtonFixture button, String windowName) {
        Robot robot = button.robot();
        for (int attempt = 1; ; attempt++) {
            button.click();
            try {
                Pause.pause(new Condition(windowName + " hidden") {
                    @Override
                    public boolean test() {
                        return GuiActionRunner.execute(() -> !showing(robot, windowName));
                    }
                }, Timeout.timeout(attempt < 3 ? 3_000 : TIMEOUT_MILLIS));
                return;
            } catch (org.assertj.swing.exception.WaitTimedOutError stillThere) {
                if (attempt >= 3) {
                    throw stillThere;
                }
            }
        }
    }

    /** The words a label shows, without the HTML markup of a wrapped label ({@code Swing.wrapped}). */
    public static String shownText(javax.swing.JLabel label) {
        String text = onEdt(label::getText);
        return text == null ? "" : text.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").strip();
    }
}
