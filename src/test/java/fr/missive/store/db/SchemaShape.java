package fr.missive.store.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of a schema as JDBC metadata tells it, in one vocabulary for both engines: tables,
 * their columns (type, length of a VARCHAR, nullability, identity), primary key, foreign keys
 * (columns, target, delete rule) and unique constraints (by their columns: HSQLDB names the
 * indexes behind them its own way). Names are lower case (HSQLDB folds to upper, PostgreSQL to lower).
 */
final class SchemaShape {

    record Column(String type, boolean nullable, boolean identity) {
        @Override
        public String toString() {
            return type + (nullable ? " NULL" : " NOT NULL") + (identity ? " IDENTITY" : "");
        }
    }

    record Table(Map<String, Column> columns, List<String> primaryKey, Set<String> foreignKeys, Set<String> uniques) {
    }

    private final Map<String, Table> tables;

    private SchemaShape(Map<String, Table> tables) {
        this.tables = tables;
    }

    static SchemaShape read(Connection c, String schema) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Table> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String name : names) {
            tables.put(lower(name), new Table(columns(meta, schema, name), primaryKey(meta, schema, name),
                    foreignKeys(meta, schema, name), uniques(meta, schema, name)));
        }
        return new SchemaShape(tables);
    }

    private static Map<String, Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, Column> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                columns.put(lower(rs.getString("COLUMN_NAME")), new Column(
                        commonType(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE")),
                        rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                        "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    /** The type in words both engines share: a BLOB and a BYTEA are "binary", a CLOB and a TEXT "text". */
    static String commonType(int jdbcType, String typeName, int size) {
        String name = typeName.toLowerCase(Locale.ROOT);
        if (name.equals("text") || jdbcType == Types.CLOB) {
            return "text";
        }
        if (name.equals("bytea") || jdbcType == Types.BLOB || jdbcType == Types.VARBINARY
                || jdbcType == Types.BINARY || jdbcType == Types.LONGVARBINARY) {
            return "binary";
        }
        if (name.equals("bool") || jdbcType == Types.BOOLEAN) {
            return "boolean";
        }
        if (name.equals("timestamptz") || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE) {
            return "timestamp with time zone";
        }
        return switch (jdbcType) {
            case Types.VARCHAR, Types.NVARCHAR -> "varchar(" + size + ")";
            case Types.CHAR, Types.NCHAR -> "char(" + size + ")";
            case Types.SMALLINT -> "smallint";
            case Types.INTEGER -> "integer";
            case Types.BIGINT -> "bigint";
            case Types.DATE -> "date";
            case Types.TIMESTAMP -> "timestamp";
            case Types.DECIMAL, Types.NUMERIC -> "numeric(" + size + ")";
            case Types.DOUBLE, Types.FLOAT -> "double";
            default -> "other:" + name;
        };
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(bySequence.values());
    }

    /** Each as "(columns) -> table(columns) ON DELETE rule". */
    private static Set<String> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, TreeMap<Integer, String[]>> byName = new TreeMap<>();
        Map<String, String> targets = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String name = lower(rs.getString("FK_NAME"));
                byName.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
                        new String[] {lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKCOLUMN_NAME"))});
                targets.put(name, lower(rs.getString("PKTABLE_NAME")) + " ON DELETE " + deleteRule(rs.getInt("DELETE_RULE")));
            }
        }
        Set<String> keys = new TreeSet<>();
        byName.forEach((name, columns) -> {
            List<String> from = columns.values().stream().map(c -> c[0]).toList();
            List<String> to = columns.values().stream().map(c -> c[1]).toList();
            keys.add(name + " " + from + " -> " + targets.get(name).replace(" ON", to + " ON"));
        });
        return keys;
    }

    private static String deleteRule(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    /** The column lists of the unique indexes but the primary key's, each in index order. */
    private static Set<String> uniques(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> byIndex = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, true, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") == null || rs.getString("COLUMN_NAME") == null) {
                    continue;
                }
                byIndex.computeIfAbsent(rs.getString("INDEX_NAME"), n -> new TreeMap<>())
                        .put((int) rs.getShort("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        List<String> primaryKey = primaryKey(meta, schema, table);
        Set<String> uniques = new TreeSet<>();
        for (TreeMap<Integer, String> columns : byIndex.values()) {
            List<String> list = List.copyOf(columns.values());
            if (!list.equals(primaryKey)) {
                uniques.add(list.toString());
            }
        }
        return uniques;
    }

    /** Every difference, one line each naming the table (and column), as "HSQLDB …, PostgreSQL …". */
    static List<String> differences(SchemaShape hsqldb, SchemaShape postgresql) {
        List<String> out = new ArrayList<>();
        Set<String> tableNames = new TreeSet<>(hsqldb.tables.keySet());
        tableNames.addAll(postgresql.tables.keySet());
        for (String table : tableNames) {
            Table h = hsqldb.tables.get(table);
            Table p = postgresql.tables.get(table);
            if (h == null || p == null) {
                out.add("table " + table + ": only in " + (h == null ? "PostgreSQL" : "HSQLDB"));
                continue;
            }
            Set<String> columnNames = new TreeSet<>(h.columns().keySet());
            columnNames.addAll(p.columns().keySet());
            for (String column : columnNames) {
                Column hc = h.columns().get(column);
                Column pc = p.columns().get(column);
                if (!Objects.equals(hc, pc)) {
                    out.add("table " + table + ", column " + column + ": HSQLDB " + describe(hc)
                            + ", PostgreSQL " + describe(pc));
                }
            }
            compare(out, table, "primary key", h.primaryKey(), p.primaryKey());
            compare(out, table, "foreign keys", h.foreignKeys(), p.foreignKeys());
            compare(out, table, "unique constraints", h.uniques(), p.uniques());
        }
        return out;
    }

    private static void compare(List<String> out, String table, String what, Object h, Object p) {
        if (!h.equals(p)) {
            out.add("table " + table + ", " + what + ": HSQLDB " + h + ", PostgreSQL " + p);
        }
    }

    private static String describe(Column c) {
        return c == null ? "(no such column)" : c.toString();
    }

    Table table(String name) {
        return tables.get(name);
    }

    Set<String> tableNames() {
        return tables.keySet();
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
