package fr.missive.store.outbox;

import fr.missive.model.UserMessage;
import fr.missive.model.mail.SmtpReply;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.QueuedMessage;
import fr.missive.model.outbox.RecipientOutcome;
import fr.missive.store.db.Database;
import fr.missive.store.db.ReusedStatements;
import fr.missive.store.db.StoredMessageArgs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** The outbox in {@code outbox_message}, the MIME bytes in {@code outbox_body} (see {@link MessageBodies}). */
public final class JdbcOutboxStore implements OutboxStore {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(JdbcOutboxStore.class.getName());

    /** Separates a message's arguments in {@code error_args}: a control character no argument contains. */
    private static final int MAX_REPLY = 4000;
    private static final String WAITING = "state IN ('QUEUED', 'DEFERRED')";
    private static final String ENTRY_COLUMNS = "id, account_id, message_id, subject, envelope_to, state, attempts,"
            + " queued_at, next_attempt_at, sent_at, error_key, error_args, server_reply, refused";

    /** The rows a worker may claim: waiting and due, or being sent under a lease that has expired. */
    private static final String CLAIMABLE = "((m.state IN ('QUEUED', 'DEFERRED') AND m.next_attempt_at <= ?)"
            + " OR (m.state = 'SENDING' AND (m.lease_until IS NULL OR m.lease_until < ?)))";
    /**
     * A message with a "sent" mark waiting to be recorded (ServerSentMarks) was accepted by its
     * server: never claimed again, whatever its lease says.
     */
    private static final String UNMARKED = " AND NOT EXISTS (SELECT 1 FROM outbox_sent_mark k WHERE k.message_id = m.id)";
    /** The area of PostgreSQL's advisory locks that take an account's sending slots one PC at a time. */
    private static final int SLOT_LOCK_AREA = 0x4D5356_02;
    /**
     * On the embedded engine, one process holds the files: the claims, leases and slots of its
     * workers (one per folder, several in a test) are kept in step here rather than by row locks.
     */
    private static final Object EMBEDDED_LEASES = new Object();

    private final Database db;

