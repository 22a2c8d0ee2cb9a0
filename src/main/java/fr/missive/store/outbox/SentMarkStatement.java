package fr.missive.store.outbox;

import fr.missive.model.mail.SmtpReply;
import fr.missive.model.outbox.RecipientOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "sent" mark of a message accepted by every recipient, as one statement on PostgreSQL
 * (see {@link fr.missive.store.db.Dialect#writesInWithClauses()}): on a shared outbox each
 * mark is a commit that the next message's final dot waits for, and every statement of it a
 * round trip to the server. The message's row is updated first, only while its holder still
 * holds it (which locks it until the commit, as {@code stillHeld} does), and gives the
 * attempt's number; its recipients' rows are updated with it; the statement then returns
 * every recipient row as it was, with whether this update accepted it, from which the
 * {@code refused} summary is made. It records what the several statements record elsewhere
 * ({@code RecipientRows.acceptAll} after {@code attempt} and the message's update).
 */
final class SentMarkStatement {

    private SentMarkStatement() {
    }

    /**
     * Records the message as sent, every recipient accepted with {@code reply} at {@code at};
     * false, changing nothing, when {@code holder} (null: anyone) no longer holds it.
     */
    static boolean record(Connection c, long id, String holder, Instant at, String serverReply, SmtpReply reply,
                          List<RecipientOutcome> outcomes, int maxReply) throws SQLException {
        String named = outcomes.stream().map(o -> "LOWER(?)").collect(Collectors.joining(", "));
        String sql = "WITH m AS (UPDATE outbox_message SET state = 'SENT', sent_at = ?, attempts = attempts + 1,"
                + " server_reply = ?, refused = NULL, error_key = NULL, error_args = NULL"
                + (holder == null ? " WHERE id = ?" : ", lease_until = NULL WHERE id = ? AND claimed_by = ?"
                + " AND state = 'SENDING'") + " RETURNING id, attempts),"
                + " r AS (UPDATE sent_recipient SET status = 'ACCEPTED', attempt = (SELECT attempts FROM m),"
                + " smtp_code = ?, smtp_text = ?, result_at = ? WHERE sent_id IN (SELECT id FROM m)"
                + " AND (status = 'PENDING'" + (outcomes.isEmpty() ? "" : " OR LOWER(address) IN (" + named + ")")
                + ") RETURNING id)"
                + " SELECT m.attempts, s.address, s.status, s.smtp_text, s.id IN (SELECT id FROM r)"
                + " FROM m LEFT JOIN sent_recipient s ON s.sent_id = m.id ORDER BY s.seq";
        Returned returned;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            p.setTimestamp(i++, Timestamp.from(at));
            p.setString(i++, cut(serverReply, maxReply));
            p.setLong(i++, id);
            if (holder != null) {
                p.setString(i++, holder);
            }
            if (reply.code() < 0) {
                p.setNull(i++, Types.INTEGER);
            } else {
                p.setInt(i++, reply.code());
            }
            p.setString(i++, RecipientRows.cut(reply.text()));
            p.setTimestamp(i++, Timestamp.from(at));
            for (RecipientOutcome o : outcomes) {
                p.setString(i++, o.address());
            }
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                returned = new Returned(id, rs.getInt(1));
                do {
                    returned.row(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5));
                } while (rs.next());
            }
        }
        returned.finish(c, outcomes);
        return true;
    }

    /**
     * The recipient rows of one message as a mark's statement returned them (each as it was, and
     * whether the statement accepted it): what is left to record after it, in the same
     * transaction. Shared with {@link RecordedMarks}, whose statement returns the same rows for
     * many messages.
     */
    static final class Returned {
        private final long id;
        private final int attempt;
        private final List<String> refused = new ArrayList<>();
        private final Set<String> withRow = new HashSet<>();

        Returned(long id, int attempt) {
            this.id = id;
            this.attempt = attempt;
        }

        /** One row; all null for a message without rows. */
        void row(String address, String status, String smtpText, boolean acceptedNow) {
            if (address == null) {
                return;
            }
            withRow.add(address.toLowerCase(Locale.ROOT));
            if (!acceptedNow && ("DEFERRED".equals(status) || "REFUSED".equals(status))) {
                refused.add(address + ": " + (smtpText == null ? "" : smtpText));
            }
        }

        /**
         * As RecipientRows.acceptAll: an answered recipient without a row (never expected) is
         * added, not lost; recipients refused at an earlier attempt and not tried again (rare)
         * are summed up in the message's {@code refused}, by a second statement.
         */
        void finish(Connection c, List<RecipientOutcome> outcomes) throws SQLException {
            for (RecipientOutcome o : outcomes) {
                if (withRow.add(o.address().toLowerCase(Locale.ROOT))) {
                    RecipientRows.insertAnswered(c, id, attempt, o);
                }
            }
            String summary = RecipientRows.summary(refused);
            if (summary != null) {
                try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET refused = ? WHERE id = ?")) {
                    p.setString(1, summary);
                    p.setLong(2, id);
                    p.executeUpdate();
                }
            }
        }
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
