package fr.missive.ui.windows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.ui.GuiTestExtension;
import fr.missive.ui.common.ScreenArea;
import fr.missive.ui.common.Swing;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The layout check of every window ({@link LayoutCheck}), on the usable screen areas of the
 * school office's PCs whatever the test display is: 1366×728 and 1280×680 (1366×768 and
 * 1280×720 screens less a task bar) in this JVM; 1536×824 (a 1920×1080 screen at Windows'
 * default 125 %, as Java sees it) in the surefire execution that runs {@link CatalogueChecksTest}
 * again under {@code -Dsun.java2d.uiScale=1.25} with {@code -Dmissive.layoutAreas=1536x824}.
 * {@link CatalogueChecksTest} runs {@link #layout} on every window of the catalogue, in French
 * and English, light and dark, with the other checks on the same open window; this class proves
 * with planted windows that the check fails where it must.
 */
@ExtendWith(GuiTestExtension.class)
class WindowLayoutTest {

    /** Areas to check, largest first; the 125 % execution sets its own. */
    private static final String AREAS = System.getProperty("missive.layoutAreas", "1366x728,1280x680");

    /**
     * Problems this test found that are not fixed yet (issue 15), by entry: each is printed at
     * every run, and only a problem containing one of these words is let through, so every other
     * problem of these windows, and every problem of any other window, still fails the test.
     * Remove a line once its window is fixed.
     */
    private static final java.util.Map<String, List<String>> KNOWN = java.util.Map.of();

    @AfterEach
    void noSimulatedScreenLeft() {
        System.clearProperty(ScreenArea.SIMULATED);
    }

    /**
     * The layout check over one open window: opened on the largest area (as the application
     * opens it there), checked, then fitted to each smaller area as the application would and
     * checked again. {@link CatalogueChecksTest} runs it on every window of the catalogue.
     */
    static CatalogueRunner.Check layout(List<Rectangle> areas) {
        return (entry, window, f) -> {
            List<String> problems = new ArrayList<>();
            for (Rectangle area : areas) {
                problems.addAll(problemsAt(window, area));
            }
            List<String> known = KNOWN.getOrDefault(entry.name(), List.of());
            problems.removeIf(p -> {
                boolean tolerated = known.stream().anyMatch(p::contains);
                if (tolerated) {
                    System.out.println("KNOWN, still to fix: " + entry.name() + " (" + f.describe() + ") " + p);
                }
                return tolerated;
            });
            assertThat(problems).as("layout").isEmpty();
        };
    }

    /** A check that cannot fail proves nothing: a window larger than the screen fails it. */
    @Test
    void aWindowLargerThanTheScreenFailsTheCheck() {
        Rectangle area = new Rectangle(0, 0, 1366, 728);
        JDialog oversized = Fixture.onEdt(() -> {
            JDialog dialog = new JDialog((Window) null);
            JPanel content = new JPanel(new MigLayout("", "[grow]", "[grow][]"));
            content.setPreferredSize(new Dimension(1258, 835));
            content.add(new JLabel("Modèles de lettres"), "wrap");
            content.add(new JButton("Enregistrer"), "right");
            dialog.setContentPane(content);
            dialog.pack();
            dialog.setLocation(0, 0);
            dialog.setVisible(true);
            return dialog;
        });
        try {
            List<String> problems = Fixture.onEdt(() -> LayoutCheck.problems(oversized, area));
            assertThat(problems).anySatisfy(p -> assertThat(p).contains("larger than the usable area 1366×728"));
        } finally {
            Fixture.onEdt(() -> {
                oversized.dispose();
                return null;
            });
        }
    }

    /**
     * Fitting a window whose content cannot shrink to the screen moves no problem out of sight:
     * the button pushed out of the window, and the label squeezed, are reported.
     */
    @Test
    void aButtonOutOfItsWindowAndACutLabelFailTheCheck() {
        simulate(new Rectangle(0, 0, 1280, 680));
        JDialog squeezed = Fixture.onEdt(() -> {
            JDialog dialog = new JDialog((Window) null);
            dialog.setName("planted");
            JPanel content = new JPanel(new MigLayout("", "[1200!]", "[800!][]"));
            JLabel label = new JLabel("Aucun serveur trouvé pour cette adresse : choisissez-le à l’étape suivante");
            content.add(label, "wrap, w 120!");
            content.add(new JButton("Suivant >"));
            dialog.setContentPane(content);
            dialog.pack();
            SwingUtilities.invokeLater(() -> Swing.showCentred(dialog, null, null));
            return dialog;
        });
        Fixture.window("planted");
        try {
            List<String> problems = Fixture.onEdt(() -> LayoutCheck.problems(squeezed, new Rectangle(0, 0, 1280, 680)));
            assertThat(problems).noneMatch(p -> p.contains("larger than the usable area"))
                    .anySatisfy(p -> assertThat(p).contains("JButton \"Suivant >\"").contains("cut by the edge"))
                    .anySatisfy(p -> assertThat(p).contains("JLabel \"Aucun serveur").contains("text cut"));
        } finally {
            Fixture.onEdt(() -> {
                squeezed.dispose();
                return null;
            });
        }
    }

    /** The window fitted to {@code area} as the application fits it, and what is wrong there. */
    private static List<String> problemsAt(Window window, Rectangle area) {
        simulate(area);
        return Fixture.onEdt(() -> {
            ScreenArea.fit(window);
            window.validate();
            List<String> found = new ArrayList<>();
            for (String problem : LayoutCheck.problems(window, area)) {
                found.add("at " + area.width + "×" + area.height + ": " + problem);
            }
            return found;
        });
    }

    static void simulate(Rectangle area) {
        System.setProperty(ScreenArea.SIMULATED, area.width + "x" + area.height);
    }

    /** The areas asked ({@code missive.layoutAreas}), largest first. */
    static List<Rectangle> areas() {
        return Arrays.stream(AREAS.split(",")).map(String::strip).map(a -> a.split("x"))
                .map(a -> new Rectangle(0, 0, Integer.parseInt(a[0]), Integer.parseInt(a[1])))
                .sorted(Comparator.comparingInt((Rectangle r) -> r.width * r.height).reversed())
                .toList();
    }
}
