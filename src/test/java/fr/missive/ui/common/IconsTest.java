package fr.missive.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IconsTest {

    private static LookAndFeel before;

    @BeforeAll
    static void remember() {
        before = UIManager.getLookAndFeel();
    }

    @AfterAll
    static void restore() {
        onEdt(() -> UIManager.setLookAndFeel(before));
    }

    /** Swing work on the event thread, as the GUI tests' repaint manager checks. */
    private static void onEdt(Work work) {
        GuiActionRunner.execute(() -> {
            work.run();
            return null;
        });
    }

    private interface Work {
        void run() throws Exception;
    }

    @Test
    void everyIconNamedForAComponentIsAnSvgThatDraws() {
        onEdt(IconsTest::everyIconDraws);
    }

    private static void everyIconDraws() {
        Set<String> files = new TreeSet<>(Icons.BY_COMPONENT.values());
        for (String file : files) {
            FlatSVGIcon icon = (FlatSVGIcon) Icons.get(file);
            assertThat(icon.hasFound()).as(file).isTrue();
            assertThat(inkOf(icon)).as(file).isGreaterThan(20);
        }
    }

    @Test
    void theSameFileIsDrawnLighterUnderTheDarkTheme() {
        onEdt(IconsTest::lighterWhenDark);
    }

    private static void lighterWhenDark() throws Exception {
        UIManager.setLookAndFeel(new FlatLightLaf());
        double light = meanBrightnessOfInk(Icons.get("users"));
        UIManager.setLookAndFeel(new FlatDarkLaf());
        double dark = meanBrightnessOfInk(Icons.get("users"));
        assertThat(dark).isGreaterThan(light + 40);
    }

    @Test
    void menuItemsContextMenusAndToolbarButtonsGetTheirIconByName() {
        onEdt(IconsTest::decoratedByName);
    }

    private static void decoratedByName() {
        JMenuBar bar = new JMenuBar();
        JMenu mail = new JMenu("Mail");
        JMenuItem outbox = new JMenuItem("Outbox");
        outbox.setName("menuOutbox");
        JMenuItem unnamed = new JMenuItem("Other");
        mail.add(outbox);
        mail.add(unnamed);
        bar.add(mail);
        JPanel toolbar = new JPanel();
        JButton add = new JButton("Add");
        add.setName("contactAdd");
        toolbar.add(add);
        javax.swing.JPopupMenu context = new javax.swing.JPopupMenu();
        JMenuItem send = new JMenuItem("Send");
        send.setName("contextSendEmail");
        context.add(send);
        toolbar.setComponentPopupMenu(context);

        Icons.decorate(bar);
        Icons.decorate(toolbar);

        assertThat(outbox.getIcon()).isInstanceOf(FlatSVGIcon.class);
        assertThat(((FlatSVGIcon) outbox.getIcon()).getName()).endsWith("outbox.svg");
        assertThat(((FlatSVGIcon) add.getIcon()).getName()).endsWith("add.svg");
        assertThat(((FlatSVGIcon) send.getIcon()).getName()).endsWith("mail.svg");
        assertThat(unnamed.getIcon()).isNull();
    }

    private static BufferedImage draw(Icon icon) {
        BufferedImage image = new BufferedImage(icon.getIconWidth(), icon.getIconHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        icon.paintIcon(new JPanel(), g, 0, 0);
        g.dispose();
        return image;
    }

    private static int inkOf(Icon icon) {
        BufferedImage image = draw(icon);
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) > 128) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static double meanBrightnessOfInk(Icon icon) {
        BufferedImage image = draw(icon);
        double sum = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 200) {
                    Color c = new Color(argb);
                    sum += (c.getRed() + c.getGreen() + c.getBlue()) / 3.0;
                    count++;
                }
            }
        }
        assertThat(count).isPositive();
        return sum / count;
    }
}
