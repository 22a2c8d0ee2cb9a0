package fr.missive.store.outbox;

import fr.missive.model.UserMessage;
import fr.missive.model.mail.SmtpReply;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.QueuedMessage;
import fr.missive.model.outbox.RecipientOutcome;
import fr.missive.store.db.Database;
import fr.missive.store.db.StoredMessageArgs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox in {@code outbox_message}, the MIME bytes in {@code outbox_body} (see {@link MessageBodies}). */
public final class JdbcOutboxStore implements OutboxStore {

    /** Separates a message's arguments in {@code error_args}: a control character no argument contains. */
    private static final int MAX_REPLY = 4000;
    private static final String WAITING = "state IN ('QUEUED', 'DEFERRED')";
    private static final String ENTRY_COLUMNS = "id, account_id, message_id, subject, envelope_to, state, attempts,"
            + " queued_at, next_attempt_at, sent_at, error_key, error_args, server_reply, refused";

    private final Database db;

    public JdbcOutboxStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Long> enqueue(Iterable<NewOutboxMessage> messages, Instant now) {
        return db.inTransaction(c -> {
            List<Long> ids = new ArrayList<>();
            Map<String, Long> sendings = new java.util.HashMap<>();
            Timestamp at = Timestamp.from(now);
            try (PreparedStatement row = c.prepareStatement("INSERT INTO outbox_message (account_id, created_by,"
                    + " message_id, subject, envelope_from, envelope_to, state, attempts, queued_at, retry_from,"
                    + " next_attempt_at, template_name, contacts, read_receipt, mailing, about_contact)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement body = MessageBodies.prepareInsert(c)) {
                for (NewOutboxMessage m : messages) {
                    row.setLong(1, m.accountId());
                    row.setLong(2, m.createdBy());
                    row.setString(3, m.messageId());
                    row.setString(4, cut(m.subject(), 1000));
                    row.setString(5, m.envelopeFrom());
                    row.setString(6, String.join("\n", m.recipients()));
                    row.setTimestamp(7, at);
                    row.setTimestamp(8, at);
                    row.setTimestamp(9, at);
                    row.setString(10, OriginColumns.template(m.origin()));
                    row.setString(11, OriginColumns.contacts(m.origin()));
                    row.setBoolean(12, m.readReceipt());
                    row.setString(13, m.mailing());
                    row.setString(14, OriginColumns.about(m.origin()));
                    row.executeUpdate();
                    long id;
                    try (ResultSet keys = row.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    MessageBodies.insert(body, id, m.mime());
                    RecipientRows.insert(c, id, m);
                    if (m.letter() != null) {
                        InlineLetterRows.insert(c, id, m.letter(), sendings);
                    }
                    ids.add(id);
                }
            }
            return ids;
        });
    }

    @Override
    public List<QueuedMessage> due(Instant now, int limit) {
        return db.inTransaction(c -> {
            List<QueuedMessage> due = new ArrayList<>();
            // No bytes here: a batch of large messages would not fit in memory at once. The worker
            // reads each one's body just before it goes (see mime).
            try (PreparedStatement p = c.prepareStatement("SELECT m.id, m.account_id, m.message_id, m.envelope_from,"
                    + " m.envelope_to, m.attempts, m.retry_from, b.byte_size FROM outbox_message m"
                    + " JOIN outbox_body b ON b.message_id = m.id WHERE m." + WAITING
                    + " AND m.next_attempt_at <= ? ORDER BY m.id FETCH FIRST " + limit + " ROWS ONLY")) {
                p.setTimestamp(1, Timestamp.from(now));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        due.add(new QueuedMessage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                lines(rs.getString(5)), rs.getLong(8), rs.getInt(6), rs.getTimestamp(7).toInstant()));
                    }
                }
            }
            return due;
        });
    }

    @Override
    public Optional<byte[]> mime(long id) {
        return db.inTransaction(c -> MessageBodies.read(c, db.dialect(), id));
    }

    @Override
    public Optional<Instant> nextAttempt() {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MIN(next_attempt_at) FROM outbox_message WHERE " + WAITING)) {
                rs.next();
                Timestamp t = rs.getTimestamp(1);
                return Optional.ofNullable(t).map(Timestamp::toInstant);
            }
        });
    }

    @Override
    public void markSending(List<Long> ids) {
        updateAll("UPDATE outbox_message SET state = 'SENDING' WHERE id = ?", ids);
    }

    @Override
    public void requeue(List<Long> ids) {
        updateAll("UPDATE outbox_message SET state = 'QUEUED' WHERE id = ? AND state = 'SENDING'", ids);
    }

    private void updateAll(String sql, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (long id : ids) {
                    p.setLong(1, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void markSent(long id, Instant at, String serverReply, List<RecipientOutcome> recipients) {
        db.inTransaction(c -> {
            // Part of the path every delivered message waits on (see DeliveryWorker.deliver): the
            // usual case, every recipient accepted with the message's reply, takes three statements.
            int attempt = attempt(c, id);
            SmtpReply reply = SmtpReply.parse(serverReply);
            String refused;
            if (RecipientRows.allAcceptedWith(recipients, reply, at)) {
                refused = RecipientRows.acceptAll(c, id, attempt, reply, at, recipients);
            } else {
                RecipientRows.acceptPending(c, id, attempt, reply, at);
                refused = recordRecipients(c, id, attempt, recipients);
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'SENT', sent_at = ?,"
                    + " attempts = attempts + 1, server_reply = ?, refused = ?, error_key = NULL, error_args = NULL WHERE id = ?")) {
                p.setTimestamp(1, Timestamp.from(at));
                p.setString(2, cut(serverReply, MAX_REPLY));
                p.setString(3, refused);
                p.setLong(4, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void markDeferred(long id, Instant next, UserMessage error, String serverReply, List<String> remaining,
                             List<RecipientOutcome> recipients) {
        db.inTransaction(c -> {
            String refused = recordRecipients(c, id, recipients);
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'DEFERRED',"
                    + " attempts = attempts + 1, next_attempt_at = ?, error_key = ?, error_args = ?, server_reply = ?,"
                    + " refused = ?,"
                    + " envelope_to = COALESCE(?, envelope_to) WHERE id = ?")) {
                p.setTimestamp(1, Timestamp.from(next));
                bindError(p, 2, error);
                p.setString(4, cut(serverReply, MAX_REPLY));
                p.setString(5, refused);
                p.setString(6, remaining == null ? null : String.join("\n", remaining));
                p.setLong(7, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Records this attempt's answers per recipient (the attempt about to be counted) and returns
     * what the {@code refused} column says from then on: every recipient not accepted, whatever
     * the attempt that answered it.
     */
    private static String recordRecipients(Connection c, long id, List<RecipientOutcome> recipients)
            throws SQLException {
        return recipients.isEmpty() ? RecipientRows.refusedSummary(c, id)
                : recordRecipients(c, id, attempt(c, id), recipients);
    }

    private static String recordRecipients(Connection c, long id, int attempt, List<RecipientOutcome> recipients)
            throws SQLException {
        if (!recipients.isEmpty()) {
            RecipientRows.record(c, id, attempt, recipients);
        }
        return RecipientRows.refusedSummary(c, id);
    }

    /** The number of the attempt being recorded: one more than those counted so far. */
    private static int attempt(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT attempts FROM outbox_message WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getInt(1) + 1 : 1;
            }
        }
    }

    @Override
    public int deferAccount(long accountId, Instant next, UserMessage error) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'DEFERRED',"
                    + " next_attempt_at = ?, error_key = ?, error_args = ? WHERE account_id = ?"
                    + " AND state IN ('QUEUED', 'DEFERRED', 'SENDING') AND next_attempt_at < ?")) {
                p.setTimestamp(1, Timestamp.from(next));
                bindError(p, 2, error);
                p.setLong(4, accountId);
                p.setTimestamp(5, Timestamp.from(next));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void markFailed(long id, UserMessage error, String serverReply, List<RecipientOutcome> recipients) {
        db.inTransaction(c -> {
            String refused = recordRecipients(c, id, recipients);
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'FAILED',"
                    + " attempts = attempts + 1, error_key = ?, error_args = ?, server_reply = ?, refused = ?"
                    + " WHERE id = ?")) {
                bindError(p, 1, error);
                p.setString(3, cut(serverReply, MAX_REPLY));
                p.setString(4, refused);
                p.setLong(5, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int failAccount(long accountId, UserMessage error, String serverReply) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'FAILED',"
                    + " error_key = ?, error_args = ?, server_reply = ? WHERE account_id = ?"
                    + " AND state IN ('QUEUED', 'DEFERRED', 'SENDING')")) {
                bindError(p, 1, error);
                p.setString(3, cut(serverReply, MAX_REPLY));
                p.setLong(4, accountId);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public int recoverInterrupted() {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE outbox_message SET state = 'QUEUED' WHERE state = 'SENDING'");
            }
        });
    }

    @Override
    public int deferredDueNow(Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE outbox_message SET next_attempt_at = ? WHERE state = 'DEFERRED'")) {
                p.setTimestamp(1, Timestamp.from(now));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public boolean cancel(long id) {
        return update("UPDATE outbox_message SET state = 'CANCELLED' WHERE id = ?"
                + " AND state IN ('QUEUED', 'DEFERRED', 'FAILED')", id) == 1;
    }

    @Override
    public boolean retry(long id, Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'QUEUED',"
                    + " next_attempt_at = ?, retry_from = ? WHERE id = ?"
                    + " AND state IN ('FAILED', 'CANCELLED', 'DEFERRED')")) {
                p.setTimestamp(1, Timestamp.from(now));
                p.setTimestamp(2, Timestamp.from(now));
                p.setLong(3, id);
                return p.executeUpdate();
            }
        }) == 1;
    }

    @Override
    public List<OutboxEntry> list(int limit) {
        return db.inTransaction(c -> entries(c, "SELECT " + ENTRY_COLUMNS + " FROM outbox_message ORDER BY id DESC"
                + " FETCH FIRST " + limit + " ROWS ONLY", null));
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return db.inTransaction(c -> entries(c, "SELECT " + ENTRY_COLUMNS + " FROM outbox_message WHERE id = ?", id))
                .stream().findFirst();
    }

    @Override
    public Map<OutboxState, Integer> countByState() {
        return db.inTransaction(c -> {
            Map<OutboxState, Integer> counts = new EnumMap<>(OutboxState.class);
            for (OutboxState state : OutboxState.values()) {
                counts.put(state, 0);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT state, COUNT(*) FROM outbox_message GROUP BY state")) {
                while (rs.next()) {
                    counts.put(OutboxState.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    @Override
    public int sentSince(long accountId, Instant since) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM outbox_message"
                    + " WHERE account_id = ? AND sent_at >= ?")) {
                p.setLong(1, accountId);
                p.setTimestamp(2, Timestamp.from(since));
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public Map<Long, Integer> waitingByAccount() {
        return db.inTransaction(c -> {
            Map<Long, Integer> counts = new java.util.TreeMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT account_id, COUNT(*) FROM outbox_message"
                         + " WHERE state IN ('QUEUED', 'SENDING', 'DEFERRED') GROUP BY account_id")) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    private int update(String sql, long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, id);
                return p.executeUpdate();
            }
        });
    }

    private static List<OutboxEntry> entries(Connection c, String sql, Long id) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (id != null) {
                p.setLong(1, id);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    OutboxState state = OutboxState.valueOf(rs.getString(6));
                    Timestamp next = rs.getTimestamp(9);
                    Timestamp sent = rs.getTimestamp(10);
                    String key = rs.getString(11);
                    UserMessage error = key == null ? null : new UserMessage(key, parseArgs(rs.getString(12)));
                    entries.add(new OutboxEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            lines(rs.getString(5)), state, rs.getInt(7), rs.getTimestamp(8).toInstant(),
                            state == OutboxState.DEFERRED ? next.toInstant() : null,
                            sent == null ? null : sent.toInstant(), error, rs.getString(13), lines(rs.getString(14))));
                }
            }
        }
        return entries;
    }

    /** The message's key at {@code index}, its arguments at the next one. */
    private static void bindError(PreparedStatement p, int index, UserMessage error) throws SQLException {
        p.setString(index, error.key());
        p.setString(index + 1, args(error));
    }

    private static String args(UserMessage message) {
        return cut(StoredMessageArgs.join(message.args()), 4000);
    }

    private static List<Object> parseArgs(String joined) {
        return StoredMessageArgs.split(joined);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
