package fr.missive.store.contacts;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.Guardianship;
import fr.missive.store.db.Database;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * An import written in committed batches and hidden until shown (V25): its rows carry the run's
 * id in {@code import_run}, and the run's row in {@code contact_import_run} hides them from every
 * read of {@link JdbcContactStore} until {@link #show} deletes it, in the transaction that also
 * writes the changes to known contacts. The embedded engine keeps every row of an uncommitted
 * transaction in memory (about 200 MB for 200,000 contacts and 100,000 links, measured), which
 * is why the rows are not simply written in one transaction.
 */
final class JdbcStagedImport implements ContactStore.StagedImport {

    /** A run older than this was abandoned (its process killed): its rows are deleted. */
    private static final Duration ABANDONED = Duration.ofDays(1);
    private static final SecureRandom RUN_IDS = new SecureRandom();
    private static final String INSERT_STAGED = "INSERT INTO contact (" + JdbcContactStore.COLUMNS + ", import_run)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STAGED_LINK =
            "INSERT INTO contact_guardian (pupil_id, guardian_id, rank, import_run) VALUES (?, ?, ?, ?)";

    private final Database db;
    private final long run;

    private JdbcStagedImport(Database db, long run) {
        this.db = db;
        this.run = run;
    }

    static JdbcStagedImport start(Database db) {
        for (long abandoned : runsStartedBefore(db, Instant.now().minus(ABANDONED))) {
            new JdbcStagedImport(db, abandoned).discard();
        }
        // Random, so that no later run can take the id that a shown run's rows keep.
        long run = RUN_IDS.nextLong() & Long.MAX_VALUE;
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO contact_import_run (id, started_at) VALUES (?, ?)")) {
                p.setLong(1, run);
                p.setTimestamp(2, Timestamp.from(Instant.now()));
                return p.executeUpdate();
            }
        });
        return new JdbcStagedImport(db, run);
    }

    private static List<Long> runsStartedBefore(Database db, Instant limit) {
        return db.inTransaction(c -> {
            List<Long> runs = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM contact_import_run WHERE started_at < ?")) {
                p.setTimestamp(1, Timestamp.from(limit));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        runs.add(rs.getLong(1));
                    }
                }
            }
            return runs;
        });
    }

    @Override
    public long[] add(List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return new long[0];
        }
        Timestamp now = Timestamp.from(Instant.now());
        return db.inTransaction(c -> {
            long[] ids = new long[contacts.size()];
            try (PreparedStatement insert = c.prepareStatement(INSERT_STAGED, Statement.RETURN_GENERATED_KEYS)) {
                for (Contact contact : contacts) {
                    JdbcContactStore.bind(insert, contact, now);
                    insert.setLong(18, run);
                    insert.addBatch();
                }
                insert.executeBatch();
                int n = 0;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next() && n < ids.length) {
                        ids[n++] = keys.getLong(1);
                    }
                }
                if (n != ids.length) {
                    throw new SQLException("expected " + ids.length + " generated keys, got " + n);
                }
            }
            return ids;
        });
    }

    @Override
    public void replace(List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(JdbcContactStore.UPDATE + " AND import_run = ?")) {
                for (Contact contact : contacts) {
                    JdbcContactStore.bind(update, contact, now);
                    update.setLong(18, contact.id());
                    update.setLong(19, run);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Contact read(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(JdbcContactStore.SELECT + " WHERE id = ? AND import_run = ?")) {
                p.setLong(1, id);
                p.setLong(2, run);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("contact " + id + " was not written by import run " + run);
                    }
                    return JdbcContactStore.read(rs);
                }
            }
        });
    }

    @Override
    public void addLinks(List<Guardianship> links) {
        if (links.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_STAGED_LINK)) {
                for (Guardianship link : links) {
                    insert.setLong(1, link.pupilId());
                    insert.setLong(2, link.guardianId());
                    insert.setInt(3, link.rank());
                    insert.setLong(4, run);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void show(List<Contact> knownChanged, List<Guardianship> knownLinks, IntConsumer progress,
                     BooleanSupplier cancelled) {
        Timestamp now = Timestamp.from(Instant.now());
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(JdbcContactStore.UPDATE)) {
                for (int from = 0; from < knownChanged.size(); from += JdbcContactStore.BATCH) {
                    if (cancelled.getAsBoolean()) {
                        throw new ContactStore.ImportCancelledException();
                    }
                    int to = Math.min(knownChanged.size(), from + JdbcContactStore.BATCH);
                    for (Contact contact : knownChanged.subList(from, to)) {
                        JdbcContactStore.bind(update, contact, now);
                        update.setLong(18, contact.id());
                        update.addBatch();
                    }
                    update.executeBatch();
                    progress.accept(to);
                }
            }
            if (cancelled.getAsBoolean()) {
                throw new ContactStore.ImportCancelledException();
            }
            JdbcContactStore.writeLinks(c, knownLinks);
            try (PreparedStatement p = c.prepareStatement("DELETE FROM contact_import_run WHERE id = ?")) {
                p.setLong(1, run);
                p.executeUpdate();
            }
            JdbcContactStore.clearStaleBounceMarks(c);
            return null;
        });
    }

    @Override
    public void discard() {
        List<Long> written = db.inTransaction(c -> {
            if (!stillHidden(c)) {
                return List.of();
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM contact WHERE import_run = ?")) {
                p.setLong(1, run);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
        // In batches: one transaction deleting them all would hold them all in memory again.
        // Their links go with them (ON DELETE CASCADE); the run's row last, so nothing is ever shown.
        for (int from = 0; from < written.size(); from += JdbcContactStore.BATCH) {
            List<Long> batch = written.subList(from, Math.min(written.size(), from + JdbcContactStore.BATCH));
            db.inTransaction(c -> {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM contact WHERE id = ? AND import_run = ?")) {
                    for (long id : batch) {
                        p.setLong(1, id);
                        p.setLong(2, run);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                return null;
            });
        }
        db.inTransaction(c -> {
            if (!stillHidden(c)) {
                return null;
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM contact_guardian WHERE import_run = ?")) {
                p.setLong(1, run);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM contact_import_run WHERE id = ?")) {
                p.setLong(1, run);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Whether the run is still unfinished: once shown, its rows are ordinary contacts, never deleted here. */
    private boolean stillHidden(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM contact_import_run WHERE id = ?")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }
}
