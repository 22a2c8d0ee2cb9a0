package fr.missive.store.outbox;

import fr.missive.model.mail.SmtpReply;
import fr.missive.store.db.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "sent" marks of a shared outbox, kept in {@code outbox_sent_mark} (V29) until the outbox
 * records them: the SQL of {@link ServerSentMarks}, run by {@link JdbcOutboxStore} in its
 * transactions.
 *
 * <p>Why a table of its own: a mark is a commit that the next message's final dot waits for, and
 * rewriting the message's row there costs an entry in each of its seven indexes, one in
 * {@code change_log} and the recipients' rows. Inserting one narrow row costs a fraction of that;
 * the outbox rows are rewritten once per batch, many in one statement ({@link #record}).
 */
final class RecordedMarks {

    /** The most marks {@link #record} takes at once: six parameters each, PostgreSQL's limit being 65,535. */
    static final int MOST = 500;

    private RecordedMarks() {
    }

    /**
     * Adds the mark; false when the message has one already (another PC took it over after this
     * one's lease lapsed and sent it too: it is sent, which the first mark says already).
     */
    static boolean insert(Connection c, String holder, SentMark mark, int maxReply) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO outbox_sent_mark (message_id, holder, sent_at,"
                + " server_reply, recipients) VALUES (?, ?, ?, ?, ?)")) {
            p.setLong(1, mark.id());
            p.setString(2, holder);
            p.setTimestamp(3, Timestamp.from(mark.at()));
            p.setString(4, SentMarkStatement.cut(mark.serverReply(), maxReply));
            p.setString(5, String.join("\n", mark.recipients()));
            p.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The marks to record now, locked until the transaction ends (on PostgreSQL; passing over
     * those another PC is recording): this holder's, and those whose message no PC holds under
     * a running lease any more (left by a process that ended, or its lease lapsed). Another PC's
     * marks of the batch it is sending are left to it.
     */
    static List<SentMark> take(Connection c, String holder, Timestamp databaseNow, Dialect dialect)
            throws SQLException {
        List<SentMark> marks = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT k.message_id, k.sent_at, k.server_reply, k.recipients"
                + " FROM outbox_sent_mark k LEFT JOIN outbox_message m ON m.id = k.message_id"
                + " WHERE k.holder = ? OR m.id IS NULL OR m.state <> 'SENDING' OR m.lease_until IS NULL"
                + " OR m.lease_until < ? ORDER BY k.message_id" + dialect.lockRowsSkippingLocked("k"))) {
            p.setString(1, holder);
            p.setTimestamp(2, databaseNow);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String recipients = rs.getString(4);
                    marks.add(new SentMark(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            recipients.isEmpty() ? List.of() : List.of(recipients.split("\n"))));
                }
            }
        }
        return marks;
    }

    /** The marks are recorded (or had nothing left to record): they go. */
    static void forget(Connection c, List<SentMark> marks) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM outbox_sent_mark WHERE message_id = ?")) {
            for (SentMark mark : marks) {
                p.setLong(1, mark.id());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * Whether {@link #record} can record the mark: every recipient accepted with a reply that
     * has a text, as {@link RecipientRows#allAcceptedWith} asks; the rest take the general way.
     */
    static boolean recordable(SentMark mark) {
        return !SmtpReply.parse(mark.serverReply()).text().isEmpty();
    }

    /**
     * Records the marks ({@link #recordable} ones) in one statement on PostgreSQL, as
     * {@link SentMarkStatement} records one: each message still waiting is SENT with one more
     * attempt, its recipients accepted; returns the ids it changed (a message sent already, or
     * failed or cancelled meanwhile, is left as it is).
     */
    static List<Long> record(Connection c, List<SentMark> marks, int maxReply) throws SQLException {
        if (marks.isEmpty()) {
            return List.of();
        }
        String values = marks.stream().map(m -> "(CAST(? AS BIGINT), CAST(? AS TIMESTAMP), CAST(? AS VARCHAR(4000)),"
                + " CAST(? AS INTEGER), CAST(? AS VARCHAR(4000)), CAST(? AS VARCHAR(65000)))")
                .collect(Collectors.joining(", "));
        String sql = "WITH k (id, at, reply, code, text, named) AS (VALUES " + values + "),"
                + " m AS (UPDATE outbox_message o SET state = 'SENT', sent_at = k.at, attempts = o.attempts + 1,"
                + " server_reply = k.reply, refused = NULL, error_key = NULL, error_args = NULL, lease_until = NULL"
                + " FROM k WHERE o.id = k.id AND o.state IN ('SENDING', 'QUEUED', 'DEFERRED')"
                + " RETURNING o.id, o.attempts),"
                + " r AS (UPDATE sent_recipient s SET status = 'ACCEPTED', attempt = m.attempts, smtp_code = k.code,"
                + " smtp_text = k.text, result_at = k.at FROM m JOIN k ON k.id = m.id WHERE s.sent_id = m.id"
                + " AND (s.status = 'PENDING' OR LOWER(s.address) IN"
                + " (SELECT LOWER(a) FROM unnest(string_to_array(k.named, chr(10))) AS a)) RETURNING s.id)"
                + " SELECT m.id, m.attempts, s.address, s.status, s.smtp_text, s.id IN (SELECT id FROM r)"
                + " FROM m LEFT JOIN sent_recipient s ON s.sent_id = m.id ORDER BY m.id, s.seq";
        Map<Long, SentMark> byId = new LinkedHashMap<>();
        Map<Long, SentMarkStatement.Returned> returned = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (SentMark mark : marks) {
                byId.put(mark.id(), mark);
                SmtpReply reply = SmtpReply.parse(mark.serverReply());
                p.setLong(i++, mark.id());
                p.setTimestamp(i++, Timestamp.from(mark.at()));
                p.setString(i++, SentMarkStatement.cut(mark.serverReply(), maxReply));
                if (reply.code() < 0) {
                    p.setNull(i++, Types.INTEGER);
                } else {
                    p.setInt(i++, reply.code());
                }
                p.setString(i++, RecipientRows.cut(reply.text()));
                p.setString(i++, String.join("\n", mark.recipients()));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int attempt = rs.getInt(2);
                    returned.computeIfAbsent(id, k -> new SentMarkStatement.Returned(k, attempt))
                            .row(rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6));
                }
            }
        }
        for (Map.Entry<Long, SentMarkStatement.Returned> e : returned.entrySet()) {
            e.getValue().finish(c, byId.get(e.getKey()).outcomes());
        }
        List<Long> changed = new ArrayList<>(returned.keySet());
        Collections.sort(changed);
        return changed;
    }
}
