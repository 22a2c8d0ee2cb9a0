package fr.missive.store.db;

import fr.missive.model.ChangedMeanwhileException;
import fr.missive.model.RecordVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The version columns of the records windows edit ({@code version}, {@code changed_by},
 * {@code changed_at}): optimistic concurrency between users, on one PC or several.
 *
 * <p>A save first bumps the row's version, in the saving transaction and only if the version is
 * still the one the editor started from: one conditional UPDATE, which both engines make atomic
 * (the second of two concurrent saves waits for the first's row lock, then finds the version
 * changed). A refused save throws {@link ChangedMeanwhileException} and the transaction rolls back.
 */
public final class RowVersions {

    /** The tables that carry version columns (table names are never taken from input). */
    private static final Set<String> TABLES = Set.of("contact", "letter_template", "signature", "message_template",
            "mail_account");

    private static final String SERIALIZATION_FAILURE = "40001";

    private RowVersions() {
    }

    /**
     * Bumps the row's version, checking that it is still {@code basedOn} (no check when null:
     * a new row's first save, an import, a deliberate overwrite after a refusal).
     *
     * @return the version now stored; empty when the row does not exist (deleted meanwhile)
     * @throws ChangedMeanwhileException when the row's version is no longer {@code basedOn}
     */
    public static Optional<RecordVersion> bump(Connection c, String table, long id, Long basedOn, String by,
                                               Instant at) throws SQLException {
        String sql = "UPDATE " + checked(table) + " SET version = version + 1, changed_by = ?, changed_at = ?"
                + " WHERE id = ?" + (basedOn == null ? "" : " AND version = ?");
        int updated;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, by == null || by.isBlank() ? null : by);
            p.setTimestamp(2, Timestamp.from(at));
            p.setLong(3, id);
            if (basedOn != null) {
                p.setLong(4, basedOn);
            }
            updated = p.executeUpdate();
        } catch (SQLException e) {
            if (!SERIALIZATION_FAILURE.equals(e.getSQLState())) {
                throw e;
            }
            // HSQLDB (MVCC) refuses the second of two concurrent updates of a row once the first
            // commits, rolling its transaction back; PostgreSQL re-reads the row and updates none.
            c.rollback();
            updated = 0;
        }
        Optional<RecordVersion> now = read(c, table, id);
        if (updated == 0 && now.isPresent()) {
            throw new ChangedMeanwhileException(now.get());
        }
        return now;
    }

    /** The row's version, who changed it last and when; empty when there is no such row. */
    public static Optional<RecordVersion> read(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT version, changed_by, changed_at FROM " + checked(table) + " WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp at = rs.getTimestamp(3);
                return Optional.of(new RecordVersion(rs.getLong(1), rs.getString(2),
                        at == null ? null : at.toInstant()));
            }
        }
    }

    private static String checked(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("no version columns in " + table);
        }
        return table;
    }
}