    public JdbcOutboxStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Long> enqueue(Iterable<NewOutboxMessage> messages, Instant now) {
        return db.inBulkTransaction(c -> {
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
        // Read by the worker before each message goes: one round trip to a server, not two.
        return db.readingOnce(c -> MessageBodies.read(c, db.dialect(), id));
    }

    @Override
    public Optional<NextAttempt> nextAttempt() {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement();
                 // A message another PC is sending counts until its lease ends: if that PC stops, it is to be taken over.
                 ResultSet rs = s.executeQuery("SELECT MIN(CASE WHEN state = 'SENDING' THEN COALESCE(lease_until,"
                         + " queued_at) ELSE next_attempt_at END), SUM(CASE WHEN state = 'SENDING' THEN 1 ELSE 0 END)"
                         + " FROM outbox_message WHERE state IN ('QUEUED', 'DEFERRED', 'SENDING')")) {
                rs.next();
                Timestamp t = rs.getTimestamp(1);
                boolean sending = rs.getLong(2) > 0;
                return Optional.ofNullable(t).map(at -> new NextAttempt(at.toInstant(), sending));
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
        markSent(id, null, at, serverReply, recipients);
    }

    @Override
    public boolean markSent(long id, String holder, Instant at, String serverReply, List<RecipientOutcome> recipients) {
        SmtpReply reply = SmtpReply.parse(serverReply);
        if (db.dialect().writesInWithClauses() && RecipientRows.allAcceptedWith(recipients, reply, at)) {
            // The usual case on a shared outbox, where each mark is a commit the next message waits for.
            return leased(holder, c -> SentMarkStatement.record(c, id, holder, at, serverReply, reply, recipients,
                    MAX_REPLY));
        }
        return leased(holder, c -> {
            if (!stillHeld(c, id, holder)) {
                return false;
            }
            recordSent(c, id, at, serverReply, recipients);
            return true;
        });
    }

    @Override
    public List<Long> applySentMarks(List<SentMark> marks) {
        if (marks.isEmpty()) {
            return List.of();
        }
        // As a claim: on the embedded engine, in step with this process's other claim transactions.
        return leased(DeliveryJournal.class.getSimpleName(), connection -> {
            List<Long> changed = new ArrayList<>();
            // The same four statements for each mark of the batch: each compiled once, not once a mark.
            try (ReusedStatements reused = new ReusedStatements(connection)) {
                Connection c = reused.connection();
                for (SentMark mark : marks) {
                    if (applySentMark(c, mark)) {
                        changed.add(mark.id());
                    }
                }
            }
            return changed;
        });
    }

    @Override
    public void addSentMark(String holder, SentMark mark) {
        // One statement committed by itself: one round trip to the server, which the next
        // message's final dot waits for.
        boolean added = db.writingOnce(c -> RecordedMarks.insert(c, holder, mark, MAX_REPLY));
        if (!added) {
            LOG.warning(() -> "Outbox message " + mark.id() + " was sent by two PCs (a lease lapsed while it was"
                    + " sent); it is recorded once");
        }
    }

    @Override
    public List<Long> recordSentMarks(String holder) {
        return leased(holder, c -> {
            List<SentMark> marks = RecordedMarks.take(c, holder, databaseNow(c), db.dialect());
            if (marks.isEmpty()) {
                return List.of();
            }
            // The usual marks in one statement on PostgreSQL: a batch's outbox rows rewritten at
            // once (a few hundred at most, so that the statement's parameters stay far below the
            // limit); the others, and every mark on HSQLDB, one by one as a journal's.
            boolean inOneStatement = db.dialect().writesInWithClauses();
            Map<Boolean, List<SentMark>> usual = marks.stream().collect(
                    Collectors.partitioningBy(m -> inOneStatement && RecordedMarks.recordable(m)));
            List<SentMark> together = usual.get(true);
            List<Long> changed = new ArrayList<>();
            for (int from = 0; from < together.size(); from += RecordedMarks.MOST) {
                changed.addAll(RecordedMarks.record(c, together.subList(from,
                        Math.min(together.size(), from + RecordedMarks.MOST)), MAX_REPLY));
            }
            for (SentMark mark : usual.get(false)) {
                if (applySentMark(c, mark)) {
                    changed.add(mark.id());
                }
            }
            RecordedMarks.forget(c, marks);
            return changed;
        });
    }

    /**
     * As {@link #recordSent}, for a mark of the journal, unless the message is no longer waiting
     * (sent already, a mark replayed twice; failed or cancelled meanwhile). The row is written
     * once: the update that marks it sent also tells whether the mark applies, and holds the row
     * until the commit. Each rewrite of an outbox row costs an entry in every index of the table.
     */
    private static boolean applySentMark(Connection c, SentMark mark) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET lease_until = NULL, state = 'SENT',"
                + " sent_at = ?, attempts = attempts + 1, server_reply = ?, refused = NULL, error_key = NULL,"
                + " error_args = NULL WHERE id = ? AND state IN ('SENDING', 'QUEUED', 'DEFERRED')")) {
            p.setTimestamp(1, Timestamp.from(mark.at()));
            p.setString(2, cut(mark.serverReply(), MAX_REPLY));
            p.setLong(3, mark.id());
            if (p.executeUpdate() != 1) {
                return false;
            }
        }
        // The attempts were just counted: this attempt is the last one counted.
        int attempt = attempt(c, mark.id()) - 1;
        String refused = recordAccepted(c, mark.id(), attempt, SmtpReply.parse(mark.serverReply()), mark.at(),
                mark.outcomes());
        if (refused != null) {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET refused = ? WHERE id = ?")) {
                p.setString(1, refused);
                p.setLong(2, mark.id());
                p.executeUpdate();
            }
        }
        return true;
    }

    /** The message is SENT, with this attempt's answers per recipient; inside the caller's transaction. */
    private static void recordSent(Connection c, long id, Instant at, String serverReply,
                                   List<RecipientOutcome> recipients) throws SQLException {
        // Part of the path every delivered message waits on (see DeliveryWorker.deliver): the
        // usual case, every recipient accepted with the message's reply, takes three statements.
        String refused = recordAccepted(c, id, attempt(c, id), SmtpReply.parse(serverReply), at, recipients);
        try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'SENT', sent_at = ?,"
                + " attempts = attempts + 1, server_reply = ?, refused = ?, error_key = NULL, error_args = NULL WHERE id = ?")) {
            p.setTimestamp(1, Timestamp.from(at));
            p.setString(2, cut(serverReply, MAX_REPLY));
            p.setString(3, refused);
            p.setLong(4, id);
            p.executeUpdate();
        }
    }

    /**
     * The recipients' answers of an attempt the server accepted, with its reply for those it did
     * not answer one by one; returns what the {@code refused} column says from then on.
     */
    private static String recordAccepted(Connection c, long id, int attempt, SmtpReply reply, Instant at,
                                         List<RecipientOutcome> recipients) throws SQLException {
        if (RecipientRows.allAcceptedWith(recipients, reply, at)) {
            return RecipientRows.acceptAll(c, id, attempt, reply, at, recipients);
        }
        RecipientRows.acceptPending(c, id, attempt, reply, at);
        return recordRecipients(c, id, attempt, recipients);
    }

    @Override
    public void markDeferred(long id, Instant next, UserMessage error, String serverReply, List<String> remaining,
                             List<RecipientOutcome> recipients) {
        markDeferred(id, null, next, error, serverReply, remaining, recipients);
    }

    @Override
    public boolean markDeferred(long id, String holder, Instant next, UserMessage error, String serverReply,
                                List<String> remaining, List<RecipientOutcome> recipients) {
        return leased(holder, c -> {
            if (!stillHeld(c, id, holder)) {
                return false;
            }
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
            return true;
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
        return deferAccount(accountId, null, next, error);
    }

    @Override
    public int deferAccount(long accountId, String holder, Instant next, UserMessage error) {
        return leased(holder, c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'DEFERRED',"
                    + " next_attempt_at = ?, error_key = ?, error_args = ?, lease_until = NULL WHERE account_id = ?"
                    + " AND " + notHeldByOthers(holder) + " AND next_attempt_at < ?")) {
                p.setTimestamp(1, Timestamp.from(next));
                bindError(p, 2, error);
                p.setLong(4, accountId);
                int i = bindHolder(p, 5, holder);
                p.setTimestamp(i, Timestamp.from(next));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void markFailed(long id, UserMessage error, String serverReply, List<RecipientOutcome> recipients) {
        markFailed(id, null, error, serverReply, recipients);
    }

    @Override
    public boolean markFailed(long id, String holder, UserMessage error, String serverReply,
                              List<RecipientOutcome> recipients) {
        return leased(holder, c -> {
            if (!stillHeld(c, id, holder)) {
                return false;
            }
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
            return true;
        });
    }

    @Override
    public int failAccount(long accountId, UserMessage error, String serverReply) {
        return failAccount(accountId, null, error, serverReply);
    }

    @Override
    public int failAccount(long accountId, String holder, UserMessage error, String serverReply) {
        return leased(holder, c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'FAILED',"
                    + " error_key = ?, error_args = ?, server_reply = ?, lease_until = NULL WHERE account_id = ?"
                    + " AND " + notHeldByOthers(holder))) {
                bindError(p, 1, error);
                p.setString(3, cut(serverReply, MAX_REPLY));
                p.setLong(4, accountId);
                bindHolder(p, 5, holder);
                return p.executeUpdate();
            }
        });
    }

    /**
     * The account's messages a worker may decide for: those waiting, and those being sent by
     * {@code holder} itself (all being sent when no holder is given), never another PC's.
     */
    private static String notHeldByOthers(String holder) {
        return holder == null ? "state IN ('QUEUED', 'DEFERRED', 'SENDING')"
                : "(state IN ('QUEUED', 'DEFERRED') OR (state = 'SENDING' AND claimed_by = ?))";
    }

    /** Binds the holder when the statement names one; returns the next parameter's index. */
    private static int bindHolder(PreparedStatement p, int index, String holder) throws SQLException {
        if (holder == null) {
            return index;
        }
        p.setString(index, holder);
        return index + 1;
    }

    @Override
    public List<QueuedMessage> claimDue(String holder, Duration lease, Instant now, int limit) {
        return leased(holder, c -> {
            Timestamp databaseNow = databaseNow(c);
            List<QueuedMessage> candidates = new ArrayList<>();
            // No bytes here: a batch of large messages would not fit in memory at once. The worker
            // reads each one's body just before it goes (see mime).
            try (PreparedStatement p = c.prepareStatement("SELECT m.id, m.account_id, m.message_id, m.envelope_from,"
                    + " m.envelope_to, m.attempts, m.retry_from, b.byte_size FROM outbox_message m"
                    + " JOIN outbox_body b ON b.message_id = m.id WHERE " + CLAIMABLE + UNMARKED
                    + " ORDER BY m.id FETCH FIRST " + limit + " ROWS ONLY" + db.dialect().lockRowsSkippingLocked("m"))) {
                p.setTimestamp(1, Timestamp.from(now));
                p.setTimestamp(2, databaseNow);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(new QueuedMessage(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4), lines(rs.getString(5)), rs.getLong(8), rs.getInt(6),
                                rs.getTimestamp(7).toInstant()));
                    }
                }
            }
            if (candidates.isEmpty()) {
                return candidates;
            }
            // The same condition again: on PostgreSQL the rows are locked already and it holds; on
            // HSQLDB it is what makes the claim safe whatever the engine's isolation does.
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message m SET state = 'SENDING',"
                    + " claimed_by = ?, lease_until = ? WHERE m.id = ? AND " + CLAIMABLE + UNMARKED)) {
                for (QueuedMessage m : candidates) {
                    p.setString(1, holder);
                    p.setTimestamp(2, plus(databaseNow, lease));
                    p.setLong(3, m.id());
                    p.setTimestamp(4, Timestamp.from(now));
                    p.setTimestamp(5, databaseNow);
                    p.addBatch();
                }
                int[] counts = p.executeBatch();
                List<QueuedMessage> claimed = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] != 0) {
                        claimed.add(candidates.get(i));
                    }
                }
                return claimed;
            }
        });
    }

    @Override
    public int renewLeases(String holder, Duration lease) {
        return leased(holder, c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET lease_until = ?"
                    + " WHERE claimed_by = ? AND state = 'SENDING'")) {
                p.setTimestamp(1, plus(databaseNow(c), lease));
                p.setString(2, holder);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void releaseClaims(String holder, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        leased(holder, c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'QUEUED',"
                    + " lease_until = NULL WHERE id = ? AND claimed_by = ? AND state = 'SENDING'")) {
                for (long id : ids) {
                    p.setLong(1, id);
                    p.setString(2, holder);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void announceMarks() {
        if (db.dialect().sharedByProcesses()) {
            db.inTransaction(c -> {
                db.dialect().wakeChangeFeeds(c, "outbox_message");
                return null;
            });
        }
    }

    @Override
    public int releaseAllClaims(String holder) {
        return leased(holder, c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'QUEUED',"
                    + " lease_until = NULL WHERE claimed_by = ? AND state = 'SENDING'")) {
                p.setString(1, holder);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<String> claimHolders() {
        return db.inTransaction(c -> {
            List<String> holders = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT DISTINCT claimed_by FROM outbox_message"
                         + " WHERE state = 'SENDING' AND claimed_by IS NOT NULL ORDER BY claimed_by")) {
                while (rs.next()) {
                    holders.add(rs.getString(1));
                }
            }
            return holders;
        });
    }

    @Override
    public Optional<Instant> takeSendingSlot(long id, long accountId, int perMinute, int perDay, Instant now) {
        return leased("", c -> {
            // One PC at a time per account: what it counts stays true until its slot is written.
            db.dialect().lockUntilCommit(c, SLOT_LOCK_AREA, (int) accountId);
            Optional<Instant> wait = Optional.empty();
            if (perMinute > 0) {
                wait = later(wait, slotsFreeAt(c, accountId, perMinute, now, Duration.ofMinutes(1)));
            }
            if (perDay > 0) {
                wait = later(wait, slotsFreeAt(c, accountId, perDay, now, Duration.ofDays(1)));
            }
            if (wait.isPresent()) {
                return wait;
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET slot_at = ? WHERE id = ?")) {
                p.setTimestamp(1, Timestamp.from(now));
                p.setLong(2, id);
                p.executeUpdate();
            }
            return Optional.empty();
        });
    }

    /**
     * When the account may take one more slot within a sliding {@code window}, if its
     * {@code allowed} slots there are taken: when the oldest of them leaves the window.
     */
    private static Optional<Instant> slotsFreeAt(Connection c, long accountId, int allowed, Instant now,
                                                 Duration window) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*), MIN(slot_at) FROM outbox_message"
                + " WHERE account_id = ? AND slot_at > ?")) {
            p.setLong(1, accountId);
            p.setTimestamp(2, Timestamp.from(now.minus(window)));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                if (rs.getInt(1) < allowed) {
                    return Optional.empty();
                }
                return Optional.of(rs.getTimestamp(2).toInstant().plus(window));
            }
        }
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
    }

    /**
     * Whether the holder still holds the message (nothing to check without a holder), locking its
     * row until the transaction ends so that no other PC takes it over meanwhile.
     */
    private static boolean stillHeld(Connection c, long id, String holder) throws SQLException {
        if (holder == null) {
            return true;
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET lease_until = NULL"
                + " WHERE id = ? AND claimed_by = ? AND state = 'SENDING'")) {
            p.setLong(1, id);
            p.setString(2, holder);
            return p.executeUpdate() == 1;
        }
    }

    /**
     * A transaction about claims and leases: on the embedded engine, one at a time in this process
     * (see {@link #EMBEDDED_LEASES}); on a server, the rows' locks keep the PCs in step.
     */
    private <T> T leased(String holder, fr.missive.store.db.SqlWork<T> work) {
        if (holder == null || db.dialect().sharedByProcesses()) {
            return db.inTransaction(work);
        }
        synchronized (EMBEDDED_LEASES) {
            return db.inTransaction(work);
        }
    }

    /** The database's clock, which every PC's leases are read by (the PCs' own clocks may differ). */
    private Timestamp databaseNow(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(db.dialect().currentTimeQuery())) {
            rs.next();
            return Timestamp.from(rs.getTimestamp(1).toInstant());
        }
    }

    private static Timestamp plus(Timestamp at, Duration lease) {
        return Timestamp.from(at.toInstant().plus(lease));
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
