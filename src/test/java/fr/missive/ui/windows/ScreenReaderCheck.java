package fr.missive.ui.windows;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Every window of the catalogue, in French and in English, read as a screen reader reads it:
 * every control a user can reach has a name in the user's language ({@link AccessibleNames}),
 * but for those still listed in {@link #NOT_YET_NAMED}; the same controls are named in both
 * languages. What each window says is written to target/screen-reader/catalogue-LANGUAGE/, for
 * a person to read. The windows are read while {@link CatalogueChecksTest} has them open.
 */
final class ScreenReaderCheck {

    /**
     * The controls not named yet, listed so that the test catches any new one while they are
     * fixed window by window; the list may only shrink.
     */
    private static final String NOT_YET_NAMED = "/a11y/not-yet-named.txt";

    private final Map<Locale, Map<String, List<Control>>> read = new LinkedHashMap<>();

    /** Reads each window as it is open, in {@code language}. */
    CatalogueRunner.Check reading(Locale language) {
        Map<String, List<Control>> windows = new LinkedHashMap<>();
        read.put(language, windows);
        return (entry, window, f) -> windows.put(entry.name(), Fixture.onEdt(() -> AccessibleNames.controls(window)));
    }

    /** After the windows were read in each language asked: every control named, in both languages alike. */
    void assertEveryControlNamed() throws IOException {
        write();
        Map<String, List<Control>> french = read.getOrDefault(Locale.FRENCH, Map.of());
        Map<String, List<Control>> english = read.getOrDefault(Locale.ENGLISH, Map.of());
        Map<String, String> problems = new TreeMap<>();
        for (WindowCatalogue.Entry entry : WindowCatalogue.all()) {
            String name = entry.name();
            if (french.containsKey(name)) {
                AccessibleNames.problems(french.get(name), Locale.FRENCH).forEach(p -> add(problems, name, "fr: " + p));
            }
            if (english.containsKey(name)) {
                AccessibleNames.problems(english.get(name), Locale.ENGLISH).forEach(p -> add(problems, name, "en: " + p));
            }
            if (french.containsKey(name) && english.containsKey(name)) {
                AccessibleNames.sameInBothLanguages(french.get(name), english.get(name))
                        .forEach(p -> add(problems, name, p));
            }
        }
        Set<String> notYetNamed = notYetNamed();
        assertThat(problems.entrySet().stream().filter(p -> !notYetNamed.contains(p.getKey()))
                .map(p -> p.getKey() + " — " + p.getValue()).toList())
                .as("controls without a usable name (not in %s)", NOT_YET_NAMED).isEmpty();
        if (!french.isEmpty() && !english.isEmpty()) {
            assertThat(notYetNamed.stream().filter(known -> !problems.containsKey(known)).toList())
                    .as("controls now named: delete their lines from %s", NOT_YET_NAMED).isEmpty();
        }
    }

    /** One problem per control: "entry TAB control's place", the control's place being what precedes " (role)". */
    private static void add(Map<String, String> problems, String entry, String problem) {
        String text = problem.replaceFirst("^(fr|en): ", "");
        problems.merge(entry + "\t" + text.substring(0, text.indexOf(" (")), problem, (a, b) -> a + " / " + b);
    }

    private static Set<String> notYetNamed() throws IOException {
        try (InputStream in = ScreenReaderCheck.class.getResourceAsStream(NOT_YET_NAMED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toSet());
        }
    }

    private void write() throws IOException {
        for (Map.Entry<Locale, Map<String, List<Control>>> language : read.entrySet()) {
            Path folder = Path.of("target", "screen-reader", "catalogue-" + language.getKey().getLanguage());
            Files.createDirectories(folder);
            for (Map.Entry<String, List<Control>> window : language.getValue().entrySet()) {
                Files.write(folder.resolve(window.getKey().replace('/', '_').replace(':', '_') + ".txt"),
                        window.getValue().stream().map(c -> c.key() + "\t" + c.spoken()).toList());
            }
        }
    }
}
