package fr.missive.store.outbox;

import fr.missive.model.outbox.PlannedMailing;
import fr.missive.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link MailingPlanStore} in the tables of V21, beside the outbox whose rows say which letters were queued. */
public final class JdbcMailingPlanStore implements MailingPlanStore {

    /** Letters per batch of inserts: a mailing of 3,000 letters is planned in a few round trips. */
    private static final int BATCH = 500;

    private final Database db;

    public JdbcMailingPlanStore(Database db) {
        this.db = db;
    }

    @Override
    public void begin(PlannedMailing m) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mailing_plan (mailing, account_name,"
                    + " created_by, title, request, planned_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, m.mailing());
                p.setString(2, m.accountName());
                p.setLong(3, m.createdBy());
                p.setString(4, cut(m.title(), 500));
                p.setString(5, m.request());
                p.setTimestamp(6, Timestamp.from(m.plannedAt()));
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO mailing_plan_letter (mailing, position, letter, name) VALUES (?, ?, ?, ?)")) {
                int pending = 0;
                for (PlannedMailing.Letter letter : m.letters()) {
                    p.setString(1, m.mailing());
                    p.setInt(2, letter.position());
                    p.setString(3, cut(letter.key(), 1000));
                    p.setString(4, cut(letter.name(), 1000));
                    p.addBatch();
                    if (++pending == BATCH) {
                        p.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    p.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public void complete(String mailing, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE mailing_plan SET completed_at = ? WHERE mailing = ? AND completed_at IS NULL")) {
                p.setTimestamp(1, Timestamp.from(at));
                p.setString(2, mailing);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<PlannedMailing> incomplete() {
        return db.inTransaction(c -> {
            List<PlannedMailing> mailings = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT mailing, account_name, created_by, title, request,"
                    + " planned_at FROM mailing_plan WHERE completed_at IS NULL ORDER BY planned_at, mailing");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    mailings.add(new PlannedMailing(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant(), List.of()));
                }
            }
            List<PlannedMailing> withLetters = new ArrayList<>(mailings.size());
            for (PlannedMailing m : mailings) {
                withLetters.add(new PlannedMailing(m.mailing(), m.accountName(), m.createdBy(), m.title(), m.request(),
                        m.plannedAt(), letters(c, m.mailing())));
            }
            return withLetters;
        });
    }

    @Override
    public List<String> queuedLetters(String mailing) {
        return db.inTransaction(c -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT contacts, about_contact FROM outbox_message WHERE mailing = ?")) {
                p.setString(1, mailing);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        keys.add(PlannedMailing.letterKey(OriginColumns.origin(null, rs.getString(1), rs.getString(2))));
                    }
                }
            }
            return keys;
        });
    }

    private static List<PlannedMailing.Letter> letters(Connection c, String mailing) throws SQLException {
        List<PlannedMailing.Letter> letters = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT position, letter, name FROM mailing_plan_letter WHERE mailing = ? ORDER BY position")) {
            p.setString(1, mailing);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    letters.add(new PlannedMailing.Letter(rs.getInt(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return letters;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
