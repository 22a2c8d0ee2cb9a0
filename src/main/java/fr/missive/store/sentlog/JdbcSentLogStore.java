package fr.missive.store.sentlog;

import fr.missive.model.UserMessage;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.sentlog.ImapCopyState;
import fr.missive.model.sentlog.RecipientResult;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.sentlog.SentFilter;
import fr.missive.store.db.Database;
import fr.missive.store.db.StoredMessageArgs;
import fr.missive.model.letters.InlineLetterInputs;
import fr.missive.store.outbox.InlineLetterRows;
import fr.missive.store.outbox.MessageBodies;
import fr.missive.store.outbox.OriginColumns;
import fr.missive.store.outbox.RecipientRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sent log over {@code outbox_message} and {@code outbox_body}: no second copy of the bytes. */
public final class JdbcSentLogStore implements SentLogStore {

    private static final String DATE = "COALESCE(sent_at, queued_at)";
    private static final String LOGGED = "state IN ('SENT', 'FAILED', 'CANCELLED')";
    private static final String COLUMNS = "id, account_id, message_id, subject, envelope_from, envelope_to, state,"
            + " queued_at, sent_at, server_reply, refused, error_key, error_args, resend_of, imap_copy, imap_error,"
            + " template_name, contacts, forward_of, about_contact";

    private final Database db;

    public JdbcSentLogStore(Database db) {
        this.db = db;
    }

