package fr.missive.store.returns;

import fr.missive.model.returns.BounceMark;
import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.LoggedReturn;
import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReportFormat;
import fr.missive.model.returns.ReturnKind;
import fr.missive.store.db.Database;
import fr.missive.store.outbox.OriginColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link ReturnStore} over {@code sent_return}, {@code contact_bounce} and {@code mailbox_position}. */
public final class JdbcReturnStore implements ReturnStore {

    private static final int CHUNK = 200;
    private static final int MAX_TEXT = 1000;
    private static final String LOGGED = "state IN ('SENT', 'FAILED', 'CANCELLED')";
    private static final String MARK_COLUMNS = "contact_id, address, bounced_at, reason, server_text, sent_id";

    private final Database db;

    public JdbcReturnStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<SentRecipientRef> findSent(String messageId) {
        return db.inTransaction(c -> {
            long sentId;
            long accountId;
            String template;
            String contacts;
            try (PreparedStatement p = c.prepareStatement("SELECT id, account_id, template_name, contacts"
                    + " FROM outbox_message WHERE message_id = ? AND " + LOGGED)) {
                p.setString(1, messageId);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    sentId = rs.getLong(1);
                    accountId = rs.getLong(2);
                    template = rs.getString(3);
                    contacts = rs.getString(4);
                }
            }
            List<SentRecipientRef.Row> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, address FROM sent_recipient WHERE sent_id = ? ORDER BY seq")) {
                p.setLong(1, sentId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new SentRecipientRef.Row(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
            return Optional.of(new SentRecipientRef(sentId, accountId, messageId,
                    OriginColumns.origin(template, contacts), rows));
        });
    }

    @Override
    public boolean record(long recipientId, String reportId, ReportFormat format, RecipientReturn what,
                          Instant receivedAt) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*) FROM sent_return WHERE report_id = ? AND recipient_id = ?")) {
                p.setString(1, reportId);
                p.setLong(2, recipientId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return false;
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO sent_return (recipient_id, report_id, format,"
                    + " kind, reason, status_code, diagnostic, happened_at, received_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, recipientId);
                p.setString(2, cut(reportId, 250));
                p.setString(3, format.name());
                p.setString(4, what.kind().name());
                p.setString(5, what.reason() == null ? null : what.reason().name());
                p.setString(6, cut(what.statusCode(), 20));
                p.setString(7, cut(what.diagnostic(), MAX_TEXT));
                p.setTimestamp(8, Timestamp.from(what.at() != null ? what.at() : receivedAt));
                p.setTimestamp(9, Timestamp.from(receivedAt));
                p.executeUpdate();
                return true;
            } catch (java.sql.SQLIntegrityConstraintViolationException alreadyByAnotherPc) {
                return false;
            }
        });
    }

    @Override
    public Map<Long, List<LoggedReturn>> returnsOf(Collection<Long> sentIds) {
        return db.inTransaction(c -> {
            Map<Long, List<LoggedReturn>> returns = new HashMap<>();
            List<Long> ids = List.copyOf(sentIds);
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                try (PreparedStatement p = c.prepareStatement("SELECT r.sent_id, t.recipient_id, r.address, t.kind,"
                        + " t.reason, t.status_code, t.diagnostic, t.happened_at, t.format FROM sent_return t"
                        + " JOIN sent_recipient r ON r.id = t.recipient_id WHERE r.sent_id IN (" + marks(chunk)
                        + ") ORDER BY r.sent_id, t.happened_at, t.id")) {
                    bind(p, chunk);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            String reason = rs.getString(5);
                            returns.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new LoggedReturn(
                                    rs.getLong(2), rs.getString(3), ReturnKind.valueOf(rs.getString(4)),
                                    reason == null ? null : BounceReason.valueOf(reason), rs.getString(6),
                                    rs.getString(7), rs.getTimestamp(8).toInstant(),
                                    ReportFormat.valueOf(rs.getString(9))));
                        }
                    }
                }
            }
            return returns;
        });
    }

    @Override
    public Set<Long> askedReadReceipt(Collection<Long> sentIds) {
        return db.inTransaction(c -> {
            Set<Long> asked = new HashSet<>();
            List<Long> ids = List.copyOf(sentIds);
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                try (PreparedStatement p = c.prepareStatement("SELECT id FROM outbox_message WHERE read_receipt"
                        + " = TRUE AND id IN (" + marks(chunk) + ")")) {
                    bind(p, chunk);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            asked.add(rs.getLong(1));
                        }
                    }
                }
            }
            return asked;
        });
    }

    @Override
    public void markReadReceiptAsked(long sentId) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET read_receipt = TRUE WHERE id = ?")) {
                p.setLong(1, sentId);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public Map<Long, List<Long>> mailingMembers(Collection<Long> sentIds) {
        return db.inTransaction(c -> {
            Map<Long, String> mailingOf = new HashMap<>();
            List<Long> ids = List.copyOf(sentIds);
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                try (PreparedStatement p = c.prepareStatement("SELECT id, mailing FROM outbox_message"
                        + " WHERE mailing IS NOT NULL AND id IN (" + marks(chunk) + ")")) {
                    bind(p, chunk);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            mailingOf.put(rs.getLong(1), rs.getString(2));
                        }
                    }
                }
            }
            Map<String, List<Long>> members = new HashMap<>();
            List<String> keys = List.copyOf(new HashSet<>(mailingOf.values()));
            for (int from = 0; from < keys.size(); from += CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
                String marks = chunk.stream().map(k -> "?").collect(Collectors.joining(", "));
                try (PreparedStatement p = c.prepareStatement("SELECT mailing, id FROM outbox_message"
                        + " WHERE mailing IN (" + marks + ") ORDER BY id")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        p.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                        }
                    }
                }
            }
            Map<Long, List<Long>> result = new HashMap<>();
            mailingOf.forEach((id, key) -> result.put(id, List.copyOf(members.getOrDefault(key, List.of(id)))));
            return result;
        });
    }

    @Override
    public boolean markBounced(BounceMark mark) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM contact WHERE id = ?"
                    + " AND LOWER(email) = LOWER(?)")) {
                p.setLong(1, mark.contactId());
                p.setString(2, mark.address());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return false;
                    }
                }
            }
            Optional<BounceMark> existing = mark(c, mark.contactId());
            if (existing.isPresent() && existing.get().bouncedAt().isAfter(mark.bouncedAt())) {
                return false;
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM contact_bounce WHERE contact_id = ?")) {
                p.setLong(1, mark.contactId());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO contact_bounce (" + MARK_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, mark.contactId());
                p.setString(2, mark.address());
                p.setTimestamp(3, Timestamp.from(mark.bouncedAt()));
                p.setString(4, mark.reason().name());
                p.setString(5, cut(mark.serverText(), MAX_TEXT));
                if (mark.sentId() == null) {
                    p.setNull(6, Types.BIGINT);
                } else {
                    p.setLong(6, mark.sentId());
                }
                p.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public Optional<BounceMark> bounceMark(long contactId) {
        return db.inTransaction(c -> mark(c, contactId));
    }

    private static Optional<BounceMark> mark(Connection c, long contactId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + MARK_COLUMNS + " FROM contact_bounce"
                + " WHERE contact_id = ?")) {
            p.setLong(1, contactId);
            return marks(p).stream().findFirst();
        }
    }

    @Override
    public Map<Long, BounceMark> bounceMarks() {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + MARK_COLUMNS + " FROM contact_bounce")) {
                return marks(p).stream().collect(Collectors.toMap(BounceMark::contactId, m -> m));
            }
        });
    }

    @Override
    public List<BounceMark> bounceMarksOf(Collection<String> addresses) {
        // Marks are few (one per bounced contact) and a mailing names up to thousands of addresses:
        // one read of them all, rather than a query per address.
        Map<String, Integer> position = new HashMap<>();
        for (String address : addresses) {
            position.putIfAbsent(address.toLowerCase(Locale.ROOT), position.size());
        }
        if (position.isEmpty()) {
            return List.of();
        }
        List<BounceMark> marks = new ArrayList<>();
        for (BounceMark mark : bounceMarks().values()) {
            if (position.containsKey(mark.address().toLowerCase(Locale.ROOT))) {
                marks.add(mark);
            }
        }
        marks.sort(Comparator.comparing((BounceMark m) -> position.get(m.address().toLowerCase(Locale.ROOT)))
                .thenComparingLong(BounceMark::contactId));
        return marks;
    }

    private static List<BounceMark> marks(PreparedStatement p) throws SQLException {
        List<BounceMark> marks = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long sent = rs.getLong(6);
                Long sentId = rs.wasNull() ? null : sent;
                marks.add(new BounceMark(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        BounceReason.valueOf(rs.getString(4)), rs.getString(5), sentId));
            }
        }
        return marks;
    }

    @Override
    public void clearBounce(long contactId) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM contact_bounce WHERE contact_id = ?")) {
                p.setLong(1, contactId);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public Optional<MailboxPosition> position(long accountId, String folder) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT uid_validity, last_uid, holder, lease_until"
                    + " FROM mailbox_position WHERE account_id = ? AND folder = ?")) {
                p.setLong(1, accountId);
                p.setString(2, folder);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Timestamp lease = rs.getTimestamp(4);
                    return Optional.of(new MailboxPosition(accountId, folder, rs.getLong(1), rs.getLong(2),
                            rs.getString(3), lease == null ? null : lease.toInstant()));
                }
            }
        });
    }

    @Override
    public boolean claim(long accountId, String folder, String holder, Instant now, Instant leaseUntil) {
        return db.inTransaction(c -> {
            // The row is made first, with no holder, so that the claim is one conditional UPDATE
            // whichever workstation comes first (two inserts: one fails on the primary key).
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mailbox_position (account_id, folder,"
                    + " uid_validity, last_uid) SELECT ?, ?, 0, 0 FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS"
                    + " (SELECT 1 FROM mailbox_position WHERE account_id = ? AND folder = ?)")) {
                p.setLong(1, accountId);
                p.setString(2, folder);
                p.setLong(3, accountId);
                p.setString(4, folder);
                p.executeUpdate();
            } catch (java.sql.SQLIntegrityConstraintViolationException madeByAnotherPc) {
                // made meanwhile: the update below decides
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE mailbox_position SET holder = ?, lease_until = ?"
                    + " WHERE account_id = ? AND folder = ? AND (holder IS NULL OR holder = ? OR lease_until IS NULL"
                    + " OR lease_until < ?)")) {
                p.setString(1, holder);
                p.setTimestamp(2, Timestamp.from(leaseUntil));
                p.setLong(3, accountId);
                p.setString(4, folder);
                p.setString(5, holder);
                p.setTimestamp(6, Timestamp.from(now));
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean advance(long accountId, String folder, String holder, long uidValidity, long lastUid,
                           Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE mailbox_position SET uid_validity = ?,"
                    + " last_uid = ?, read_at = ? WHERE account_id = ? AND folder = ? AND holder = ?")) {
                p.setLong(1, uidValidity);
                p.setLong(2, lastUid);
                p.setTimestamp(3, Timestamp.from(now));
                p.setLong(4, accountId);
                p.setString(5, folder);
                p.setString(6, holder);
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void release(long accountId, String folder, String holder) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE mailbox_position SET holder = NULL,"
                    + " lease_until = NULL WHERE account_id = ? AND folder = ? AND holder = ?")) {
                p.setLong(1, accountId);
                p.setString(2, folder);
                p.setString(3, holder);
                return p.executeUpdate();
            }
        });
    }

    private static String marks(List<Long> ids) {
        return ids.stream().map(id -> "?").collect(Collectors.joining(", "));
    }

    private static void bind(PreparedStatement p, List<Long> ids) throws SQLException {
        int i = 1;
        for (long id : ids) {
            p.setLong(i++, id);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
