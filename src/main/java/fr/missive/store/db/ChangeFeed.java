package fr.missive.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What other PCs write to a shared PostgreSQL database, as it is committed: the rows the
 * database's triggers log in {@code change_log} (V23), read by one thread with a connection of
 * its own that {@code LISTEN}s for the triggers' {@code NOTIFY}, so that a change reaches the
 * listener within a second of its commit. Without a notification the log is still read every
 * {@code fallbackPoll} (one indexed query for the rows after the last seen), which also catches
 * up after the connection was lost.
 *
 * <p>This PC's own writes (the log's origin is its connections' application name) are skipped:
 * its windows refresh themselves after them already. Identity values are handed out before
 * commit, so a transaction may commit a row with a lower id than one already read: ids skipped
 * below the highest read stay looked for during {@link #LATE_COMMIT_WINDOW} (after which they
 * were rolled back, as most are) before they are given up.
 */
public final class ChangeFeed implements AutoCloseable {

    /** Rows of one table changed; {@code ids} empty with {@code many}: too many to name, re-read all. */
    public record Change(String table, Set<Long> ids, boolean many) {
        public Change {
            ids = Set.copyOf(ids);
        }
    }

    /** Told on the feed's own thread, never on the EDT. */
    public interface Listener {
        void changed(List<Change> changes);

        /**
         * A PC, this one included, announced changes of these tables: told as the notification
         * arrives, before the log is read (which waits {@link #READ_GAP} between reads),
         * for work that only has to look again.
         */
        default void announced(Set<String> tables) {
        }
    }

