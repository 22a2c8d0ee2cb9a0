package fr.missive.ui.windows;

import fr.missive.ui.windows.WindowCatalogue.Entry;
import java.awt.Window;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return forEachPrepared(fixture, entries, () -> { }, check);
    }

    /** The same, running {@code beforeEach} (on the test thread) before each entry is opened. */
    public static List<String> forEachPrepared(Fixture fixture, List<Entry> entries, Runnable beforeEach, Check check) {
        List<String> failures = new ArrayList<>();
        for (Entry entry : entries) {
            long start = System.nanoTime();
            try {
                beforeEach.run();
                Window window = entry.open(fixture);
                check.check(entry, window, fixture);
            } catch (Exception | AssertionError e) {
                failures.add(entry.name() + " (" + fixture.describe() + "): " + e.getMessage());
            } finally {
                fixture.closeAllButMain();
                System.out.printf("catalogue: %s (%s) %d ms%n", entry.name(), fixture.describe(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
        return failures;
    }

    /**
     * Runs several checks over {@code entries}, each window opened once for all of them (opening
     * is most of a check's time): {@code beforeEach} runs before each entry is opened, then each
     * check in turn on the open window. Returns, for each check by its name, one line per window
     * at fault; a window that does not open is at fault for every check.
     */
    public static Map<String, List<String>> forEachChecked(Fixture fixture, List<Entry> entries, Runnable beforeEach,
            Map<String, Check> checks) {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        checks.keySet().forEach(name -> failures.put(name, new ArrayList<>()));
        for (Entry entry : entries) {
            long start = System.nanoTime();
            String where = entry.name() + " (" + fixture.describe() + "): ";
            try {
                beforeEach.run();
                Window window = entry.open(fixture);
                for (Map.Entry<String, Check> check : checks.entrySet()) {
                    try {
                        check.getValue().check(entry, window, fixture);
                    } catch (Exception | AssertionError e) {
                        failures.get(check.getKey()).add(where + e.getMessage());
                    }
                }
            } catch (Exception | AssertionError e) {
                failures.values().forEach(list -> list.add(where + "did not open: " + e.getMessage()));
            } finally {
                fixture.closeAllButMain();
                System.out.printf("catalogue: %s (%s) %s %d ms%n", entry.name(), fixture.describe(), checks.keySet(),
                        (System.nanoTime() - start) / 1_000_000);
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
