package fr.missive.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned SQL scripts from {@code db/migration/} (HSQLDB) or {@code db/migration-postgresql/}
 * on the classpath ({@link Dialect#migrationFolder()}), listed in order in the folder's
 * {@code migrations.list} (a jar cannot be listed portably). The two folders hold the same
 * versions under the same names and give the same schema, each in its engine's dialect. Each script runs in
 * its own transaction together with its row in {@code schema_version}, so a failed upgrade
 * leaves the database at the previous version.
 *
 * <p>Versions increase down the list but may leave a gap: work done on parallel branches
 * numbers its scripts ahead of one not merged yet. A script runs when its version is not in
 * {@code schema_version}, so one that fills a gap later still runs on a database already
 * beyond it.
 *
 * <p>Not Flyway: Flyway 13 dropped HSQLDB, and the dozen lines here do what we need.
 */
public final class Migrations {

    /** One script: {@code V3__add_outbox.sql} is version 3, "add outbox". */
    public record Script(int version, String description, String sql) {
    }

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private final List<Script> scripts;

    public Migrations(List<Script> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** The embedded HSQLDB's scripts. */
    public static Migrations fromClasspath() {
        return fromClasspath(HsqldbDialect.INSTANCE);
    }

    /** The scripts of the dialect's engine. */
    public static Migrations fromClasspath(Dialect dialect) {
        return fromFolder(dialect.migrationFolder());
    }

    /** The PostgreSQL scripts. */
    public static Migrations forPostgresql() {
        return fromClasspath(PostgresqlDialect.INSTANCE);
    }

    private static Migrations fromFolder(String folder) {
        List<Script> scripts = new ArrayList<>();
        for (String name : read(folder + "migrations.list").split("\\R")) {
            String file = name.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("bad migration name " + file);
            }
            int version = Integer.parseInt(m.group(1));
            int previous = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
            if (version <= previous) {
                throw new IllegalStateException("migrations must be listed in increasing order: " + file);
            }
            scripts.add(new Script(version, m.group(2).replace('_', ' '), read(folder + file)));
        }
        return new Migrations(scripts);
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Script> scripts() {
        return scripts;
    }

    public int latestVersion() {
        return scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
    }

    /** Applies, in order, every script up to {@code target} that the database has not had yet. */
    void apply(Database db, int target) {
        Set<Integer> applied = db.inTransaction(c -> {
            db.dialect().lockForMigration(c);
            return appliedVersions(c);
        });
        for (Script script : scripts) {
            if (!applied.contains(script.version()) && script.version() <= target) {
                db.inTransaction(c -> {
                    db.dialect().lockForMigration(c);
                    // Another PC of a shared database may have applied it while this one waited.
                    if (!appliedVersions(c).contains(script.version())) {
                        runScript(c, script);
                    }
                    return null;
                });
            }
        }
    }

    /** The version the database is at; 0 for a new one. */
    public static int currentVersion(Connection c) throws SQLException {
        createVersionTable(c);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Set<Integer> appliedVersions(Connection c) throws SQLException {
        createVersionTable(c);
        Set<Integer> versions = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    private static void createVersionTable(Connection c) throws SQLException {
        // Looked up first: a PC of a shared database connects with a role that may not create
        // tables, and PostgreSQL checks that right even for CREATE TABLE IF NOT EXISTS.
        if (versionTableExists(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL)");
        }
    }

    private static boolean versionTableExists(Connection c) throws SQLException {
        for (String name : new String[] {"SCHEMA_VERSION", "schema_version"}) {
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void runScript(Connection c, Script script) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements(script.sql())) {
                s.execute(statement);
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, script.version());
            p.setString(2, script.description());
            p.setTimestamp(3, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
    }

    /** Splits a script on semicolons that end a line; "--" comment lines are dropped. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
