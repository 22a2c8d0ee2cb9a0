package fr.missive.ui.windows;

import fr.missive.ui.windows.WindowCatalogue.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: photographs every window of the {@link WindowCatalogue} as the screen shows it,
 * window manager and all, for {@code docs/screenshots.sh}. Each picture is the whole screen
 * (ImageMagick's {@code import -window root}), so that it shows how the window sits on it.
 * {@code java … CatalogueScreenshots OUT fr|en [light|dark] [entry …]}
 */
public final class CatalogueScreenshots {

    private CatalogueScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "fr");
        boolean dark = args.length > 2 && args[2].equals("dark");
        List<String> only = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
        Files.createDirectories(out);
        List<Entry> entries = WindowCatalogue.all().stream().filter(e -> only.isEmpty() || only.contains(e.name()))
                .toList();
        int failed;
        try (Fixture fixture = Fixture.open(locale, dark)) {
            List<String> failures = CatalogueRunner.forEach(fixture, entries, (entry, window, f) -> {
                Fixture.onEdt(() -> {
                    window.toFront();
                    return null;
                });
                Thread.sleep(700);
                shoot(out.resolve(fileName(entry, locale, dark)));
            });
            failed = failures.size();
            if (failed > 0) {
                // Unattended runs read this: which pictures are missing, and why.
                System.err.println(failed + " picture(s) not taken:");
                failures.forEach(f -> System.err.println("  " + f));
            } else {
                System.out.println(entries.size() + " pictures taken in " + out);
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** "letterMailingDialog/summary" in French, light: letterMailingDialog-summary-fr.png. */
    static String fileName(Entry entry, Locale locale, boolean dark) {
        return entry.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + locale.getLanguage() + (dark ? "-dark" : "")
                + ".png";
    }

    private static void shoot(Path file) throws IOException, InterruptedException {
        Process importing = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (importing.waitFor() != 0) {
            throw new IOException("import -window root failed for " + file);
        }
    }
}
