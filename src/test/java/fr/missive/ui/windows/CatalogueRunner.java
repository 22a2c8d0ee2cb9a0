package fr.missive.ui.windows;

import fr.missive.ui.windows.WindowCatalogue.Entry;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one check over catalogue entries: opens each in turn, checks it, closes every window but
 * the main window, and goes on after a failure so that one run lists every window at fault. An
 * entry that cannot be opened is a failure too: no window is skipped.
 */
public final class CatalogueRunner {

    /** What must hold for one window; throws (an {@link AssertionError} or any exception) when it does not. */
    @FunctionalInterface
    public interface Check {
        void check(Entry entry, Window window, Fixture fixture) throws Exception;
    }

    private CatalogueRunner() {
    }

    /** Runs {@code check} over {@code entries}; returns one line per window at fault ("name (fr light): why"). */
    public static List<String> forEach(Fixture fixture, List<Entry> entries, Check check) {
        List<String> failures = new ArrayList<>();
        for (Entry entry : entries) {
            try {
                Window window = entry.open(fixture);
                check.check(entry, window, fixture);
            } catch (Exception | AssertionError e) {
                failures.add(entry.name() + " (" + fixture.describe() + "): " + e.getMessage());
            } finally {
                fixture.closeAllButMain();
            }
        }
        return failures;
    }

    /** Runs {@code check} over every window of the catalogue, failing with the list of every window at fault. */
    public static void assertEveryWindow(Fixture fixture, Check check) {
        List<String> failures = forEach(fixture, WindowCatalogue.all(), check);
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " window(s) at fault:\n  " + String.join("\n  ", failures));
        }
    }
}
