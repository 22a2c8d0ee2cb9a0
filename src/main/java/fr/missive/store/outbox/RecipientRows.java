package fr.missive.store.outbox;

import fr.missive.model.mail.SmtpReply;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.RecipientKind;
import fr.missive.model.outbox.RecipientOutcome;
import fr.missive.model.outbox.RecipientStatus;
import fr.missive.model.sentlog.RecipientResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code sent_recipient} rows of a message: written with the message, updated by each
 * attempt for the recipients it tried only, read by the sent log. Every method works inside the
 * caller's transaction, so a message's state and its recipients' results change together.
 */
public final class RecipientRows {

    private static final int MAX_TEXT = 1000;
    /** Ids per query when reading the rows of a page of messages. */
    private static final int CHUNK = 200;

    private RecipientRows() {
    }

    /** One PENDING row per envelope recipient, in envelope order. */
    static void insert(Connection c, long sentId, NewOutboxMessage m) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sent_recipient (sent_id, seq, address, kind,"
                + " status, attempt) VALUES (?, ?, ?, ?, 'PENDING', 0)")) {
            int seq = 1;
            for (String address : m.recipients()) {
                p.setLong(1, sentId);
                p.setInt(2, seq++);
                p.setString(3, address);
                RecipientKind kind = m.kindOf(address);
                p.setString(4, kind == null ? null : kind.name());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Records what the server answered for each recipient at this attempt; the others keep their result. */
    static void record(Connection c, long sentId, int attempt, List<RecipientOutcome> outcomes) throws SQLException {
        for (RecipientOutcome o : outcomes) {
            boolean deferred = o.status() == RecipientStatus.DEFERRED;
            String sql = "UPDATE sent_recipient SET status = ?, attempt = ?, smtp_code = ?, smtp_text = ?,"
                    + " result_at = ?" + (deferred ? ", deferred_at = COALESCE(deferred_at, ?)" : "")
                    + " WHERE sent_id = ? AND LOWER(address) = LOWER(?)";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = bindResult(p, 1, o, attempt);
                if (deferred) {
                    p.setTimestamp(i++, Timestamp.from(o.at()));
                }
                p.setLong(i++, sentId);
                p.setString(i, o.address());
                if (p.executeUpdate() == 0) {
                    insertAnswered(c, sentId, attempt, o);
                }
            }
        }
    }

    /**
     * The message was accepted: its recipients not answered yet were accepted with it. (The worker
     * names each recipient it tried; this keeps a caller that names none from leaving them pending.)
     */
    static void acceptPending(Connection c, long sentId, int attempt, SmtpReply reply, Instant at)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE sent_recipient SET status = 'ACCEPTED', attempt = ?,"
                + " smtp_code = ?, smtp_text = ?, result_at = ? WHERE sent_id = ? AND status = 'PENDING'")) {
            p.setInt(1, attempt);
            if (reply.code() < 0) {
                p.setNull(2, Types.INTEGER);
            } else {
                p.setInt(2, reply.code());
            }
            p.setString(3, cut(reply.text().isEmpty() ? null : reply.text()));
            p.setTimestamp(4, Timestamp.from(at));
            p.setLong(5, sentId);
            p.executeUpdate();
        }
    }

    /**
     * Whether these answers are all "accepted", each with the message's reply and time: what
     * {@link #acceptAll} records in one statement.
     */
    static boolean allAcceptedWith(List<RecipientOutcome> outcomes, SmtpReply reply, Instant at) {
        // An empty reply text is stored as null for the pending rows but as given for the named
        // ones: that rare case keeps the two statements that record it so.
        return !reply.text().isEmpty() && outcomes.stream().allMatch(o -> o.status() == RecipientStatus.ACCEPTED
                && reply.equals(o.reply()) && at.equals(o.at()));
    }

    /**
     * The message was accepted by every recipient answered ({@link #allAcceptedWith}): its pending
     * rows and those answered are recorded accepted together, as {@link #acceptPending} then
     * {@link #record} would. Returns the {@code refused} column's text, as {@link #refusedSummary}.
     */
    static String acceptAll(Connection c, long sentId, int attempt, SmtpReply reply, Instant at,
                            List<RecipientOutcome> outcomes) throws SQLException {
        String named = outcomes.stream().map(o -> "LOWER(?)").collect(Collectors.joining(", "));
        try (PreparedStatement p = c.prepareStatement("UPDATE sent_recipient SET status = 'ACCEPTED', attempt = ?,"
                + " smtp_code = ?, smtp_text = ?, result_at = ? WHERE sent_id = ? AND (status = 'PENDING'"
                + (outcomes.isEmpty() ? "" : " OR LOWER(address) IN (" + named + ")") + ")")) {
            p.setInt(1, attempt);
            if (reply.code() < 0) {
                p.setNull(2, Types.INTEGER);
            } else {
                p.setInt(2, reply.code());
            }
            p.setString(3, cut(reply.text()));
            p.setTimestamp(4, Timestamp.from(at));
            p.setLong(5, sentId);
            int i = 6;
            for (RecipientOutcome o : outcomes) {
                p.setString(i++, o.address());
            }
            p.executeUpdate();
        }
        // One read gives both the rows still refused from earlier attempts and the addresses that
        // have a row; an answered recipient without one (never expected) is added, not lost.
        List<String> refused = new ArrayList<>();
        java.util.Set<String> withRow = new java.util.HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT address, status, smtp_text FROM sent_recipient"
                + " WHERE sent_id = ? ORDER BY seq")) {
            p.setLong(1, sentId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    withRow.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                    String status = rs.getString(2);
                    if ("DEFERRED".equals(status) || "REFUSED".equals(status)) {
                        String text = rs.getString(3);
                        refused.add(rs.getString(1) + ": " + (text == null ? "" : text));
                    }
                }
            }
        }
        for (RecipientOutcome o : outcomes) {
            if (withRow.add(o.address().toLowerCase(java.util.Locale.ROOT))) {
                insertAnswered(c, sentId, attempt, o);
            }
        }
        return summary(refused);
    }

    /** A recipient with no row (never expected: every message gets its rows when queued) is added, not lost. */
    static void insertAnswered(Connection c, long sentId, int attempt, RecipientOutcome o)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sent_recipient (status, attempt, smtp_code,"
                + " smtp_text, result_at, deferred_at, sent_id, seq, address) VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " (SELECT COALESCE(MAX(seq), 0) + 1 FROM sent_recipient WHERE sent_id = ?), ?)")) {
            int i = bindResult(p, 1, o, attempt);
            p.setTimestamp(i++, o.status() == RecipientStatus.DEFERRED ? Timestamp.from(o.at()) : null);
            p.setLong(i++, sentId);
            p.setLong(i++, sentId);
            p.setString(i, o.address());
            p.executeUpdate();
        }
    }

    private static int bindResult(PreparedStatement p, int first, RecipientOutcome o, int attempt)
            throws SQLException {
        int i = first;
        p.setString(i++, o.status().name());
        p.setInt(i++, attempt);
        SmtpReply reply = o.reply();
        if (reply == null || reply.code() < 0) {
            p.setNull(i++, Types.INTEGER);
        } else {
            p.setInt(i++, reply.code());
        }
        p.setString(i++, reply == null ? null : cut(reply.text()));
        p.setTimestamp(i++, Timestamp.from(o.at()));
        return i;
    }

    /**
     * The recipients not accepted, each "address: reply" as the outbox's {@code refused} column
     * keeps them for lists; null when every answered recipient was accepted.
     */
    static String refusedSummary(Connection c, long sentId) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT address, smtp_text FROM sent_recipient"
                + " WHERE sent_id = ? AND status IN ('DEFERRED', 'REFUSED') ORDER BY seq")) {
            p.setLong(1, sentId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(2);
                    lines.add(rs.getString(1) + ": " + (text == null ? "" : text));
                }
            }
        }
        return summary(lines);
    }

    static String summary(List<String> lines) {
        String joined = String.join("\n", lines);
        return lines.isEmpty() ? null : joined.length() <= 16000 ? joined : joined.substring(0, 16000);
    }

    /** The rows of these messages, in envelope order; a message without rows is absent from the map. */
    public static Map<Long, List<RecipientResult>> read(Connection c, Collection<Long> sentIds) throws SQLException {
        Map<Long, List<RecipientResult>> results = new HashMap<>();
        List<Long> ids = List.copyOf(sentIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement p = c.prepareStatement("SELECT sent_id, address, kind, status, attempt, smtp_code,"
                    + " smtp_text, result_at, deferred_at FROM sent_recipient WHERE sent_id IN (" + marks + ")"
                    + " ORDER BY sent_id, seq")) {
                int i = 1;
                for (long id : chunk) {
                    p.setLong(i++, id);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String kind = rs.getString(3);
                        int code = rs.getInt(6);
                        Integer smtpCode = rs.wasNull() ? null : code;
                        results.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new RecipientResult(
                                rs.getString(2), kind == null ? null : RecipientKind.valueOf(kind),
                                RecipientStatus.valueOf(rs.getString(4)), rs.getInt(5), smtpCode, rs.getString(7),
                                instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9))));
                    }
                }
            }
        }
        return results;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
