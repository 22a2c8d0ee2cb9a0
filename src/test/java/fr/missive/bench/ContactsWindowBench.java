package fr.missive.bench;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.contacts.importing.CsvInspection;
import fr.missive.app.contacts.importing.ImportProgress;
import fr.missive.app.contacts.importing.ImportRequest;
import fr.missive.model.contacts.ContactKind;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.model.users.Role;
import fr.missive.app.users.UserDraft;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.ui.GuiLauncher;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/**
 * Times the contacts window on a large school: from the main window being asked for to the
 * contacts table showing its first rows (and the status line then), and to it holding every
 * contact; then searches typed into its filter (the rows narrowed and painted); on PostgreSQL
 * and, in the same run for reference, on the embedded HSQLDB. Target (issue 13): under 1 s with
 * 100,000 contacts on PostgreSQL. Not a test; needs a display ({@code xvfb-run -a}) and, for
 * PostgreSQL, a server whose URL names a user allowed to create a database (the same form as the
 * tests' {@code MISSIVE_TEST_POSTGRESQL}; {@code -} for HSQLDB only):
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     fr.missive.bench.ContactsWindowBench 'jdbc:postgresql://127.0.0.1:5432/?user=postgres' [contacts] [folder]
 * </pre>
 *
 * {@code contacts} (default 100,000) is the number of contacts in the school: the imported file is
 * {@link ContactCsvGenerator}'s, whose rows each bring a pupil and a guardian, so it gets about half
 * as many rows; both numbers, and the contacts imported, are printed. Without {@code folder} the
 * data folders and the PostgreSQL database are made for the run and dropped after it; with it, they
 * are kept there (the database as {@code missive_bench_kept_ROWS}) and reused by the next run with
 * the same folder and size, which then skips the import (about a minute each).
 */
public final class ContactsWindowBench {

    /** Contacts per row of {@link ContactCsvGenerator}'s file: 100,000 rows made 197,059 contacts. */
    private static final double CONTACTS_PER_ROW = 1.97;
    private static final List<String> SEARCHES = List.of("martin", "lé", "3e b", "nguyen annecy", "zzz", "");

