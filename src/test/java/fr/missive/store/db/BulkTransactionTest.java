package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk transaction (a chunk of queued messages) runs with HSQLDB's log not written through,
 * and is written through again before it returns, whatever happened; no other transaction
 * runs meanwhile, so none is told it committed before its commit is on disk.
 */
@EmbeddedOnly // about the embedded engine's log
class BulkTransactionTest {

    @TempDir
    Path folder;

    @Test
    void theLogIsWrittenThroughOnlyOutsideABulkTransactionThatCommitted() {
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            db.inTransaction(c -> execute(c, "CREATE TABLE bulk_probe (n INT)"));
            Map<String, String> before = db.inTransaction(BulkTransactionTest::writeDelay);

            Map<String, String> during = db.inBulkTransaction(c -> {
                execute(c, "INSERT INTO bulk_probe VALUES (1)");
                return writeDelay(c);
            });

            assertThat(during).isNotEqualTo(before);
            assertThat(db.inTransaction(BulkTransactionTest::writeDelay)).isEqualTo(before);
            assertThat(db.<Integer>inTransaction(BulkTransactionTest::count)).isEqualTo(1);
        }
    }

    @Test
    void aBulkTransactionThatFailsIsRolledBackAndTheLogWrittenThroughAgain() {
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            db.inTransaction(c -> execute(c, "CREATE TABLE bulk_probe (n INT)"));
            Map<String, String> before = db.inTransaction(BulkTransactionTest::writeDelay);

            assertThatThrownBy(() -> db.inBulkTransaction(c -> {
                execute(c, "INSERT INTO bulk_probe VALUES (1)");
                throw new IllegalStateException("the chunk failed");
            })).hasMessage("the chunk failed");

            assertThat(db.inTransaction(BulkTransactionTest::writeDelay)).isEqualTo(before);
            assertThat(db.<Integer>inTransaction(BulkTransactionTest::count)).isZero();
        }
    }

    @Test
    void anotherTransactionWaitsUntilTheBulkOneIsOnDisk() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            db.inTransaction(c -> execute(c, "CREATE TABLE bulk_probe (n INT)"));
            CountDownLatch inBulk = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Object> bulk = threads.submit(() -> db.inBulkTransaction(c -> {
                execute(c, "INSERT INTO bulk_probe VALUES (1)");
                inBulk.countDown();
                awaitQuietly(release);
                return null;
            }));
            assertThat(inBulk.await(30, TimeUnit.SECONDS)).isTrue();

            Future<Integer> other = threads.submit(() -> db.<Integer>inTransaction(BulkTransactionTest::count));
            Thread.sleep(300);
            assertThat(other).as("ran while the bulk transaction's log was not written through").isNotDone();

            release.countDown();
            bulk.get(30, TimeUnit.SECONDS);
            assertThat(other.get(30, TimeUnit.SECONDS)).as("ran after the bulk commit, and saw it").isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bulk_probe")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The engine's write-delay settings as it reports them. */
    private static Map<String, String> writeDelay(Connection c) throws SQLException {
        Map<String, String> settings = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT PROPERTY_NAME, PROPERTY_VALUE"
                + " FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES WHERE PROPERTY_NAME LIKE '%write_delay%'")) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(settings).isNotEmpty();
        return settings;
    }
}