    @Override
    public List<SentEntry> list(SentFilter filter, int limit) {
        if (filter.accountIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM outbox_message WHERE ")
                .append(LOGGED).append(" AND account_id IN (")
                .append(filter.accountIds().stream().map(id -> "?").collect(Collectors.joining(", ")))
                .append(") AND state IN (")
                .append(filter.states().stream().map(s -> "?").collect(Collectors.joining(", "))).append(")");
        if (filter.since() != null) {
            sql.append(" AND ").append(DATE).append(" >= ?");
        }
        if (filter.until() != null) {
            sql.append(" AND ").append(DATE).append(" < ?");
        }
        sql.append(" ORDER BY ").append(DATE).append(" DESC, id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (long id : filter.accountIds()) {
                    p.setLong(i++, id);
                }
                for (OutboxState state : filter.states()) {
                    p.setString(i++, state.name());
                }
                if (filter.since() != null) {
                    p.setTimestamp(i++, Timestamp.from(filter.since()));
                }
                if (filter.until() != null) {
                    p.setTimestamp(i, Timestamp.from(filter.until()));
                }
                return entries(p);
            }
        });
    }

    @Override
    public Optional<SentEntry> find(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox_message WHERE id = ?"
                    + " AND " + LOGGED)) {
                p.setLong(1, id);
                return entries(p).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<byte[]> mime(long id) {
        return db.inTransaction(c -> MessageBodies.read(c, db.dialect(), id));
    }

    @Override
    public Optional<InlineLetterInputs> inlineLetter(long id) {
        return db.inTransaction(c -> InlineLetterRows.read(c, id));
    }

    @Override
    public void linkResend(long resent, long original) {
        link("resend_of", resent, original);
    }

    @Override
    public void linkForward(long forward, long original) {
        link("forward_of", forward, original);
    }

    /** @param column one of this class's own link columns, never user input */
    private void link(String column, long message, long original) {
        db.inTransaction(c -> {
            String sql = "UPDATE outbox_message SET " + column + " = ? WHERE id = ?";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, original);
                p.setLong(2, message);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return reclaimingSpace(db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM outbox_message WHERE " + LOGGED
                    + " AND " + DATE + " < ?")) {
                p.setTimestamp(1, Timestamp.from(cutoff));
                int purged = p.executeUpdate();
                InlineLetterRows.deleteUnused(c);
                return purged;
            }
        }));
    }

    /** After a purge: the deleted bodies' space goes back to the next messages. */
    private int reclaimingSpace(int purged) {
        if (purged > 0) {
            db.reclaimSpace();
        }
        return purged;
    }

    @Override
    public int purgeRecipient(String address) {
        return reclaimingSpace(db.inTransaction(c -> {
            List<Long> ids = sentTo(c, address);
            deleteAll(c, ids);
            return ids.size();
        }));
    }

    private static List<Long> sentTo(Connection c, String address) throws SQLException {
        String wanted = address.strip().toLowerCase(Locale.ROOT);
        List<Long> ids = new ArrayList<>();
        // Every recipient of the message, not only those a retry still had to deliver to.
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT m.id FROM outbox_message m"
                + " JOIN sent_recipient r ON r.sent_id = m.id WHERE m." + LOGGED + " AND LOWER(r.address) = ?")) {
            p.setString(1, wanted);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    @Override
    public int purgeContact(long contactId) {
        return reclaimingSpace(db.inTransaction(c -> {
            List<Long> ids = aboutContact(c, contactId);
            deleteAll(c, ids);
            return ids.size();
        }));
    }

    @Override
    public int countAbout(long contactId, String address) {
        return db.inTransaction(c -> {
            java.util.Set<Long> ids = new java.util.HashSet<>(aboutContact(c, contactId));
            if (address != null) {
                ids.addAll(sentTo(c, address));
            }
            return ids.size();
        });
    }

    private static List<Long> aboutContact(Connection c, long contactId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, contacts, about_contact FROM outbox_message WHERE "
                + LOGGED + " AND (contacts LIKE ? OR about_contact LIKE ?)")) {
            p.setString(1, OriginColumns.contactPattern(contactId));
            p.setString(2, OriginColumns.contactPattern(contactId));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (OriginColumns.origin(null, rs.getString(2), rs.getString(3)).concerns(contactId)) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    @Override
    public void markImapPending(long id) {
        setImap(id, ImapCopyState.PENDING, null);
    }

    @Override
    public void markImapPending(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE outbox_message SET imap_copy = ?, imap_error = NULL WHERE id = ?")) {
                for (long id : ids) {
                    p.setString(1, ImapCopyState.PENDING.name());
                    p.setLong(2, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<Long> imapPending(int limit) {
        return db.inTransaction(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM outbox_message WHERE state = 'SENT'"
                    + " AND imap_copy IN ('PENDING', 'RETRYING') ORDER BY id FETCH FIRST " + limit + " ROWS ONLY");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    @Override
    public void markImapDone(long id) {
        setImap(id, ImapCopyState.DONE, null);
    }

    @Override
    public void markImapRetrying(long id, UserMessage error) {
        setImap(id, ImapCopyState.RETRYING, error);
    }

    private void setImap(long id, ImapCopyState state, UserMessage error) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE outbox_message SET imap_copy = ?, imap_error = ? WHERE id = ?")) {
                p.setString(1, state.name());
                p.setString(2, error == null ? null
                        : cut(error.key() + StoredMessageArgs.SEPARATOR + StoredMessageArgs.join(error.args()), 4000));
                p.setLong(3, id);
                return p.executeUpdate();
            }
        });
    }

    /** The bytes go with the rows (ON DELETE CASCADE). */
    private static void deleteAll(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement d = c.prepareStatement("DELETE FROM outbox_message WHERE id = ?")) {
            for (long id : ids) {
                d.setLong(1, id);
                d.addBatch();
            }
            d.executeBatch();
        }
        // A sending's template text and shared values go with its last message.
        InlineLetterRows.deleteUnused(c);
    }

    private static List<SentEntry> entries(PreparedStatement p) throws SQLException {
        List<SentEntry> entries = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                Timestamp sent = rs.getTimestamp(9);
                String key = rs.getString(12);
                long resendOf = rs.getLong(14);
                boolean noResend = rs.wasNull();
                String imap = rs.getString(15);
                entries.add(new SentEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), lines(rs.getString(6)), OutboxState.valueOf(rs.getString(7)),
                        rs.getTimestamp(8).toInstant(), sent == null ? null : sent.toInstant(), rs.getString(10),
                        lines(rs.getString(11)), key == null ? null : new UserMessage(key, args(rs.getString(13))),
                        noResend ? null : resendOf, imap == null ? ImapCopyState.NONE : ImapCopyState.valueOf(imap),
                        imapError(rs.getString(16)), nullableLong(rs, 19),
                        OriginColumns.origin(rs.getString(17), rs.getString(18), rs.getString(20)), List.of()));
            }
        }
        return withResults(p.getConnection(), entries);
    }

    /**
     * Each entry with what became of each of its recipients; its recipients are then all those it
     * was sent to, the envelope column keeping only those a retry still had to deliver to.
     */
    private static List<SentEntry> withResults(Connection c, List<SentEntry> entries) throws SQLException {
        Map<Long, List<RecipientResult>> results = RecipientRows.read(c,
                entries.stream().map(SentEntry::id).toList());
        List<SentEntry> complete = new ArrayList<>(entries.size());
        for (SentEntry e : entries) {
            List<RecipientResult> rows = results.getOrDefault(e.id(), List.of());
            List<String> recipients = rows.isEmpty() ? e.recipients()
                    : rows.stream().map(RecipientResult::address).toList();
            complete.add(new SentEntry(e.id(), e.accountId(), e.messageId(), e.subject(), e.from(), recipients,
                    e.state(), e.queuedAt(), e.sentAt(), e.serverReply(), e.refused(), e.lastError(), e.resendOf(),
                    e.imapCopy(), e.imapError(), e.forwardOf(), e.origin(), rows));
        }
        return complete;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static UserMessage imapError(String stored) {
        if (stored == null) {
            return null;
        }
        int keyEnd = stored.indexOf(StoredMessageArgs.SEPARATOR);
        return keyEnd < 0 ? new UserMessage(stored, List.of())
                : new UserMessage(stored.substring(0, keyEnd), StoredMessageArgs.split(stored.substring(keyEnd + 1)));
    }

    private static List<Object> args(String joined) {
        return StoredMessageArgs.split(joined);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
