package fr.missive.ui.windows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.ui.Mnemonics;
import java.awt.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks {@link CatalogueChecksTest} runs on every window of the catalogue, by name. */
final class CatalogueChecks {

    static final String OPENS = "opens";
    static final String MNEMONICS = "mnemonics";
    static final String SCREEN_READER = "screen reader";
    static final String LAYOUT = "layout";
    static final String DISCARD = "discard question";
    static final List<String> ALL = List.of(OPENS, MNEMONICS, SCREEN_READER, LAYOUT, DISCARD);

    /** Where the size each window opens at is written, one line per window. */
    static final Path SIZES = Path.of("target", "window-sizes.txt");

    private CatalogueChecks() {
    }

    /**
     * The entry opens a window that shows; its size (as it opens on the largest usable area
     * checked) is written to {@link #SIZES}.
     */
    static CatalogueRunner.Check opensAndShows() {
        Set<String> written = new HashSet<>();
        return (entry, window, f) -> {
            Dimension size = Fixture.onEdt(window::getSize);
            writeSize(entry.name() + "\t" + size.width + "×" + size.height, written.isEmpty());
            written.add(entry.name());
            assertThat(Fixture.<Boolean>onEdt(window::isShowing)).as("%s showing", entry.name()).isTrue();
        };
    }

    /** Each field label and button has an Alt+letter of its own in its window ({@link Mnemonics#problems}). */
    static CatalogueRunner.Check mnemonics() {
        return (entry, window, f) -> {
            Fixture.settle();
            // The mnemonics are given just after the window or page shows: let the EDT catch up.
            Fixture.onEdt(() -> null);
            Fixture.onEdt(() -> null);
            List<String> problems = Mnemonics.problems(window);
            if (!problems.isEmpty()) {
                throw new AssertionError(String.join("; ", problems));
            }
        };
    }

    static void entryNamesAreUnique() {
        Set<String> names = new HashSet<>();
        for (WindowCatalogue.Entry entry : WindowCatalogue.all()) {
            assertThat(names.add(entry.name())).as("entry name %s used twice", entry.name()).isTrue();
        }
    }

    private static void writeSize(String line, boolean first) {
        try {
            Files.createDirectories(SIZES.getParent());
            Files.writeString(SIZES, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, first ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
