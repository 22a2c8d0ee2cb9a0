package fr.missive.store.db;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What differs between the two engines a {@link Database} runs on, and nothing else: the stores
 * write portable SQL, and the few operations below are done the way each engine wants (or are
 * clearly not offered). {@link Database#dialect()} gives the one in use.
 */
public interface Dialect {

    /** "HSQLDB" or "PostgreSQL", as told to a person. */
    String engineName();

    /** The classpath folder of this engine's migration scripts, ending with a slash. */
    String migrationFolder();

    /**
     * Reads a binary column (an HSQLDB BLOB, a PostgreSQL BYTEA) as a stream, valid until the
     * row or the transaction ends: the engine's own way, so a large body is not copied twice.
     */
    InputStream binaryStream(ResultSet rs, int column) throws SQLException;

    /**
     * Makes the space of deleted rows (message bodies above all) reusable, if the engine needs
     * to be told: HSQLDB's {@code CHECKPOINT}; nothing on PostgreSQL, whose autovacuum does it.
     */
    void reclaimSpace(Connection c) throws SQLException;

    /** Whether {@link #backupFilesTo} can copy the database's files (HSQLDB only). */
    boolean offersFileBackup();

    /** Writes a consistent copy of the database's files into the directory (see {@link #offersFileBackup()}). */
    void backupFilesTo(Connection c, Path directory) throws SQLException;

    /** Ends the engine cleanly when the last user closes it (HSQLDB's {@code SHUTDOWN}); nothing on a server. */
    void shutdown(Connection c) throws SQLException;

    /**
     * Holds, until the transaction ends, the lock that lets one session at a time apply a
     * migration: several PCs may start at once on a shared server. Nothing on HSQLDB, whose
     * folder lock already keeps every other process out.
     */
    void lockForMigration(Connection c) throws SQLException;

    /** Whether this failure means the engine could not write its files (so a commit may be lost). */
    boolean isWriteFailure(SQLException e);

    /**
     * Whether other processes (other PCs) may use this database at the same time: PostgreSQL.
     * HSQLDB's folder lock keeps every other process out, so the stores need only keep the
     * threads of this process in step.
     */
    boolean sharedByProcesses();

    /**
     * Whether one statement may change rows in its {@code WITH} clauses and read what they
     * changed ({@code RETURNING}): PostgreSQL. Where it may, a write that is several statements
     * elsewhere is one round trip to the server.
     */
    boolean writesInWithClauses();

    /**
     * Wakes the change feeds of the other PCs ({@link ChangeFeed}) to read the change log's rows
     * of {@code table} at the commit, for writes whose trigger logs them without waking anyone;
     * nothing on HSQLDB, where no other PC looks.
     */
    void wakeChangeFeeds(Connection c, String table) throws SQLException;

    /** A query of one row, one column: the database's current time, the clock every PC's leases are read by. */
    String currentTimeQuery();

    /**
     * What ends a {@code SELECT} over {@code alias} that locks the rows it returns until the
     * transaction ends and passes over those another session holds: PostgreSQL's
     * {@code FOR UPDATE OF alias SKIP LOCKED}; nothing on HSQLDB (see {@link #sharedByProcesses()}).
     */
    String lockRowsSkippingLocked(String alias);

    /**
     * Holds, until the transaction ends, a lock on {@code key} within {@code area} that other
     * sessions asking for the same one wait for (PostgreSQL's transaction advisory lock); nothing
     * on HSQLDB (see {@link #sharedByProcesses()}).
     */
    void lockUntilCommit(Connection c, int area, int key) throws SQLException;

    /**
     * Makes the table's identity column continue after its highest value, once rows were
     * inserted with their identifiers given (a copy from another database).
     */
    void continueIdentity(Connection c, String table, String column) throws SQLException;
}