    private ContactsWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        try {
            measure(args);
        } catch (Exception | Error e) {
            // The window's threads would keep the JVM alive.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure(String[] args) throws Exception {
        String server = args.length > 0 && !args[0].equals("-") ? args[0] : null;
        int contacts = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Optional<Path> keep = args.length > 2 ? Optional.of(Path.of(args[2])) : Optional.empty();
        Locale.setDefault(Locale.FRANCE);
        Path work = keep.orElse(Files.createTempDirectory("missive-contacts-bench"));
        Files.createDirectories(work);
        // Each row of the file brings a pupil and a guardian; 1 % of the pupils are listed twice.
        int rows = (int) Math.ceil(contacts / CONTACTS_PER_ROW);
        Path csv = ContactCsvGenerator.generate(work.resolve("eleves-" + rows + ".csv"), rows, false);
        System.out.printf(Locale.ROOT, "asked for %,d contacts: a file of %,d pupils' rows (each with a guardian)%n",
                contacts, rows);
        System.out.printf(Locale.ROOT, "load average before: %s%n", loadAverage());
        run("HSQLDB (embedded)", work.resolve("one-pc-" + rows), Optional.empty(), csv);
        if (server != null) {
            String name = "missive_bench_" + (keep.isPresent() ? "kept_" + rows : System.nanoTime());
            try (Connection admin = DriverManager.getConnection(server); Statement s = admin.createStatement()) {
                boolean exists;
                try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                    exists = rs.next();
                }
                if (!exists) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
            try {
                String user = server.replaceAll(".*[?&]user=([^&]*).*", "$1");
                String url = server.replaceFirst("/\\?", "/" + name + "?").replaceFirst("/$", "/" + name);
                run("PostgreSQL", work.resolve("pc-" + rows), Optional.of(new DatabaseTarget.Server(url, user, "")),
                        csv);
            } finally {
                if (keep.isEmpty()) {
                    try (Connection admin = DriverManager.getConnection(server);
                         Statement s = admin.createStatement()) {
                        s.execute("DROP DATABASE " + name + " WITH (FORCE)");
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
        System.exit(0);
    }

    private static void run(String engine, Path folder, Optional<DatabaseTarget.Server> server, Path csv)
            throws Exception {
        OpenDataFolder services = server.isPresent() ? Wiring.open(folder, server.get(), () -> { })
                : Wiring.open(folder, () -> { });
        if (services.setup().firstRun().isInitialised()) {
            System.out.printf(Locale.ROOT, "%n%s: reusing the %,d contacts imported before%n", engine,
                    services.contacts().contacts().count());
        } else {
            services.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin",
                    List.of("12 rue des Écoles"), "69003", "Lyon", "04 72 00 00 00", ""), null,
                    new UserDraft("Claire Martin", "claire.martin@example.fr", Role.ADMIN, null));
            CsvInspection inspection = services.contacts().csvInspector().inspect(csv);
            long importStart = System.nanoTime();
            services.contacts().importer().run(new ImportRequest(inspection, inspection.suggestedMapping(),
                    ContactKind.PUPIL, false, "bench"), ImportProgress.NONE, () -> false);
            System.out.printf(Locale.ROOT, "%n%s: %,d contacts imported in %.1f s%n", engine,
                    services.contacts().contacts().count(), (System.nanoTime() - importStart) / 1e9);
        }
        int contacts = services.contacts().contacts().count();

        long cpuBefore = processCpuNanos();
        long opening = System.nanoTime();
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        JTable table = waitFor(() -> find(JTable.class, "contactsTable"));
        int firstRows = waitFor(() -> onEdt(() -> table.getRowCount() > 0 ? table.getRowCount() : null));
        double firstSeconds = (System.nanoTime() - opening) / 1e9;
        javax.swing.JLabel statusLine = find(javax.swing.JLabel.class, "statusContacts");
        String status = onEdt(statusLine::getText);
        long firstCpu = processCpuNanos() - cpuBefore;
        waitFor(() -> onEdt(() -> table.getRowCount() == contacts) ? table : null);
        double openSeconds = (System.nanoTime() - opening) / 1e9;
        System.out.printf(Locale.ROOT, "%s: first %,d rows shown %.2f s after the window was asked for"
                + " (process CPU %.2f s), status «%s»%n", engine, firstRows, firstSeconds, firstCpu / 1e9, status);
        System.out.printf(Locale.ROOT, "%s: contacts window filled (%,d rows) %.2f s after it was asked for"
                + " (process CPU %.2f s)%n", engine, contacts, openSeconds, (processCpuNanos() - cpuBefore) / 1e9);

        JTextField search = find(JTextField.class, "contactsSearch");
        for (int round = 0; round < 3; round++) {
            List<String> lines = new ArrayList<>();
            double[] millis = new double[SEARCHES.size()];
            for (int i = 0; i < SEARCHES.size(); i++) {
                String text = SEARCHES.get(i);
                long start = System.nanoTime();
                int shown = onEdt(() -> {
                    search.setText(text);
                    table.paintImmediately(table.getVisibleRect());
                    return table.getRowCount();
                });
                millis[i] = (System.nanoTime() - start) / 1e6;
                lines.add(String.format(Locale.ROOT, "«%s» %,d rows %.0f ms", text, shown, millis[i]));
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "%s: search round %d, slowest %.0f ms: %s%n", engine, round + 1,
                    millis[millis.length - 1], String.join(", ", lines));
        }
        SwingUtilities.invokeAndWait(() -> {
            for (Frame frame : Frame.getFrames()) {
                frame.dispose();
            }
        });
        services.close();
    }

    private interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T waitFor(Probe<T> probe) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the contacts window did not fill in 2 minutes");
    }

    private static <T extends Component> T find(Class<T> type, String name) throws Exception {
        return onEdt(() -> {
            for (Frame frame : Frame.getFrames()) {
                T found = find(frame, type, name);
                if (found != null && found.isShowing()) {
                    return found;
                }
            }
            return null;
        });
    }

    private static <T extends Component> T find(Component c, Class<T> type, String name) {
        if (type.isInstance(c) && name.equals(c.getName())) {
            return type.cast(c);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                T found = find(child, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> work) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
