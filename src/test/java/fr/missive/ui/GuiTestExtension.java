package fr.missive.ui;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.UIManager;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a test against real windows with AssertJ Swing (which publishes no JUnit 5
 * extension): checks there is a display, fails any Swing call off the EDT, gives the test a
 * {@link Robot} over the windows it opens, and always cleans that robot up.
 *
 * <p>Without a display the test is skipped on a developer's machine, but fails in CI
 * ({@code CI} set): a GUI test skipped in CI would hide a broken GUI behind a green build.
 */
public final class GuiTestExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GuiTestExtension.class);
    /** Fast enough for a suite of windows, slow enough for Xvfb to keep up. */
    private static final int DELAY_BETWEEN_EVENTS_MILLIS = 15;

    @Override
    public void beforeAll(ExtensionContext context) {
        requireDisplay();
        FailOnThreadViolationRepaintManager.install();
        // FlatLaf draws a popup's shadow by showing the popup in a window of its own. Under Xvfb,
        // which has no window manager, that window can keep the pointer grab after it closes, and
        // the next click of the test is lost. Without the shadow, popups stay inside their window.
        // (UIManager.put outlives look-and-feel changes, so this holds after a theme switch.)
        UIManager.put("Popup.dropShadowPainted", false);
    }

    static void requireDisplay() {
        if (!GraphicsEnvironment.isHeadless()) {
            return;
        }
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            Assertions.fail("GUI tests need a display and CI has none: run them under xvfb-run -a");
        }
        Assumptions.abort("No display: GUI test skipped (run it under xvfb-run -a)");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(DELAY_BETWEEN_EVENTS_MILLIS);
        context.getStore(NAMESPACE).put(Robot.class, robot);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            saveScreenshot(context);
        }
        Robot robot = context.getStore(NAMESPACE).remove(Robot.class, Robot.class);
        if (robot != null) {
            robot.cleanUp();
        }
    }

    /** What the screen showed when a test failed, under target/gui-failures, to see why. */
    private static void saveScreenshot(ExtensionContext context) {
        try {
            Path folder = Path.of("target", "gui-failures");
            Files.createDirectories(folder);
            Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
            BufferedImage image = new java.awt.Robot().createScreenCapture(screen);
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
        } catch (IOException | AWTException | RuntimeException e) {
            System.err.println("No screenshot of the failed GUI test: " + e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Robot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Robot.class, Robot.class);
    }
}
