package fr.missive.bench;

import fr.missive.app.contacts.importing.ContactImporter;
import fr.missive.app.contacts.importing.CsvInspection;
import fr.missive.app.contacts.importing.CsvInspector;
import fr.missive.app.contacts.importing.ImportProgress;
import fr.missive.app.contacts.importing.ImportReport;
import fr.missive.app.contacts.importing.ImportRequest;
import fr.missive.model.contacts.ContactKind;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times the CSV contact import on a generated 100,000-row export, far more than a school has:
 * inspection, first import (inserts), the same file again (every row matched, nothing to
 * write), and next year's export (every class changed: 100,000 updates). Not a test; run by
 * hand:
 *
 * <pre>./mvnw -q -B test-compile exec:java -Dexec.mainClass=fr.missive.bench.ContactImportBench</pre>
 *
 * An optional argument changes the number of rows. Target: the 100,000-row import in under 5 s
 * on a 2-core PC.
 */
public final class ContactImportBench {

    private ContactImportBench() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Files.createTempDirectory("missive-bench");
        try {
            Path csv = ContactCsvGenerator.generate(work.resolve("eleves.csv"), rows, false);
            Path nextYear = ContactCsvGenerator.generate(work.resolve("eleves-annee-suivante.csv"), rows, true);
            System.out.printf(Locale.ROOT, "file: %,d rows, %.1f MB, windows-1252, ';'%n", rows,
                    Files.size(csv) / 1e6);
            try (Database db = Database.open(work.resolve("data"), Database.OpeningListener.NONE)) {
                JdbcContactStore store = new JdbcContactStore(db);
                ContactImporter importer = new ContactImporter(store, Clock.systemDefaultZone());

                PhaseClock clock = new PhaseClock();
                CsvInspection inspection = new CsvInspector().inspect(csv);
                clock.lap("inspect", rows, null);
                ImportRequest request = new ImportRequest(inspection, inspection.suggestedMapping(), ContactKind.PUPIL);
                ImportReport first = importer.run(request, clock, () -> false);
                clock.lap("import (insert)", rows, first);
                ImportReport second = importer.run(request, clock, () -> false);
                clock.lap("same file again", rows, second);
                CsvInspection changed = new CsvInspector().inspect(nextYear);
                clock.lap("inspect", rows, null);
                ImportReport third = importer.run(new ImportRequest(changed, changed.suggestedMapping(),
                        ContactKind.PUPIL), clock, () -> false);
                clock.lap("next year's file", rows, third);
                System.out.printf(Locale.ROOT, "contacts stored: %,d%n", store.count());
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "heap used after: %d MB (max %d MB)%n",
                        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            }
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Times each step in wall-clock and in CPU time of the importing thread (HSQLDB runs in
     * it), and notes when writing starts. The CPU time tells the work done even when other
     * processes share the cores and stretch the wall-clock time.
     */
    private static final class PhaseClock implements ImportProgress {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long wall = System.nanoTime();
        private long cpu = threads.getCurrentThreadCpuTime();
        private long writingWall;
        private long writingCpu;

        @Override
        public void update(Phase phase, int done, int total) {
            if (phase == Phase.WRITING && writingWall == 0) {
                writingWall = System.nanoTime();
                writingCpu = threads.getCurrentThreadCpuTime();
            }
        }

        void lap(String what, int rows, ImportReport report) {
            long nowWall = System.nanoTime();
            long nowCpu = threads.getCurrentThreadCpuTime();
            double seconds = (nowWall - wall) / 1e9;
            System.out.printf(Locale.ROOT, "%-18s %6.2f s (cpu %5.2f s) %,9.0f rows/s%n", what, seconds,
                    (nowCpu - cpu) / 1e9, rows / seconds);
            if (report != null) {
                long splitWall = writingWall == 0 ? nowWall : writingWall;
                long splitCpu = writingWall == 0 ? nowCpu : writingCpu;
                System.out.printf(Locale.ROOT, "    reading and matching %.2f s (cpu %.2f s),"
                        + " writing %.2f s (cpu %.2f s)%n", (splitWall - wall) / 1e9, (splitCpu - cpu) / 1e9,
                        (nowWall - splitWall) / 1e9, (nowCpu - splitCpu) / 1e9);
                System.out.printf(Locale.ROOT, "    inserted %,d, updated %,d (unchanged %,d), corrected %,d,"
                        + " duplicates %,d, rejected %,d%n", report.inserted(), report.updated(), report.unchanged(),
                        report.corrected(), report.duplicates(), report.rejected());
            }
            wall = nowWall;
            cpu = nowCpu;
            writingWall = 0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
