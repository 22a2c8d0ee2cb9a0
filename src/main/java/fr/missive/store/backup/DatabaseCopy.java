package fr.missive.store.backup;

import fr.missive.model.UserMessage;
import fr.missive.store.db.Database;
import fr.missive.store.db.StorageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Copies every row of one Missive database into another, empty one at the same schema version —
 * from the embedded HSQLDB of a one-PC folder to a school's PostgreSQL server, or back — and
 * then proves the copy: the same tables, the same number of rows, the same content
 * ({@link TableDigest}).
 *
 * <p>The copy is one transaction on the target: it is all there or not at all, so a failed move
 * leaves the server's database empty and can simply be run again. Identifiers are copied as they
 * are (letters, sent messages and reports point to each other by them), and each identity
 * column then continues after the highest copied value.
 */
public final class DatabaseCopy {

    /** Rows sent to the target per batch; binary columns also end a batch past {@link #BATCH_BYTES}. */
    private static final int BATCH_ROWS = 500;
    private static final long BATCH_BYTES = 8L * 1024 * 1024;

    /** Told as each table starts, so a window can show progress. */
    public interface Progress {
        Progress NONE = (table, index, count) -> { };

        void table(String name, int index, int count);
    }

    /** One table's rows, as counted on both sides after the copy. */
    public record TableCount(String table, long rows) {
    }

    private final Database from;
    private final Database to;

    public DatabaseCopy(Database from, Database to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Copies every table, then compares the two databases table by table.
     *
     * @return each table with its number of rows, in the order copied
     * @throws StorageException {@code move.notEmpty}, {@code move.schemaDiffers},
     *                          {@code move.contentDiffers}, {@code move.cancelled}, or the engines' failures
     */
    public List<TableCount> copyAndVerify(Progress progress, BooleanSupplier cancelled) {
        copy(progress, cancelled);
        return compare();
    }

    /** Copies every table in one transaction of the target: all of it, or nothing. */
    public void copy(Progress progress, BooleanSupplier cancelled) {
        if (from.schemaVersion() != to.schemaVersion()) {
            throw failure("move.versionDiffers", from.schemaVersion(), to.schemaVersion());
        }
        try (Connection source = from.connect()) {
            source.setAutoCommit(false);
            source.setReadOnly(true);
            List<TableShape> tables = TableShape.read(source);
            checkSameTables(tables);
            to.inTransaction(target -> {
                refuseUnlessEmpty(target, tables);
                for (int i = 0; i < tables.size(); i++) {
                    if (cancelled.getAsBoolean()) {
                        throw failure("move.cancelled");
                    }
                    TableShape table = tables.get(i);
                    progress.table(table.name(), i, tables.size());
                    copyRows(source, target, table, cancelled);
                }
                // Last: on HSQLDB this is DDL, which commits the rows; nothing may be cancelled after it.
                for (TableShape table : tables) {
                    if (table.identityColumn() != null) {
                        to.dialect().continueIdentity(target, table.name(), table.identityColumn());
                    }
                }
                return null;
            });
            source.commit();
        } catch (SQLException e) {
            throw StorageException.of(e);
        }
    }

    /**
     * Compares the two databases table by table: the same number of rows and the same content.
     *
     * @return each table with its number of rows
     * @throws StorageException {@code move.countDiffers} or {@code move.contentDiffers}, naming the table
     */
    public List<TableCount> compare() {
        try (Connection source = from.connect()) {
            source.setAutoCommit(false);
            source.setReadOnly(true);
            List<TableCount> counts = verify(source, TableShape.read(source));
            source.commit();
            return counts;
        } catch (SQLException e) {
            throw StorageException.of(e);
        }
    }

    private void checkSameTables(List<TableShape> tables) {
        List<TableShape> targetTables = to.inTransaction(TableShape::read);
        if (!shapes(tables).equals(shapes(targetTables))) {
            throw failure("move.schemaDiffers");
        }
    }

    /** Table and column names with their kinds, which must match on both engines. */
    private static List<String> shapes(List<TableShape> tables) {
        List<String> shapes = new ArrayList<>();
        for (TableShape t : tables) {
            t.columns().forEach(c -> shapes.add(t.name() + "." + c.name() + ":" + c.kind()));
        }
        shapes.sort(null);
        return shapes;
    }

    private static void refuseUnlessEmpty(Connection target, List<TableShape> tables) throws SQLException {
        for (TableShape table : tables) {
            try (Statement s = target.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw failure("move.notEmpty", table.name());
                }
            }
        }
    }

