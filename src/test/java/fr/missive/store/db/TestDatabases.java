package fr.missive.store.db;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database a test opens for a data folder: the folder's embedded HSQLDB, or, when the tests
 * run on PostgreSQL (system property {@code missive.test.engine=postgresql}, set by the pom's
 * {@code postgresql} execution), an empty, fully migrated PostgreSQL database of its own on the
 * server named by the environment variable {@value #SERVER_VARIABLE}, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/?user=postgres}.
 *
 * <p>Opening the same folder again (a test that closes and reopens, as a restart) gives the same
 * database; two folders in one test (two PCs) get two. Each database is made once per JVM by
 * {@code CREATE DATABASE} under a unique name and migrated, then, once every handle on it is
 * closed after a test ({@link TestDatabasesCleanup}), emptied ({@code TRUNCATE … RESTART
 * IDENTITY}: identities start at 1 again) and given to the next test; all are dropped when the
 * JVM ends. A {@code CREATE DATABASE} takes about two seconds on a busy two-core machine, a
 * {@code TRUNCATE} a few hundredths: a new database per test would make the PostgreSQL run
 * several times longer for the same isolation.
 */
public final class TestDatabases {

    /** The environment variable naming the PostgreSQL server the tests may use. */
    public static final String SERVER_VARIABLE = "MISSIVE_TEST_POSTGRESQL";
    private static final String ENGINE_PROPERTY = "missive.test.engine";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Per data folder, its PostgreSQL database and the handles opened on it. */
    private static final Map<Path, ServerDatabase> BY_FOLDER = new LinkedHashMap<>();
    /** Migrated, empty databases waiting for a test. */
    private static final Deque<String> FREE = new ArrayDeque<>();
    /** Every database this JVM made, dropped when it ends. */
    private static final List<String> MADE = new ArrayList<>();
    /** The PC roles set up by tests through the command line; dropped with the databases. */
    private static final List<String> PC_ROLES = new ArrayList<>();

    /** testScoped: made while a test ran (not in a {@code @BeforeAll}), so free again at the next test. */
    private record ServerDatabase(String name, List<Database> opened, boolean reusable, boolean testScoped) {
    }

    /** Whether a test method is running (between its extension's before and after callbacks). */
    private static boolean inTest;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll, "drop-test-databases"));
    }

    private TestDatabases() {
    }

    /** Whether this test run puts the stores on PostgreSQL rather than HSQLDB. */
    public static boolean onPostgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty(ENGINE_PROPERTY, ""));
    }

    /**
     * The folder's database on the engine of this run, with every migration applied (a folder with
     * a connection file: the server it names).
     */
    public static Database open(Path folder) {
        return open(folder, Database.OpeningListener.NONE);
    }

    /** As {@link #open(Path)}, telling the listener (HSQLDB only: a server does not recover). */
    public static Database open(Path folder, Database.OpeningListener listener) {
        if (!onPostgresql()) {
            return Database.open(folder, listener);
        }
        java.util.Optional<ServerConnection> connection = ServerConnection.load(folder);
        if (connection.isPresent()) {
            // Set up on a server through the command line: that server, as the application opens it.
            return Database.open(connection.get().target(), Database.OpeningListener.NONE);
        }
        synchronized (BY_FOLDER) {
            ServerDatabase database = databaseOf(folder);
            Database db = Database.open(target(database.name()), Database.OpeningListener.NONE);
            database.opened().add(db);
            return db;
        }
    }

    /**
     * Where the folder's database is for a test that opens the folder through the application's
     * wiring: the folder itself, or its PostgreSQL database (the same for the same folder), given
     * back after the test class, since the handles the wiring opens are not seen here.
     */
    public static DatabaseTarget targetFor(Path folder) {
        if (!onPostgresql()) {
            return new DatabaseTarget.Embedded(folder);
        }
        synchronized (BY_FOLDER) {
            return target(databaseOf(folder).name());
        }
    }

    private static ServerDatabase databaseOf(Path folder) {
        return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(),
                f -> new ServerDatabase(takeFree(), new ArrayList<>(), true, inTest));
    }

    /** A new, empty database on the server without any table, dropped after the test class. */
    public static DatabaseTarget.Server newServerDatabase() {
        String name = createDatabase();
        synchronized (BY_FOLDER) {
            BY_FOLDER.put(Path.of("/server-database/" + name), new ServerDatabase(name, new ArrayList<>(), false, inTest));
        }
        return target(name);
    }

    /**
     * A new PC name for a folder a test sets up on the server through the command line; its role
     * ({@code missive_pc_NAME}, cluster-wide) is dropped after the databases, at the end of the run.
     */
    public static String newPcName() {
        String name = "t" + HexFormat.of().formatHex(randomBytes()).substring(0, 10);
        synchronized (MADE) {
            PC_ROLES.add(PcRoles.roleOf(name));
        }
        return name;
    }

    /** The server's URL as given, or a failure saying how to give it (never a silent skip). */
    public static String serverUrl() {
        String url = System.getenv(SERVER_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("These tests run on PostgreSQL but " + SERVER_VARIABLE
                    + " is not set: start a server and set it, e.g. " + SERVER_VARIABLE
                    + "=jdbc:postgresql://127.0.0.1:5432/?user=postgres (see docs/several-pcs.md)");
        }
        return url.strip();
    }

    /**
     * For a test that needs the server whatever the engine of the run (moving up, joining, comparing
     * the schemas): in CI a missing server fails the test, as every PostgreSQL test would; on a
     * developer's machine without one, the test is skipped, saying how to give it.
     *
     * @param toDo what the test does with the server, for the skip's message
     */
    public static void requireServer(String toDo) {
        if ("true".equals(System.getenv("CI"))) {
            serverUrl();
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(serverGiven(), "No PostgreSQL server: set " + SERVER_VARIABLE
                + " (docs/several-pcs.md) to " + toDo);
    }

    /** Whether a PostgreSQL server is given to this run (for the tests that compare the engines). */
    public static boolean serverGiven() {
        String url = System.getenv(SERVER_VARIABLE);
        return url != null && !url.isBlank();
    }

    /** A connection to the server's maintenance database, as the URL's user. */
    public static Connection adminConnection() throws SQLException {
        ServerAddress address = ServerAddress.parse(serverUrl());
        return DriverManager.getConnection(address.urlOf(""), address.user(), address.password());
    }

    private static DatabaseTarget.Server target(String name) {
        ServerAddress address = ServerAddress.parse(serverUrl());
        return new DatabaseTarget.Server(address.urlOf(name), address.user(), address.password());
    }

    private static String takeFree() {
        String free = FREE.pollFirst();
        if (free != null) {
            return free;
        }
        String name = createDatabase();
        Database.open(target(name), Database.OpeningListener.NONE).close();
        return name;
    }

    private static String createDatabase() {
        String name = "missive_test_" + HexFormat.of().formatHex(randomBytes());
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name + " on " + serverUrl(), e);
        }
        synchronized (MADE) {
            MADE.add(name);
        }
        return name;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /**
     * A test starts: the databases the previous test opened through the wiring (whose handles are
     * not seen here, and which JUnit closed once that test's callbacks were done) are free again.
     */
    static void testStarting() {
        synchronized (BY_FOLDER) {
            release(d -> d.testScoped() && d.opened().isEmpty());
            inTest = true;
        }
    }

    /** A test ended: the databases whose every handle is closed are free again. */
    static void testEnded() {
        synchronized (BY_FOLDER) {
            inTest = false;
            release(d -> !d.opened().isEmpty() && d.opened().stream().allMatch(Database::isClosed));
        }
    }

    /** A test class ended: every database it used is free again (a handle left open is ended). */
    static void classEnded() {
        synchronized (BY_FOLDER) {
            release(d -> d.opened().stream().allMatch(Database::isClosed));
        }
    }

    private static void release(java.util.function.Predicate<ServerDatabase> which) {
        List<ServerDatabase> released = new ArrayList<>();
        synchronized (BY_FOLDER) {
            BY_FOLDER.values().removeIf(d -> {
                if (which.test(d)) {
                    released.add(d);
                    return true;
                }
                return false;
            });
            for (ServerDatabase d : released) {
                if (d.reusable() && empty(d.name())) {
                    FREE.addLast(d.name());
                }
            }
        }
    }

    /**
     * Ends any session left on the database (a worker still closing) and empties every table but
     * the schema's version, identities back to 1; false when that failed (the database is then
     * not reused).
     */
    private static boolean empty(String name) {
        try (Connection admin = adminConnection(); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                    + "' AND pid <> pg_backend_pid()");
        } catch (SQLException e) {
            return false;
        }
        DatabaseTarget.Server target = target(name);
        try (Connection c = DriverManager.getConnection(target.url(), target.user(), target.password());
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_version'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                s.execute("TRUNCATE TABLE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            }
            return true;
        } catch (SQLException e) {
            System.err.println("Could not empty the test database " + name + ": " + e.getMessage());
            return false;
        }
    }

    private static void dropAll() {
        List<String> names;
        List<String> roles;
        synchronized (MADE) {
            names = new ArrayList<>(MADE);
            MADE.clear();
            roles = new ArrayList<>(PC_ROLES);
            PC_ROLES.clear();
        }
        if (names.isEmpty() && roles.isEmpty()) {
            return;
        }
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            for (String name : names) {
                // FORCE: a handle a test forgot to close must not keep its database on the server.
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            // A role can go once the databases holding its rights are gone.
            for (String role : roles) {
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases " + names + " and roles " + roles + ": "
                    + e.getMessage());
        }
    }

    /** The server, user and password of the variable's URL, and the URL of one database on it. */
    private record ServerAddress(String base, String query, String user, String password) {

        static ServerAddress parse(String url) {
            String rest = url;
            String query = "";
            int question = url.indexOf('?');
            if (question >= 0) {
                rest = url.substring(0, question);
                query = url.substring(question + 1);
            }
            int hostStart = rest.indexOf("//");
            int slash = rest.indexOf('/', hostStart + 2);
            String base = slash < 0 ? rest : rest.substring(0, slash);
            String user = "postgres";
            String password = "";
            List<String> kept = new ArrayList<>();
            for (String parameter : query.split("&")) {
                if (parameter.startsWith("user=")) {
                    user = parameter.substring(5);
                } else if (parameter.startsWith("password=")) {
                    password = parameter.substring(9);
                } else if (!parameter.isEmpty()) {
                    kept.add(parameter);
                }
            }
            return new ServerAddress(base, String.join("&", kept), user, password);
        }

        /** The URL of the database (empty: the maintenance database "postgres"). */
        String urlOf(String database) {
            String name = database.isEmpty() ? "postgres" : database;
            return base + "/" + name + (query.isEmpty() ? "" : "?" + query);
        }
    }
}
