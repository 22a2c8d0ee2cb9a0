package fr.missive.store.db;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server (15 or newer) that several PCs share. Binary columns are {@code BYTEA}
 * (the HSQLDB scripts' BLOB and VARBINARY), which PostgreSQL stores out of line (TOAST) once
 * large, so the rows the lists scan stay small as they do with HSQLDB's {@code .lobs} file.
 */
final class PostgresqlDialect implements Dialect {

    static final PostgresqlDialect INSTANCE = new PostgresqlDialect();
    private static final long MIGRATION_LOCK_KEY = 0x4D5356_00000001L;

    private PostgresqlDialect() {
    }

    @Override
    public String engineName() {
        return "PostgreSQL";
    }

    @Override
    public String migrationFolder() {
        return "db/migration-postgresql/";
    }

    /** The driver receives a BYTEA whole with its row; the stream reads those bytes. */
    @Override
    public InputStream binaryStream(ResultSet rs, int column) throws SQLException {
        return rs.getBinaryStream(column);
    }

    /** Nothing to do: autovacuum makes the space of deleted rows reusable by itself. */
    @Override
    public void reclaimSpace(Connection c) {
        // Deliberately empty (see above).
    }

    /** A transaction-scoped advisory lock, on a key of Missive's own ("MSV" then 1). */
    @Override
    public void lockForMigration(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK_KEY + ")");
        }
    }

    /** Not offered: the server's files are not this PC's; the school's pg_dump is the server-side way. */
    @Override
    public boolean offersFileBackup() {
        return false;
    }

    @Override
    public void backupFilesTo(Connection c, Path directory) {
        throw new UnsupportedOperationException("a PostgreSQL database has no files on this PC to copy");
    }

    /** Nothing to do: closing the connections is all a client does; the server stays up. */
    @Override
    public void shutdown(Connection c) {
        // Deliberately empty (see above).
    }

    /**
     * SQLSTATE class 53 (insufficient resources: disk_full 53100, out of memory) and 58 (system
     * error: io_error 58030): the server could not write, and the transaction is rolled back.
     */
    @Override
    public boolean isWriteFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("53") || state.startsWith("58"));
    }

    /** Every PC of the school may work on it at once. */
    @Override
    public void wakeChangeFeeds(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            p.setString(1, ChangeFeed.CHANNEL);
            p.setString(2, table);
            p.execute();
        }
    }

    @Override
    public boolean writesInWithClauses() {
        return true;
    }

    @Override
    public boolean sharedByProcesses() {
        return true;
    }

    @Override
    public String currentTimeQuery() {
        return "SELECT CURRENT_TIMESTAMP";
    }

    @Override
    public String lockRowsSkippingLocked(String alias) {
        return " FOR UPDATE OF " + alias + " SKIP LOCKED";
    }

    /** {@code pg_advisory_xact_lock(area, key)}: the two-number form, apart from the migration lock's one number. */
    @Override
    public void lockUntilCommit(Connection c, int area, int key) throws SQLException {
        try (java.sql.PreparedStatement p = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            p.setInt(1, area);
            p.setInt(2, key);
            p.executeQuery().close();
        }
    }

    /** An identity column's values come from a sequence of its own, set past the highest value. */
    @Override
    public void continueIdentity(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?),"
                + " COALESCE((SELECT MAX(" + column + ") FROM " + table + "), 0) + 1, false)")) {
            p.setString(1, table);
            p.setString(2, column);
            p.executeQuery().close();
        }
    }
}
