package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.store.settings.JdbcSettingsStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sessions writing the same new key at once, as two PCs of a shared database meeting the
 * same mail server did (two deliveries remembering its size limit): the second one's INSERT
 * waits for the first, fails on the key, and must update the row instead of failing.
 */
class UpdateOrInsertTest {

    @TempDir
    Path folder;
    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aKeyInsertedByAnotherSessionMeanwhileIsUpdatedInsteadOfFailing() throws Exception {
        JdbcSettingsStore settings = new JdbcSettingsStore(db);
        try (Connection first = db.connect()) {
            first.setAutoCommit(false);
            try (PreparedStatement p = first.prepareStatement("INSERT INTO setting (name, value) VALUES (?, ?)")) {
                p.setString(1, "race.key");
                p.setString(2, "first");
                p.executeUpdate();
            }
            // The second session's UPDATE finds no row (the first is not committed), so it inserts,
            // and its INSERT waits for the first session's row.
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> settings.put("race.key", "second"));
            awaitASessionWaiting(second);
            first.commit();
            second.get(30, TimeUnit.SECONDS);
        }

        assertThat(settings.get("race.key")).contains("second");
    }

    @Test
    void withoutAnyRaceTheRowIsInsertedThenUpdated() {
        JdbcSettingsStore settings = new JdbcSettingsStore(db);

        settings.put("plain.key", "one");
        assertThat(settings.get("plain.key")).contains("one");
        settings.put("plain.key", "two");

        assertThat(settings.get("plain.key")).contains("two");
    }

    /** Until the engine shows a session waiting for another's lock (the race is then certain). */
    private void awaitASessionWaiting(CompletableFuture<Void> second) throws Exception {
        String waiting = db.isEmbedded()
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_SESSIONS WHERE THIS_WAITING_FOR <> ''"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND wait_event_type = 'Lock'";
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection look = db.connect()) {
            while (System.nanoTime() < until) {
                assertThat(second).as("the second write waits for the first").isNotDone();
                if (count(look, waiting) > 0) {
                    return;
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("no session ever waited for the first one's row");
    }

    private static long count(Connection c, String query) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(query); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
