package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.ui.common.Themes;
import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The focused button is seen at a glance, in the light and the dark theme: its ring, in the focus
 * colour, is two pixels wide, and the same button without the focus has none. The screen is
 * written to target/focus-ring-{light,dark}.png to be looked at.
 */
@ExtendWith(GuiTestExtension.class)
class FocusRingTest {

    @AfterAll
    static void backToLight() {
        Gui.onEdt(() -> {
            Themes.apply(false, false);
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theFocusedButtonHasARingTwoPixelsWideInTheFocusColour(boolean dark, Robot robot) throws Exception {
        Gui.onEdt(() -> {
            Themes.installDefault();
            Themes.apply(dark, false);
            return null;
        });
        JButton[] buttons = new JButton[2];
        JDialog dialog = Gui.onEdt(() -> {
            JDialog d = new JDialog((java.awt.Window) null, "Focus");
            d.setName("focusRing");
            JPanel panel = new JPanel(new MigLayout("insets 20, wrap 2"));
            panel.add(new JTextField("Anaïs", 12), "span 2");
            buttons[0] = new JButton("Enregistrer");
            buttons[1] = new JButton("Annuler");
            panel.add(buttons[0]);
            panel.add(buttons[1]);
            d.setContentPane(panel);
            d.pack();
            d.setLocation(new Point(40, 40));
            d.setVisible(true);
            return d;
        });
        try {
            java.awt.Robot awt = new java.awt.Robot();
            Color ring = Color.decode(dark ? "#5aa9ff" : "#0b5cc4");
            // Without a window manager (a test's own screen), X may map the dialog where it was
            // asked, (40, 40), while Java still believes it at (0, 0), and the pixels read would be
            // the wrong ones: placing it again once shown gets a reply from X that Java believes.
            // The ring itself is painted after the focus event, on a later pass of the EDT: wait
            // until it is on the screen rather than look once after a fixed pause.
            Point asked = new Point(40, 40);
            try {
                Gui.until("ring drawn around the focused button", () -> {
                    if (!dialog.getLocationOnScreen().equals(asked)) {
                        dialog.setLocation(asked);
                        return false;
                    }
                    buttons[0].requestFocusInWindow();
                    if (!buttons[0].hasFocus()) {
                        return false;
                    }
                    Rectangle focused = new Rectangle(buttons[0].getLocationOnScreen(), buttons[0].getSize());
                    return ringWidth(awt, focused, ring) >= 2;
                });
            } catch (org.assertj.swing.exception.WaitTimedOutError e) {
                // The assertion below says what was seen, and the screen is kept to be looked at.
            }
            robot.waitForIdle();
            Rectangle focused = Gui.onEdt(() -> new Rectangle(buttons[0].getLocationOnScreen(), buttons[0].getSize()));
            Rectangle other = Gui.onEdt(() -> new Rectangle(buttons[1].getLocationOnScreen(), buttons[1].getSize()));
            Rectangle window = Gui.onEdt(() -> new Rectangle(dialog.getLocationOnScreen(), dialog.getSize()));
            BufferedImage shot = awt.createScreenCapture(window);
            Files.createDirectories(Path.of("target"));
            ImageIO.write(shot, "png", Path.of("target", "focus-ring-" + (dark ? "dark" : "light") + ".png").toFile());

            assertThat(ringWidth(awt, focused, ring)).as("ring of the focused button").isGreaterThanOrEqualTo(2);
            assertThat(ringWidth(awt, other, ring)).as("ring of the other button").isZero();
        } finally {
            Gui.onEdt(() -> {
                dialog.dispose();
                return null;
            });
        }
    }

    /** How many pixels near the ring colour a horizontal line through the button's middle crosses from the left. */
    private static int ringWidth(java.awt.Robot awt, Rectangle button, Color ring) {
        int y = button.y + button.height / 2;
        int width = 0;
        for (int x = button.x; x < button.x + 8; x++) {
            Color pixel = awt.getPixelColor(x, y);
            if (Math.abs(pixel.getRed() - ring.getRed()) + Math.abs(pixel.getGreen() - ring.getGreen())
                    + Math.abs(pixel.getBlue() - ring.getBlue()) < 60) {
                width++;
            }
        }
        return width;
    }

}
