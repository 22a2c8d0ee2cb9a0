package fr.missive.ui.windows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.ui.GuiTestExtension;
import fr.missive.ui.a11y.AccessibleNames;
import fr.missive.ui.a11y.AccessibleNames.Control;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every window, dialog and wizard page of the catalogue, in French and in English, read as a
 * screen reader reads it: every control a user can reach has a name in the user's language
 * ({@link AccessibleNames}), but for those still listed in {@link #NOT_YET_NAMED}; no window is
 * left out (the JDK's own file chooser is read by its own names). What each window says is written to
 * target/screen-reader/catalogue-LANGUAGE/, for a person to read.
 */
@ExtendWith(GuiTestExtension.class)
class ScreenReaderCatalogueTest {

    /**
     * The controls not named yet, listed so that the test catches any new one while they are
     * fixed window by window; the list may only shrink.
     */
    private static final String NOT_YET_NAMED = "/a11y/not-yet-named.txt";

    @Test
    void everyWindowNamesEveryReachableControlInFrenchAndInEnglish() throws IOException {
        Map<String, List<Control>> french = readEveryWindow(Locale.FRENCH);
        Map<String, List<Control>> english = readEveryWindow(Locale.ENGLISH);

        Map<String, String> problems = new TreeMap<>();
        for (WindowCatalogue.Entry entry : WindowCatalogue.all()) {
            String name = entry.name();
            AccessibleNames.problems(french.get(name), Locale.FRENCH).forEach(p -> add(problems, name, "fr: " + p));
            AccessibleNames.problems(english.get(name), Locale.ENGLISH).forEach(p -> add(problems, name, "en: " + p));
            AccessibleNames.sameInBothLanguages(french.get(name), english.get(name))
                    .forEach(p -> add(problems, name, p));
        }
        Set<String> notYetNamed = notYetNamed();
        assertThat(problems.entrySet().stream().filter(p -> !notYetNamed.contains(p.getKey()))
                .map(p -> p.getKey() + " — " + p.getValue()).toList())
                .as("controls without a usable name (not in %s)", NOT_YET_NAMED).isEmpty();
        assertThat(notYetNamed.stream().filter(known -> !problems.containsKey(known)).toList())
                .as("controls now named: delete their lines from %s", NOT_YET_NAMED).isEmpty();
    }

    /** One problem per control: "entry TAB control's place", the control's place being what precedes " (role)". */
    private static void add(Map<String, String> problems, String entry, String problem) {
        String text = problem.replaceFirst("^(fr|en): ", "");
        problems.merge(entry + "\t" + text.substring(0, text.indexOf(" (")), problem, (a, b) -> a + " / " + b);
    }

    private static Set<String> notYetNamed() throws IOException {
        try (InputStream in = ScreenReaderCatalogueTest.class.getResourceAsStream(NOT_YET_NAMED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toSet());
        }
    }

    /** Opens every entry in {@code language} and reads it; an entry that does not open fails the test. */
    private static Map<String, List<Control>> readEveryWindow(Locale language) throws IOException {
        Map<String, List<Control>> read = new LinkedHashMap<>();
        List<String> failures;
        try (Fixture fixture = Fixture.open(language, false)) {
            failures = CatalogueRunner.forEach(fixture, WindowCatalogue.all(), (entry, window, f) ->
                    read.put(entry.name(), Fixture.onEdt(() -> AccessibleNames.controls(window))));
        }
        assertThat(failures).as("windows that did not open").isEmpty();
        Path folder = Path.of("target", "screen-reader", "catalogue-" + language.getLanguage());
        Files.createDirectories(folder);
        for (Map.Entry<String, List<Control>> window : read.entrySet()) {
            Files.write(folder.resolve(window.getKey().replace('/', '_').replace(':', '_') + ".txt"),
                    window.getValue().stream().map(c -> c.key() + "\t" + c.spoken()).toList());
        }
        return read;
    }
}
