package fr.missive.bench;

import fr.missive.app.letters.BatchReport;
import fr.missive.app.letters.FolderOutput;
import fr.missive.app.letters.LetterBatch;
import fr.missive.app.letters.LetterComposer;
import fr.missive.app.letters.LetterContext;
import fr.missive.app.letters.LetterSender;
import fr.missive.render.PdfLetterRenderer;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times the rendering of one-page letters to PDF files through the batch the command line uses
 * ({@link LetterBatch}, {@link FolderOutput}): several rounds of 1,000 letters in one JVM, so
 * the later rounds give the steady state once the JIT has compiled PDFBox. Not a test; run by
 * hand:
 *
 * <pre>./mvnw -q -B test-compile exec:java -Dexec.mainClass=fr.missive.bench.LetterRenderBench</pre>
 *
 * Arguments (optional): letters per round (1000), rounds (10), threads (0 = one per processor).
 * The JIT keeps improving PDFBox's code for several thousand letters: the steady state is the
 * median of the second half of the rounds.
 * Target: at least 400 letters/s of steady state on a 2-core PC. The whole command, JVM start
 * included, is timed by {@code src/test/scripts/letter-render-bench.sh}.
 */
public final class LetterRenderBench {

    static final String BODY = """
            Madame, Monsieur,

            Nous vous informons que votre enfant **{{first_name}} {{last_name}}**, élève de la classe de \
            {{class}}, a été absent le {{date_absence}} sans que le collège en ait été averti.

            Conformément au règlement intérieur, nous vous remercions de bien vouloir justifier cette absence \
            par écrit, au moyen du carnet de correspondance, dans les *48 heures*. Sans justificatif, \
            l’absence sera signalée à l’inspection académique.

            Le service de la vie scolaire reste à votre disposition pour tout renseignement :

            - par téléphone au {{institution_phone}} ;
            - par l’espace numérique de travail.

            Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
            """;

    private static final String[] LAST = {"MARTIN", "BÈGUE", "LEFÈVRE", "NGUYỄN", "ØRSTED", "WRÓBEL", "ΑΛΕΞΊΟΥ",
        "N'DIAYE", "O’NEILL", "SAINT-ÉTIENNE", "GARCÍA", "MÜLLER"};
    private static final String[] FIRST = {"Léa", "Océane", "Maël", "Thị Hương", "Łukasz", "Νίκος", "Noël", "Zoé",
        "Benoît", "Anaïs", "Siobhán", "Timothée"};

    private LetterRenderBench() {
    }

    public static void main(String[] args) throws IOException {
        int letters = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        LetterComposer composer = new LetterComposer(null, null);
        LetterBatch batch = new LetterBatch(composer, new PdfLetterRenderer(), threads);
        LetterContext context = context();
        List<Contact> contacts = contacts(letters);
        System.out.printf(Locale.ROOT, "%d processors, %s %s, max heap %d MB; %,d letters a round, threads %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, letters,
                threads > 0 ? Integer.toString(threads) : "one per processor");
        Path work = Files.createTempDirectory("missive-letters-bench");
        double[] rates = new double[rounds];
        double[] cpuRates = new double[rounds];
        try {
            for (int round = 0; round < rounds; round++) {
                Path out = work.resolve("round" + round);
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                BatchReport report;
                try (FolderOutput output = new FolderOutput(out)) {
                    report = batch.run(context, contacts, output, LetterBatch.Progress.NONE, () -> false);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuStart) / 1e9;
                rates[round] = report.rendered() / seconds;
                cpuRates[round] = report.rendered() / cpu;
                System.out.printf(Locale.ROOT, "round %d: %,d letters in %.2f s = %.0f letters/s;"
                        + " cpu %.2f s = %.0f letters per cpu-second; %.1f MB written%n",
                        round + 1, report.rendered(), seconds, rates[round], cpu, cpuRates[round], size(out) / 1e6);
                if (!report.complete()) {
                    throw new IllegalStateException("not every letter was rendered: " + report.failures());
                }
            }
            System.out.printf(Locale.ROOT, "steady state (median of the second half of the rounds): %.0f letters/s, %.0f letters per"
                    + " cpu-second%n", steadyMedian(rates), steadyMedian(cpuRates));
        } finally {
            deleteTree(work);
        }
    }

    private static double steadyMedian(double[] perRound) {
        double[] steady = Arrays.copyOfRange(perRound, perRound.length / 2, perRound.length);
        Arrays.sort(steady);
        return steady[steady.length / 2];
    }

    /**
     * CPU time of the whole process (every thread, GC included): on a shared machine the
     * wall-clock time depends on the other processes, this does not. With n idle cores the
     * letters/s can approach n times the letters per cpu-second.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static LetterContext context() {
        Institution school = new Institution("Collège Jean Moulin", new PostalAddress(
                List.of("12 avenue des Frères-Lumière"), "69008", "Lyon", ""), "04 78 00 00 00", null);
        LetterTemplate template = new LetterTemplate("Absence non justifiée", Category.ABSENCE,
                "Absence de {{first_name}} {{last_name}}", BODY, List.of("date_absence"));
        return new LetterContext(template, school, null, new LetterSender("Jeanne Martin", "Conseillère principale"
                + " d’éducation", null), Map.of("date_absence", "lundi 23 novembre 2026"), LocalDate.of(2026, 11, 24),
                Locale.FRENCH);
    }

    static List<Contact> contacts(int n) {
        List<Contact> contacts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String last = LAST[i % LAST.length];
            String first = FIRST[(i / LAST.length) % FIRST.length];
            contacts.add(new Contact((long) i + 1, ContactKind.GUARDIAN, i % 2 == 0 ? "Madame" : "Monsieur", first,
                    last, (3 + i % 4) + "e " + (char) ('A' + i % 3),
                    new PostalAddress(List.of((i % 90 + 1) + " rue de la République"), "69003", "Lyon", ""),
                    EmailAddress.parse("parent" + i + "@example.org"), Consent.given(LocalDate.of(2026, 9, 1), "bench"),
                    Map.of()));
        }
        return contacts;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
