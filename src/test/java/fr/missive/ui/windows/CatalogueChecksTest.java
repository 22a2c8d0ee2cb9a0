package fr.missive.ui.windows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.ui.GuiTestExtension;
import fr.missive.ui.common.ScreenArea;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.assertj.swing.core.Robot;

/**
 * Every window of the {@link WindowCatalogue} opened once per look (language × theme, on the
 * largest usable area checked), and every check that must hold for every window run on that
 * open window: it opens and shows ({@link CatalogueChecks#OPENS}), its layout on every area
 * ({@link WindowLayoutTest}'s {@link LayoutCheck}), its mnemonics ({@link fr.missive.ui.Mnemonics}),
 * what a screen reader says ({@link ScreenReaderCheck}), and last, in French, whether Escape asks
 * before typed data is lost ({@link DiscardQuestionCheck}). Opening a window is most of the time
 * a check takes; the four checks used to open all 49 windows each.
 *
 * <p>Each check is a test of its own in the report ("fr light › mnemonics"), failing with the
 * list of the windows at fault, by name. Languages and themes: the layout in all four looks;
 * mnemonics and screen-reader names (which no theme changes) in French and English, light.
 *
 * <p>The surefire execution at {@code -Dsun.java2d.uiScale=1.25} runs this class with
 * {@code -Dmissive.catalogueChecks=layout}: only the layout depends on the scale.
 */
@ExtendWith(GuiTestExtension.class)
class CatalogueChecksTest {

    /** The checks to run; the 125 % execution asks for the layout only. */
    private static final List<String> CHECKS = Arrays.asList(System.getProperty("missive.catalogueChecks",
            String.join(",", CatalogueChecks.ALL)).split(","));
    /** Languages and themes to check; all four unless a developer asks for fewer while fixing a window. */
    private static final String LOOKS = System.getProperty("missive.layoutLooks", "fr light,en light,fr dark,en dark");

    @AfterEach
    void noSimulatedScreenLeft() {
        System.clearProperty(ScreenArea.SIMULATED);
    }

    @TestFactory
    Stream<DynamicNode> everyWindowOfTheCatalogueOpenedOncePerLookPassesEveryCheck(Robot robot) {
        List<Rectangle> areas = WindowLayoutTest.areas();
        ScreenReaderCheck screenReader = new ScreenReaderCheck();
        List<DynamicNode> nodes = new ArrayList<>();
        for (String look : List.of("fr light", "en light", "fr dark", "en dark")) {
            if (!LOOKS.contains(look)) {
                continue;
            }
            boolean light = look.endsWith("light");
            Map<String, CatalogueRunner.Check> checks = new LinkedHashMap<>();
            Locale language = Locale.forLanguageTag(look.substring(0, 2));
            if (light && CHECKS.contains(CatalogueChecks.OPENS) && look.startsWith("fr")) {
                checks.put(CatalogueChecks.OPENS, CatalogueChecks.opensAndShows());
            }
            if (light && CHECKS.contains(CatalogueChecks.MNEMONICS)) {
                checks.put(CatalogueChecks.MNEMONICS, CatalogueChecks.mnemonics());
            }
            if (light && CHECKS.contains(CatalogueChecks.SCREEN_READER)) {
                checks.put(CatalogueChecks.SCREEN_READER, screenReader.reading(language));
            }
            // Last: the layout check fits each window to the smaller areas.
            if (CHECKS.contains(CatalogueChecks.LAYOUT)) {
                checks.put(CatalogueChecks.LAYOUT, WindowLayoutTest.layout(areas));
            }
            // After every other: it types, and closes the window.
            if (light && CHECKS.contains(CatalogueChecks.DISCARD) && look.startsWith("fr")) {
                checks.put(CatalogueChecks.DISCARD, DiscardQuestionCheck.typingWith(robot));
            }
            if (checks.isEmpty()) {
                continue;
            }
            Supplier<Map<String, List<String>>> pass = memoised(() -> {
                try (Fixture fixture = Fixture.open(language, !light)) {
                    return CatalogueRunner.forEachChecked(fixture, WindowCatalogue.all(),
                            () -> WindowLayoutTest.simulate(areas.get(0)), checks);
                }
            });
            List<DynamicNode> tests = new ArrayList<>();
            for (String check : checks.keySet()) {
                tests.add(DynamicTest.dynamicTest(check, () -> assertThat(pass.get().get(check))
                        .as("windows at fault for the %s check (%s)", check, look).isEmpty()));
            }
            nodes.add(DynamicContainer.dynamicContainer(look, tests));
        }
        if (CHECKS.contains(CatalogueChecks.SCREEN_READER) && LOOKS.contains("light")) {
            nodes.add(DynamicTest.dynamicTest("screen reader names every control, the same in French and English",
                    screenReader::assertEveryControlNamed));
        }
        if (CHECKS.contains(CatalogueChecks.DISCARD)) {
            nodes.add(DynamicTest.dynamicTest("windows closing at once on Escape are in the catalogue",
                    DiscardQuestionCheck::everyWindowListedAsClosingAtOnceIsInTheCatalogue));
        }
        if (CHECKS.contains(CatalogueChecks.OPENS)) {
            nodes.add(DynamicTest.dynamicTest("entry names are unique", CatalogueChecks::entryNamesAreUnique));
        }
        return nodes.stream();
    }

    /** Runs {@code work} at the first {@code get()} only: the checks of one look share one pass. */
    private static <T> Supplier<T> memoised(Supplier<T> work) {
        return new Supplier<>() {
            private T value;
            private boolean done;

            @Override
            public synchronized T get() {
                if (!done) {
                    value = work.get();
                    done = true;
                }
                return value;
            }
        };
    }
}
