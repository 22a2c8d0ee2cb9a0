package fr.missive.store.db;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The PostgreSQL roles of a school's PCs: each PC logs in with a role of its own
 * ({@code missive_pc_NAME}), member of the group role {@value #GROUP} that holds the rights on
 * Missive's tables and nothing else (no DDL, no other database). Revoking a PC drops its role,
 * so the server itself refuses it, whatever the PC kept.
 *
 * <p>Run by an administrator's PC connected with the role that owns the database and may create
 * roles ({@code CREATEROLE}). Role names and passwords cannot be bind parameters in PostgreSQL's
 * DDL, so both are checked against a strict pattern before being written into the statement.
 */
public final class PcRoles {

    public static final String GROUP = "missive_app";
    private static final String PREFIX = "missive_pc_";
    /** PostgreSQL's SQLSTATE for an object that already exists (here: a role). */
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern PC_NAME = Pattern.compile("[a-z0-9_]{1,40}");
    private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9_-]{20,100}");

    private final Database db;

    public PcRoles(Database db) {
        this.db = db;
    }

    /** Whether the name may name a PC: lower-case letters, digits and {@code _}, up to 40. */
    public static boolean isValidPcName(String name) {
        return name != null && PC_NAME.matcher(name).matches();
    }

    /** The role of a PC: {@code missive_pc_} and its name. */
    public static String roleOf(String pcName) {
        if (!isValidPcName(pcName)) {
            throw new MissiveException(UserMessage.of("shared.badPcName", String.valueOf(pcName)));
        }
        return PREFIX + pcName;
    }

    /**
     * Makes the group role if missing and gives it the rights on every table and sequence of
     * the schema, including those later migrations make (default privileges of the owner).
     */
    public void grantGroup() {
        db.inTransaction(c -> {
            if (!roleExists(c, GROUP)) {
                createGroupUnlessMadeMeanwhile(c);
            }
            execute(c, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + GROUP);
            execute(c, "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + GROUP);
            execute(c, "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
                    + GROUP);
            execute(c, "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "
                    + GROUP);
            return null;
        });
    }

    /** Creates the PC's login role, member of the group, with this password. */
    public void create(String pcName, String password) {
        String role = roleOf(pcName);
        if (!PASSWORD.matcher(password).matches()) {
            throw new IllegalArgumentException("a PC role's password is made by Missive, URL-safe base64");
        }
        db.inTransaction(c -> {
            if (roleExists(c, role)) {
                throw new MissiveException(UserMessage.of("shared.pcRoleExists", role));
            }
            execute(c, "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "' IN ROLE " + GROUP);
            return null;
        });
    }

    /**
     * Drops the PC's role: first no more logins, then its open connections ended
     * ({@code pg_terminate_backend}, which needs membership of the role: given to the caller just
     * before), then the role itself. A role already gone is not an error.
     */
    public void drop(String pcName) {
        String role = roleOf(pcName);
        db.inTransaction(c -> {
            if (!roleExists(c, role)) {
                return null;
            }
            execute(c, "ALTER ROLE " + role + " NOLOGIN");
            execute(c, "GRANT " + role + " TO CURRENT_USER");
            return null;
        });
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?")) {
                p.setString(1, role);
                p.executeQuery().close();
            }
            execute(c, "DROP ROLE IF EXISTS " + role);
            return null;
        });
    }

    /**
     * Roles belong to the whole server, not to one database: two schools' databases (or two test
     * runs) set up at the same moment may both find the group missing; the second to create it then
     * takes the one the first made instead of failing.
     */
    private static void createGroupUnlessMadeMeanwhile(Connection c) throws SQLException {
        java.sql.Savepoint beforeCreate = c.setSavepoint();
        try {
            execute(c, "CREATE ROLE " + GROUP + " NOLOGIN");
        } catch (SQLException e) {
            // 42710 when the role was there at the check; 23505 (the catalogue's unique index) when
            // the other transaction made it while this one waited for it.
            if (!DUPLICATE_OBJECT.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(beforeCreate);
        }
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            p.setString(1, role);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
