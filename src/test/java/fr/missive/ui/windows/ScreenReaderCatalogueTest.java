package fr.missive.ui.windows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.ui.GuiTestExtension;
import fr.missive.ui.a11y.AccessibleNames;
import fr.missive.ui.a11y.AccessibleNames.Control;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every window, dialog and wizard page of the catalogue, in French and in English, read as a
 * screen reader reads it: every control a user can reach has a name in the user's language
 * ({@link AccessibleNames}), and no window is left out. What each window says is written to
 * target/screen-reader/catalogue-LANGUAGE/, for a person to read.
 */
@ExtendWith(GuiTestExtension.class)
class ScreenReaderCatalogueTest {

    @Test
    void everyWindowNamesEveryReachableControlInFrenchAndInEnglish() throws IOException {
        Map<String, List<Control>> french = readEveryWindow(Locale.FRENCH);
        Map<String, List<Control>> english = readEveryWindow(Locale.ENGLISH);

        List<String> problems = new ArrayList<>();
        for (WindowCatalogue.Entry entry : WindowCatalogue.all()) {
            String name = entry.name();
            AccessibleNames.problems(french.get(name), Locale.FRENCH).forEach(p -> problems.add(name + " fr: " + p));
            AccessibleNames.problems(english.get(name), Locale.ENGLISH).forEach(p -> problems.add(name + " en: " + p));
            AccessibleNames.sameInBothLanguages(french.get(name), english.get(name))
                    .forEach(p -> problems.add(name + ": " + p));
        }
        assertThat(problems).isEmpty();
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
