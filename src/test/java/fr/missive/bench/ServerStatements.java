package fr.missive.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a PostgreSQL server ran for one database while a benchmark ran: each statement's calls
 * and server time per message, from {@code pg_stat_statements} (the server must load it:
 * {@code -c shared_preload_libraries=pg_stat_statements}; {@code pg_stat_statements.track=all}
 * counts the statements of triggers too), and the transactions committed. These counts do not
 * depend on the machine's load, unlike the wall-clock figures.
 */
final class ServerStatements {

    private final String adminUrl;
    private final String database;
    private final long commitsBefore;

    private ServerStatements(String adminUrl, String database, long commitsBefore) {
        this.adminUrl = adminUrl;
        this.database = database;
        this.commitsBefore = commitsBefore;
    }

    /** Starts counting when {@code -Dmissive.bench.statements=true}; null otherwise. */
    static ServerStatements startIfAsked(String adminUrl, String database) throws SQLException, InterruptedException {
        if (!Boolean.getBoolean("missive.bench.statements")) {
            return null;
        }
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
            return new ServerStatements(adminUrl, database, commits(c, database));
        }
    }

    /** Prints the statements run since the start, most called first, per message delivered. */
    void print(int messages) throws SQLException, InterruptedException {
        try (Connection c = DriverManager.getConnection(adminUrl);
             PreparedStatement p = c.prepareStatement("SELECT calls, total_exec_time, rows, query"
                     + " FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = ?)"
                     + " ORDER BY calls DESC, total_exec_time DESC")) {
            long commits = commits(c, database) - commitsBefore;
            p.setString(1, database);
            long calls = 0;
            double time = 0;
            StringBuilder lines = new StringBuilder();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    calls += rs.getLong(1);
                    time += rs.getDouble(2);
                    String sql = rs.getString(4).replaceAll("\\s+", " ");
                    lines.append(String.format("  %7.2f calls %7.3f ms %8.2f rows  %s%n",
                            rs.getLong(1) / (double) messages, rs.getDouble(2) / messages, rs.getLong(3) / (double) messages,
                            sql.length() > 150 ? sql.substring(0, 150) + "…" : sql));
                }
            }
            System.out.printf("server, per message: %.2f statements, %.3f ms of statement time, %.2f commits%n",
                    calls / (double) messages, time / messages, commits / (double) messages);
            System.out.print(lines);
        }
    }

    private static long commits(Connection c, String database) throws SQLException, InterruptedException {
        // The statistics of other sessions reach the shared view within about a second.
        Thread.sleep(1_500);
        try (PreparedStatement p = c.prepareStatement("SELECT xact_commit FROM pg_stat_database WHERE datname = ?")) {
            p.setString(1, database);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