    public static final String CHANNEL = "missive_changes";
    /** Above this many rows of one table in one read, their ids are not passed on. */
    static final int MAX_IDS = 500;
    private static final Duration LATE_COMMIT_WINDOW = Duration.ofSeconds(60);
    private static final int MAX_LATE_IDS = 10_000;
    /** Log rows older than this are deleted by whichever PC reads the log. */
    private static final String PRUNE = "DELETE FROM change_log WHERE changed_at < LOCALTIMESTAMP - INTERVAL '10 minutes'";
    private static final long PRUNE_EVERY_MILLIS = Duration.ofMinutes(5).toMillis();
    private static final int WAIT_MILLIS = 500;
    /** The least time between two reads of the log a notification asks for. */
    private static final Duration READ_GAP = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());

    private final Database db;
    private final String ownOrigin;
    private final Listener listener;
    private final long fallbackPollMillis;
    private final long readGapMillis;
    private final Thread thread;
    private volatile boolean closed;
    /** The highest log id read; -1 before the first read. */
    private long highestSeen = -1;
    /** Ids below {@link #highestSeen} not committed when it was read, with when they were missed. */
    private final TreeMap<Long, Long> lateIds = new TreeMap<>();

    private ChangeFeed(Database db, Listener listener, Duration fallbackPoll, Duration readGap) {
        this.db = db;
        this.ownOrigin = db.applicationName();
        this.listener = listener;
        this.fallbackPollMillis = fallbackPoll.toMillis();
        this.readGapMillis = readGap.toMillis();
        this.thread = new Thread(this::run, "missive-change-feed");
        thread.setDaemon(true);
    }

    /** Starts following the shared database's changes; only a server database has any to follow. */
    public static ChangeFeed start(Database db, Listener listener, Duration fallbackPoll) {
        return start(db, listener, fallbackPoll, READ_GAP);
    }

    /** As {@link #start(Database, Listener, Duration)}, with at least {@code readGap} between two reads of the log. */
    static ChangeFeed start(Database db, Listener listener, Duration fallbackPoll, Duration readGap) {
        if (db.isEmbedded()) {
            throw new IllegalArgumentException("one process writes an embedded database: no other PC to follow");
        }
        ChangeFeed feed = new ChangeFeed(db, listener, fallbackPoll, readGap);
        feed.thread.start();
        return feed;
    }

    private void run() {
        long retryMillis = 1_000;
        while (!closed) {
            try (Connection c = db.connect()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = c.unwrap(PGConnection.class);
                if (highestSeen < 0) {
                    highestSeen = highestId(c);
                }
                retryMillis = 1_000;
                follow(c, notifications);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                // The server went away: what changed meanwhile is read once it is back (where it stopped
                // is kept), and LISTEN is given again on the new connection. The feed, always connected,
                // is often the first to notice: the window's band and the outbox hear it from the database.
                db.reportFailure(e);
                LOG.log(Level.FINE, "The change feed lost its connection; retrying", e);
                sleep(retryMillis);
                // At most ten seconds: once the server is back, other PCs' changes show again within seconds.
                retryMillis = Math.min(retryMillis * 2, 10_000);
            }
        }
    }

    private void follow(Connection c, PGConnection notifications) throws SQLException {
        long lastRead = 0;
        long lastPruned = 0;
        boolean toRead = false;
        while (!closed) {
            // Another PC delivering e-mail commits a change every few milliseconds: what comes
            // within the read gap of a read is read with the next one, rather than one read of
            // the log per commit; meanwhile the notifications are still taken and announced as
            // they arrive (0 would wait for ever).
            long sinceRead = System.currentTimeMillis() - lastRead;
            int wait = toRead ? (int) Math.max(1, readGapMillis - sinceRead) : WAIT_MILLIS;
            // An empty array, not null, when the wait ended without one (PgJDBC 42.7).
            PGNotification[] received = notifications.getNotifications(wait);
            if (received != null && received.length > 0) {
                announce(received);
                toRead = true;
            }
            long now = System.currentTimeMillis();
            if (toRead && now - lastRead >= readGapMillis || now - lastRead >= fallbackPollMillis
                    || !lateIds.isEmpty() && now - lastRead >= 1_000) {
                readNew(c);
                lastRead = now;
                toRead = false;
            }
            if (now - lastPruned >= PRUNE_EVERY_MILLIS) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(PRUNE);
                }
                lastPruned = now;
            }
        }
    }

    private void announce(PGNotification[] received) {
        Set<String> tables = new java.util.HashSet<>();
        for (PGNotification n : received) {
            tables.add(n.getParameter());
        }
        listener.announced(tables);
    }

    private static long highestId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM change_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Reads the log rows committed since the last read, and passes on those of other PCs, by table. */
    void readNew(Connection c) throws SQLException {
        long now = System.currentTimeMillis();
        Batch batch = new Batch();
        try (PreparedStatement p = c.prepareStatement("SELECT id, table_name, row_id, origin FROM change_log"
                + " WHERE id > ? ORDER BY id")) {
            p.setLong(1, highestSeen);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    for (long gap = highestSeen + 1; gap < id && lateIds.size() < MAX_LATE_IDS; gap++) {
                        lateIds.put(gap, now);
                    }
                    highestSeen = id;
                    batch.add(rs);
                }
            }
        }
        if (!lateIds.isEmpty()) {
            readLate(c, batch);
        }
        long cutoff = now - LATE_COMMIT_WINDOW.toMillis();
        lateIds.values().removeIf(since -> since < cutoff);
        batch.passOn();
    }

    /** The rows of ids skipped by an earlier read: committed since, or rolled back (then never found). */
    private void readLate(Connection c, Batch batch) throws SQLException {
        List<Long> ids = new ArrayList<>(lateIds.keySet()).subList(0, Math.min(lateIds.size(), 1_000));
        StringBuilder sql = new StringBuilder("SELECT id, table_name, row_id, origin FROM change_log WHERE id IN (");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement p = c.prepareStatement(sql.append(')').toString())) {
            for (int i = 0; i < ids.size(); i++) {
                p.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    lateIds.remove(rs.getLong(1));
                    batch.add(rs);
                }
            }
        }
    }

    /** The changes of one read, grouped by table. */
    private final class Batch {
        private final Map<String, Set<Long>> byTable = new LinkedHashMap<>();
        private final Set<String> many = new LinkedHashSet<>();

        void add(ResultSet rs) throws SQLException {
            if (ownOrigin != null && ownOrigin.equals(rs.getString(4))) {
                return;
            }
            String table = rs.getString(2);
            Set<Long> ids = byTable.computeIfAbsent(table, t -> new LinkedHashSet<>());
            long rowId = rs.getLong(3);
            if (rs.wasNull()) {
                // A change too broad to name a row (an import shown, V25): everything is read again.
                many.add(table);
                ids.clear();
            } else if (!many.contains(table)) {
                ids.add(rowId);
                if (ids.size() > MAX_IDS) {
                    many.add(table);
                    ids.clear();
                }
            }
        }

        void passOn() {
            if (byTable.isEmpty()) {
                return;
            }
            List<Change> changes = new ArrayList<>();
            byTable.forEach((table, ids) -> changes.add(new Change(table, ids, many.contains(table))));
            try {
                listener.changed(changes);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener of the change feed failed", e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops following; returns once the feed's thread has ended (within about a second). */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
