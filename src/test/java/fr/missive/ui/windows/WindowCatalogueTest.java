package fr.missive.ui.windows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.ui.GuiTestExtension;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue itself: every entry opens a window that shows, with a name of its own, and the
 * size each window opens at on this display is written to {@code target/window-sizes.txt}.
 */
@ExtendWith(GuiTestExtension.class)
class WindowCatalogueTest {

    @Test
    void entryNamesAreUnique() {
        Set<String> names = new HashSet<>();
        for (WindowCatalogue.Entry entry : WindowCatalogue.all()) {
            assertThat(names.add(entry.name())).as("entry name %s used twice", entry.name()).isTrue();
        }
    }

    @Test
    void everyEntryOpensAShowingWindow() throws IOException {
        List<String> sizes = new ArrayList<>();
        try (Fixture fixture = Fixture.open(Locale.FRENCH, false)) {
            CatalogueRunner.assertEveryWindow(fixture, (entry, window, f) -> {
                Dimension size = Fixture.onEdt(window::getSize);
                sizes.add(entry.name() + "\t" + size.width + "×" + size.height);
                assertThat(Fixture.onEdt(window::isShowing)).as("%s showing", entry.name()).isTrue();
            });
        } finally {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "window-sizes.txt"), sizes);
        }
    }
}
