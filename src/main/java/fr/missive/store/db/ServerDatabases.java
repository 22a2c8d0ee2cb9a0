package fr.missive.store.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Looks at a PostgreSQL database before Missive uses it: a school's shared database is made only
 * in an empty one, and a PC joins only one that Missive made. One short connection, no migration.
 */
public final class ServerDatabases {

    /** What is in the database. */
    public enum Content { EMPTY, MISSIVE, OTHER }

    private ServerDatabases() {
    }

    /** @throws StorageException the server unreachable, the login refused, the database missing */
    public static Content inspect(DatabaseTarget.Server server) {
        try (Connection c = connect(server);
                PreparedStatement p = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
                ResultSet rs = p.executeQuery()) {
            boolean any = false;
            while (rs.next()) {
                if ("schema_version".equalsIgnoreCase(rs.getString(1))) {
                    return Content.MISSIVE;
                }
                any = true;
            }
            return any ? Content.OTHER : Content.EMPTY;
        } catch (SQLException e) {
            throw ServerFailures.describe(e, server);
        }
    }

    /** A connection outside any pool, for a check or for the roles' statements. */
    static Connection connect(DatabaseTarget.Server server) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", server.password());
        properties.setProperty("ApplicationName", "Missive");
        properties.setProperty("connectTimeout", "15");
        return DriverManager.getConnection(ServerUrl.withVerifiedTls(server.url()), properties);
    }
}
