package fr.missive.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Writes a row that may or may not exist yet, keyed by a unique key, on both engines: an
 * {@code UPDATE}, and an {@code INSERT} when it changed nothing. Between the two another session
 * (another PC of a shared database: two PCs meeting the same mail server at once, say) may insert
 * the same key; the {@code INSERT} then waits for it and fails on the key, and the row it wrote is
 * updated instead. The {@code INSERT} runs under a savepoint so that this failure does not end the
 * transaction (PostgreSQL aborts a transaction at its first error). Portable where {@code MERGE}
 * is not safe against that race and {@code ON CONFLICT} is PostgreSQL's alone.
 */
public final class UpdateOrInsert {

    /** SQLSTATE of a unique key violated, on both engines. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UpdateOrInsert() {
    }

    /**
     * Runs {@code update}; when it changed no row, {@code insert}; when another session inserted
     * the key meanwhile, {@code update} again.
     *
     * @param update changes the row, returning the number of rows changed
     * @param insert writes the row (it may write none, when what it depends on is gone)
     */
    public static void write(Connection c, SqlWork<Integer> update, SqlWork<?> insert) throws SQLException {
        if (update.run(c) > 0) {
            return;
        }
        Savepoint beforeInsert = c.setSavepoint();
        try {
            insert.run(c);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(beforeInsert);
            update.run(c);
            return;
        }
        c.releaseSavepoint(beforeInsert);
    }
}
