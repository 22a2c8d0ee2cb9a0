package fr.missive.ui.windows;

import fr.missive.ui.GuiTestExtension;
import fr.missive.ui.Mnemonics;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every window, dialog and wizard page of the catalogue, in French and in English: each field
 * label and button has an Alt+letter of its own ({@link Mnemonics#problems}).
 */
@ExtendWith(GuiTestExtension.class)
class MnemonicsCatalogueTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyLabelAndButtonOfEveryWindowHasAMnemonicUniqueInItsWindow(String language) {
        try (Fixture fixture = Fixture.open(Locale.forLanguageTag(language), false)) {
            CatalogueRunner.assertEveryWindow(fixture, (entry, window, f) -> {
                Fixture.settle();
                // The mnemonics are given just after the window or page shows: let the EDT catch up.
                Fixture.onEdt(() -> null);
                Fixture.onEdt(() -> null);
                List<String> problems = Mnemonics.problems(window);
                if (!problems.isEmpty()) {
                    throw new AssertionError(String.join("; ", problems));
                }
            });
        }
    }
}
