package fr.missive.bench;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.app.users.UserDraft;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.db.DatabaseTarget;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * 1,000 e-mails delivered by two PCs sharing the outbox on PostgreSQL (two data folders, two
 * workers with their own PC ids, in this one JVM) against the reference, one PC on its embedded
 * HSQLDB, both to one minimal loopback SMTP server (or a real one, below). A first round of each
 * warms the JIT and is not counted (the reference used to run first, cold); then {@code rounds}
 * rounds alternate the
 * two, each on a fresh data folder and a fresh database. Prints wall and CPU time, the load
 * average, and the medians. Not a test:
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) fr.missive.bench.SharedOutboxBench \
 *     'jdbc:postgresql://127.0.0.1:5432/?user=postgres' 1000 5
 * </pre>
 * The URL names a server where the user may create a database (made and dropped by each round).
 * With {@code -Dmissive.bench.statements=true} and a server started with
 * {@code -c shared_preload_libraries=pg_stat_statements}, it also prints what the server ran
 * during the two PCs' delivery, per message (see {@link ServerStatements}).
 *
 * <p>With {@code -Dmissive.bench.smtp=127.0.0.1:PORT} both deliver to that mail server instead of
 * the sink, to {@code example.org}: {@code src/test/scripts/shared-outbox-bench.sh} starts a private
 * Postfix that discards that domain's mail and runs it so.
 */
public final class SharedOutboxBench {

    private SharedOutboxBench() {
    }

    public static void main(String[] args) throws Exception {
        String server = args[0];
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String external = System.getProperty("missive.bench.smtp");
        if (external != null) {
            // A real mail server (src/test/scripts/shared-outbox-bench.sh starts a private Postfix
            // that discards mail for example.org): both sides wait on its replies as on a school's.
            rounds(server, Integer.parseInt(external.substring(external.lastIndexOf(':') + 1)), "example.org",
                    messages, rounds);
        } else {
            try (ScriptedSmtpServer smtp = new ScriptedSmtpServer().forgetMessages().start()) {
                rounds(server, smtp.port(), "college-test.fr", messages, rounds);
                System.out.printf("messages received by the server: %d (expected %d)%n", smtp.received(),
                        2 * messages * (rounds + 1));
            }
        }
        System.exit(0);
    }

    private static void rounds(String server, int smtpPort, String domain, int messages, int rounds)
            throws Exception {
        List<Double> onePc = new ArrayList<>();
        List<Double> twoPcs = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            String label = round == 0 ? " (warm-up, not counted)" : " (round " + round + ")";
            double one = onePc(smtpPort, domain, messages, "one PC, HSQLDB" + label);
            double two = twoPcs(server, smtpPort, domain, messages, "two PCs, one PostgreSQL outbox" + label);
            if (round > 0) {
                onePc.add(one);
                twoPcs.add(two);
            }
        }
        System.out.printf("medians of %d: one PC, HSQLDB %.2f s; two PCs, one PostgreSQL outbox %.2f s%n",
                rounds, median(onePc), median(twoPcs));
    }

    private static double onePc(int smtpPort, String domain, int messages, String label) throws Exception {
        Path one = Files.createTempDirectory("missive-bench-one-pc");
        try (OpenDataFolder pc = Wiring.open(one, new DatabaseTarget.Embedded(one), () -> { })) {
            User admin = setUp(pc, smtpPort);
            queue(pc, admin, domain, messages);
            return report(label, messages, () -> pc.outbox().outbox().worker().runForeground(true,
                    Duration.ofMinutes(10)));
        }
    }

    private static double twoPcs(String server, int smtpPort, String domain, int messages, String label)
            throws Exception {
        String name = "missive_bench_" + Long.toHexString(System.nanoTime());
        String base = server.substring(0, server.indexOf('/', "jdbc:postgresql://".length()));
        String query = server.contains("?") ? server.substring(server.indexOf('?')) : "";
        try (Connection c = DriverManager.getConnection(base + "/postgres" + query);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        try {
            DatabaseTarget.Server shared = new DatabaseTarget.Server(base + "/" + name + query, "", "");
            Path first = Files.createTempDirectory("missive-bench-pc1");
            Path second = Files.createTempDirectory("missive-bench-pc2");
            try (OpenDataFolder pc1 = Wiring.open(first, shared, () -> { });
                 OpenDataFolder pc2 = Wiring.open(second, shared, () -> { })) {
                User admin = setUp(pc1, smtpPort);
                queue(pc1, admin, domain, messages / 2);
                queue(pc2, admin, domain, messages - messages / 2);
                ServerStatements statements = ServerStatements.startIfAsked(base + "/postgres" + query, name);
                double serverCpu = postgresCpuSeconds();
                double wall = report(label, messages, () -> {
                    CompletableFuture<?> a = CompletableFuture.runAsync(() -> pc1.outbox().outbox().worker()
                            .runForeground(true, Duration.ofMinutes(10)));
                    pc2.outbox().outbox().worker().runForeground(true, Duration.ofMinutes(10));
                    a.join();
                });
                System.out.printf("%-55s the PostgreSQL server's processes on this machine: %.2f s CPU%n", "",
                        postgresCpuSeconds() - serverCpu);
                if (statements != null) {
                    statements.print(messages);
                }
                return wall;
            }
        } finally {
            try (Connection c = DriverManager.getConnection(base + "/postgres" + query);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /**
     * CPU time of every process named {@code postgres} on this machine, from {@code /proc}
     * (Linux; a server on another machine is not counted): the shared outbox's cost that the JVM's
     * own CPU time leaves out.
     */
    private static double postgresCpuSeconds() throws java.io.IOException {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) processes::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(p.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue;
                }
                // pid (comm) state ...: utime and stime are the 14th and 15th fields.
                int close = stat.lastIndexOf(')');
                if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                    continue;
                }
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
        } catch (java.nio.file.NoSuchFileException noProc) {
            return 0;
        }
        return ticks / 100.0; // USER_HZ, 100 on Linux
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static User setUp(OpenDataFolder pc, int port) {
        User admin = pc.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin",
                List.of("12 rue des Écoles"), "69003", "Lyon", "", ""), null,
                new UserDraft("Claire Martin", "claire@college-test.fr", Role.ADMIN, null));
        pc.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", port,
                Security.NONE, null, null, null, false, null), null, false, List.of(), null));
        return admin;
    }

    private static void queue(OpenDataFolder pc, User admin, String domain, int count) {
        List<MailContent> batch = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            batch.add(MailContent.plain(List.of(EmailAddress.parse("famille" + i + "@" + domain)),
                    "Bulletin n° " + i, "Bonjour,\nvoici le bulletin du trimestre.\n", List.of()));
        }
        pc.outbox().outbox().queue(admin, "Secrétariat", batch);
    }

    private static double report(String what, int messages, Runnable delivery) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        delivery.run();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        System.out.printf("%-55s %d delivered in %.2f s wall (%.0f/s), %.2f s CPU (this JVM; the server's apart),"
                + " load average %.2f%n", what, messages, wall, messages / wall, cpuSeconds, os.getSystemLoadAverage());
        return wall;
    }
}