    private void copyRows(Connection source, Connection target, TableShape table, BooleanSupplier cancelled)
            throws SQLException {
        String columns = table.columnList();
        String marks = String.join(", ", table.columns().stream().map(c -> "?").toList());
        try (Statement read = source.createStatement();
             PreparedStatement write = target.prepareStatement(
                     "INSERT INTO " + table.name() + " (" + columns + ") VALUES (" + marks + ")")) {
            read.setFetchSize(BATCH_ROWS);
            try (ResultSet rs = read.executeQuery("SELECT " + columns + " FROM " + table.name())) {
                int rows = 0;
                long bytes = 0;
                while (rs.next()) {
                    for (int i = 0; i < table.columns().size(); i++) {
                        bytes += carry(rs, write, i + 1, table.columns().get(i).kind());
                    }
                    write.addBatch();
                    if (++rows >= BATCH_ROWS || bytes >= BATCH_BYTES) {
                        write.executeBatch();
                        rows = 0;
                        bytes = 0;
                        if (cancelled.getAsBoolean()) {
                            throw failure("move.cancelled");
                        }
                    }
                }
                if (rows > 0) {
                    write.executeBatch();
                }
            }
        }
    }

    /** Moves one value across, in the type both engines agree on; returns the bytes of a binary value. */
    private long carry(ResultSet rs, PreparedStatement write, int i, TableShape.Kind kind) throws SQLException {
        Object value = switch (kind) {
            case INTEGER -> nullable(rs, rs.getLong(i));
            case DECIMAL -> rs.getBigDecimal(i);
            case FLOATING -> nullable(rs, rs.getDouble(i));
            case BOOLEAN -> nullable(rs, rs.getBoolean(i));
            case TEXT -> rs.getString(i);
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIME -> rs.getObject(i, LocalTime.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case BINARY -> binary(rs, i);
            case OTHER -> rs.getObject(i);
        };
        if (value == null) {
            write.setNull(i, nullType(kind, rs.getMetaData().getColumnType(i)));
            return 0;
        }
        if (value instanceof byte[] bytes) {
            write.setBinaryStream(i, new ByteArrayInputStream(bytes), bytes.length);
            return bytes.length;
        }
        write.setObject(i, value);
        return 0;
    }

    /** A type both engines take for a null of this kind (HSQLDB's CLOB and BLOB have no PostgreSQL twin). */
    private static int nullType(TableShape.Kind kind, int sourceType) {
        return switch (kind) {
            case INTEGER -> Types.BIGINT;
            case DECIMAL -> Types.NUMERIC;
            case FLOATING -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case TEXT -> Types.VARCHAR;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case TIMESTAMP -> Types.TIMESTAMP;
            case BINARY -> Types.BINARY;
            case OTHER -> sourceType;
        };
    }

    private byte[] binary(ResultSet rs, int i) throws SQLException {
        try (InputStream in = from.dialect().binaryStream(rs, i)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new SQLException("could not read a binary value", e);
        }
    }

    private static Object nullable(ResultSet rs, Object value) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    private List<TableCount> verify(Connection source, List<TableShape> tables) throws SQLException {
        List<TableCount> counts = new ArrayList<>();
        for (TableShape table : tables) {
            TableDigest mine = TableDigest.of(source, from.dialect(), table);
            TableDigest theirs = to.inTransaction(c -> TableDigest.of(c, to.dialect(), table));
            if (mine.rows() != theirs.rows()) {
                throw failure("move.countDiffers", table.name(), mine.rows(), theirs.rows());
            }
            if (!mine.equals(theirs)) {
                throw failure("move.contentDiffers", table.name());
            }
            counts.add(new TableCount(table.name(), mine.rows()));
        }
        return counts;
    }

    private static StorageException failure(String key, Object... args) {
        return new StorageException(UserMessage.of(key, args), null);
    }
}
