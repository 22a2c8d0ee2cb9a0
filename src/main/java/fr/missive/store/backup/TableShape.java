package fr.missive.store.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Missive's tables as the JDBC metadata of one database describes them, in an order in which
 * they can be filled (a table after those its foreign keys point to). Names are lower case and
 * used unquoted in SQL, so each engine folds them its own way (HSQLDB to upper case), as the
 * migration scripts that made them did.
 */
record TableShape(String name, List<Column> columns, String identityColumn) {

    /** The table that records the applied migrations: each database has its own. */
    static final String SCHEMA_VERSION = "schema_version";
    /**
     * What other PCs changed in the last minutes (V23): not the school's data, and on PostgreSQL
     * its triggers fill it as the copy inserts rows, so it is neither copied nor compared.
     */
    static final String CHANGE_LOG = "change_log";

    /** How a column's values are carried from one engine to the other. */
    enum Kind { INTEGER, DECIMAL, FLOATING, BOOLEAN, TEXT, BINARY, DATE, TIME, TIMESTAMP, OTHER }

    record Column(String name, Kind kind) {
    }

    String columnList() {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }

    /** Every table but {@link #SCHEMA_VERSION} and {@link #CHANGE_LOG}, parents before children. */
    static List<TableShape> read(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Map<String, TableShape> tables = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(SCHEMA_VERSION) && !name.equals(CHANGE_LOG)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        for (String name : names) {
            tables.put(name, describe(meta, schema, name));
            parents.put(name, foreignTables(meta, schema, name));
        }
        return inFillingOrder(tables, parents);
    }

    private static TableShape describe(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        String identity = null;
        try (ResultSet rs = meta.getColumns(null, schema, metaName(meta, table), "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                columns.add(new Column(name, kindOf(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"))));
                if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                    identity = name;
                }
            }
        }
        return new TableShape(table, List.copyOf(columns), identity);
    }

    private static Set<String> foreignTables(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Set<String> parents = new LinkedHashSet<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, metaName(meta, table))) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (!parent.equals(table)) {
                    parents.add(parent);
                }
            }
        }
        return parents;
    }

    /** The name as the engine stores it (HSQLDB upper case, PostgreSQL lower case). */
    private static String metaName(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    private static List<TableShape> inFillingOrder(Map<String, TableShape> tables, Map<String, Set<String>> parents) {
        List<TableShape> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (String name : tables.keySet()) {
                if (!placed.contains(name) && placed.containsAll(parents.get(name))) {
                    ordered.add(tables.get(name));
                    placed.add(name);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle among " + tables.keySet());
            }
        }
        return ordered;
    }

    private static Kind kindOf(int sqlType, String typeName) {
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.FLOATING;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                    Types.LONGNVARCHAR, Types.NCLOB -> Kind.TEXT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
            case Types.DATE -> Kind.DATE;
            case Types.TIME -> Kind.TIME;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            default -> "bytea".equalsIgnoreCase(typeName) ? Kind.BINARY : Kind.OTHER;
        };
    }
}
