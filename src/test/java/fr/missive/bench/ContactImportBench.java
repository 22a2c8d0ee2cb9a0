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
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
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

    private static final String[] LAST = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT",
        "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFÈVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX",
        "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRÉ", "MERCIER", "DUPONT", "LAMBERT", "BONNET", "FRANÇOIS",
        "MARTINEZ", "LEGRAND", "GARNIER", "FAURE", "ROUSSEAU", "BLANC", "GUÉRIN", "MULLER", "HENRY", "ROUSSEL",
        "NICOLAS", "PERRIN", "MORIN", "MATHIEU", "CLÉMENT", "GAUTHIER", "DUMONT", "LOPEZ", "FONTAINE", "CHEVALIER",
        "ROBIN", "MASSON", "SANCHEZ", "GÉRARD", "NGUYEN", "BOYER", "DENIS", "LEMAIRE", "DUVAL", "JOLY", "GAUTIER",
        "ROGER", "ROCHE", "ROY", "NOËL", "MEYER", "LUCAS", "MEUNIER", "JEAN", "PÉREZ", "MARCHAND", "DUFOUR", "BLANCHARD",
        "MARIE", "BARBIER", "BRUN", "DUMAS", "BRUNET", "SCHMITT", "LEROUX", "COLIN", "FERNANDEZ", "PIERRE", "RENARD",
        "ARNAUD", "ROLLAND", "CARON", "AUBERT", "GIRAUD", "LECLERC", "VIDAL", "BOURGEOIS", "RENAUD", "LEMOINE",
        "PICARD", "GAILLARD", "PHILIPPE", "LECLERCQ", "LACROIX", "FABRE", "DUPUIS", "OLIVIER", "RODRIGUEZ", "DA SILVA",
        "HUBERT", "LOUIS", "CHARLES", "GUILLOT", "RIVIÈRE", "LE GALL", "GUILLAUME", "ADAM", "REY", "MOULIN",
        "GONZALEZ", "BERGER", "LECOMTE", "MENARD", "FLEURY", "DESCHAMPS", "CARPENTIER", "JULIEN", "BENOÎT", "PARIS",
        "MAILLARD", "MARCHAL", "AUBRY", "VASSEUR", "LE ROUX", "RENAULT", "JACQUET", "COLLET", "PRÉVOST", "POIRIER",
        "CHARPENTIER", "ROYER", "HUET", "BARON", "DUPUY", "POUGET", "ØRSTED", "N'DIAYE", "O’NEILL", "SAINT-ÉTIENNE"};
    private static final String[] FIRST = {"Léa", "Emma", "Chloé", "Inès", "Manon", "Jade", "Louise", "Zoé", "Lina",
        "Camille", "Sarah", "Anaïs", "Maëlys", "Eloïse", "Océane", "Agnès", "Hélène", "Amélie", "Gaëlle", "Noémie",
        "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Raphaël", "Jules", "Noé", "Noël", "Maël", "Clément",
        "Benoît", "Jérôme", "Théo", "Nathan", "Mathéo", "Timothée", "Yasmine", "Moussa", "Siobhán", "Éloïse",
        "Ethan", "Paul", "Adam", "Sacha", "Léon", "Aurélien", "Héloïse", "Anaëlle", "Loïc"};
    private static final String[] CLASSES = {"6e A", "6e B", "6e C", "5e A", "5e B", "5e C", "4e A", "4e B", "4e C",
        "3e A", "3e B", "3e C", "SEGPA 4e", "SEGPA 3e"};
    private static final String[] STREETS = {"rue de la République", "chemin du Moulin", "boulevard Victor-Hugo",
        "impasse des Lilas", "rue Émile-Zola", "allée des Érables", "place de l'Église", "avenue Jean-Jaurès"};
    private static final String[] CITIES = {"20000;Ajaccio", "74000;Annecy", "67000;Strasbourg", "35000;Rennes",
        "69003;Lyon", "97400;Saint-Denis", "13001;Marseille", "59000;Lille", "29200;Brest"};
    private static final String[] DOMAINS = {"orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr",
        "wanadoo.fr", "hotmail.fr", "outlook.fr"};

    private ContactImportBench() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Files.createTempDirectory("missive-bench");
        try {
            Path csv = generate(work.resolve("eleves.csv"), rows, false);
            Path nextYear = generate(work.resolve("eleves-annee-suivante.csv"), rows, true);
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

    /**
     * A pupils export as French Excel writes it, with 5% broken addresses (4 kinds of mistake in
     * 80). The same rows each time; {@code nextYear} changes every class, as next year's export.
     */
    static Path generate(Path file, int rows, boolean nextYear) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            // "Responsable légal" has no field of its own: it is the custom column.
            out.write("Nom;Prénom;Classe;Responsable légal;Courriel;Adresse;Code postal;Commune;"
                    + "Accepte les courriels\r\n");
            for (int i = 0; i < rows; i++) {
                String last = pick(random, LAST);
                if (random.nextInt(5) == 0) {
                    last = last + "-" + pick(random, LAST);
                }
                String first = pick(random, FIRST);
                String guardianFirst = pick(random, FIRST);
                String local = ascii(guardianFirst + "." + last) + i;
                String email = switch (random.nextInt(80)) {
                    case 0 -> local + "@@" + pick(random, DOMAINS);
                    case 1 -> local + "@orange";
                    case 2 -> local + "." + pick(random, DOMAINS);
                    case 3 -> " " + local.replace('.', ' ') + "@free.fr";
                    default -> local + "@" + pick(random, DOMAINS);
                };
                String street = (1 + random.nextInt(200)) + " " + pick(random, STREETS);
                if (random.nextInt(50) == 0) {
                    street = "\"" + street + "\r\nBâtiment " + (char) ('A' + random.nextInt(6)) + "\"";
                }
                String className = pick(random, CLASSES);
                out.write(String.join(";", last, first, nextYear ? "2nde " + className : className,
                        (random.nextBoolean() ? "M. " : "Mme ") + guardianFirst + " " + last, email, street,
                        pick(random, CITIES), random.nextInt(10) == 0 ? "Non" : "Oui"));
                out.write("\r\n");
            }
        }
        return file;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z.-]", "").toLowerCase(Locale.ROOT);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
