package fr.missive.bench;

import fr.missive.store.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * What the embedded engine alone costs to write what an import of 100,000 pupils writes (docs/
 * performance.md, "What 4 s would take"): 200,000 contact rows and 100,000 pupil–guardian links,
 * by plain JDBC into a fresh data folder made by Missive's own migrations, in committed batches
 * of 5,000 contacts each followed by their links, as the importer writes them (no reading, no
 * matching). Prints the time of each part.
 *
 * <p>The variant says what is given up, for comparison only: {@code log-off} writes without
 * HSQLDB's log (an import cut by a crash would be lost, and any other commit meanwhile);
 * {@code memory-links} keeps the links in a memory table (read whole at each start).
 *
 * <pre>java -Xmx256m -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     fr.missive.bench.ImportWritesProbe [plain|log-off|memory-links] [pupils]</pre>
 */
public final class ImportWritesProbe {

    private static final int BATCH = 5_000;
    private static final String INSERT_CONTACT = "INSERT INTO contact (kind, title, first_name, last_name,"
            + " class_name, address_line1, address_line2, address_line3, postcode, city, country, email, consent,"
            + " consent_on, consent_source, updated_at, custom_fields, import_run)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINK =
            "INSERT INTO contact_guardian (pupil_id, guardian_id, rank, import_run) VALUES (?, ?, ?, ?)";
    private static final long RUN = 4_242L;

    private ImportWritesProbe() {
    }

    public static void main(String[] args) throws Exception {
        String variant = args.length > 0 ? args[0] : "plain";
        int pupils = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path folder = Files.createTempDirectory(Path.of("target"), "import-writes");
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    switch (variant) {
                        case "plain" -> { }
                        case "log-off" -> s.execute("SET FILES LOG FALSE");
                        case "memory-links" -> s.execute("SET TABLE contact_guardian TYPE MEMORY");
                        default -> throw new IllegalArgumentException("variant: plain, log-off or memory-links");
                    }
                    s.execute("INSERT INTO contact_import_run (id, started_at) VALUES (" + RUN + ", CURRENT_TIMESTAMP)");
                }
                return null;
            });
            long start = System.nanoTime();
            long links = 0;
            for (int from = 0; from < pupils; from += BATCH / 2) {
                int first = from;
                int count = Math.min(BATCH / 2, pupils - first);
                long[] ids = db.inTransaction(c -> contacts(c, first, count));
                long linkStart = System.nanoTime();
                db.inTransaction(c -> links(c, ids));
                links += System.nanoTime() - linkStart;
            }
            long total = System.nanoTime() - start;
            System.out.printf("%s, %,d pupils and %,d guardians, %,d links: %.2f s (links %.2f s)%n", variant, pupils,
                    pupils, pupils, total / 1e9, links / 1e9);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** A pupil then their guardian, {@code count} times; their ids in that order. */
    private static long[] contacts(Connection c, int first, int count) throws java.sql.SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        java.sql.Date consentOn = java.sql.Date.valueOf(LocalDate.of(2026, 9, 1));
        long[] ids = new long[count * 2];
        try (PreparedStatement p = c.prepareStatement(INSERT_CONTACT, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count * 2; i++) {
                int n = first * 2 + i;
                boolean pupil = i % 2 == 0;
                p.setString(1, pupil ? "PUPIL" : "GUARDIAN");
                p.setString(2, pupil ? "" : "Madame");
                p.setString(3, "Prénom" + n);
                p.setString(4, "NOM" + (n * 7_919 % 100_000));
                p.setString(5, pupil ? "4e" + n % 8 : "");
                p.setString(6, n + " rue des Lilas");
                p.setString(7, "");
                p.setString(8, "");
                p.setString(9, "69003");
                p.setString(10, "Lyon");
                p.setString(11, "France");
                p.setString(12, "famille" + n + "@example.fr");
                p.setBoolean(13, true);
                p.setDate(14, consentOn);
                p.setString(15, "Import eleves.csv");
                p.setTimestamp(16, now);
                p.setString(17, pupil ? "{\"INE\":\"" + n + "AB\"}" : "{}");
                p.setLong(18, RUN);
                p.addBatch();
            }
            p.executeBatch();
            try (ResultSet keys = p.getGeneratedKeys()) {
                for (int i = 0; keys.next(); i++) {
                    ids[i] = keys.getLong(1);
                }
            }
        }
        return ids;
    }

    private static Void links(Connection c, long[] ids) throws java.sql.SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT_LINK)) {
            for (int i = 0; i < ids.length; i += 2) {
                p.setLong(1, ids[i]);
                p.setLong(2, ids[i + 1]);
                p.setInt(3, 1);
                p.setLong(4, RUN);
                p.addBatch();
            }
            p.executeBatch();
        }
        return null;
    }
}
