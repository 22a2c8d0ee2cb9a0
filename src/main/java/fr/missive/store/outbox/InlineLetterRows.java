package fr.missive.store.outbox;

import fr.missive.model.letters.InlineLetterInputs;
import fr.missive.model.letters.SentLetter;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What renders a letter sent in the body of an e-mail again (V19): the sending's part in
 * {@code sent_letter}, once per sending, and each message's own part in {@code sent_letter_message},
 * both written by the transaction that queues the message.
 */
public final class InlineLetterRows {

    private static final int RECIPIENT_LINES_MAX = 4000;

    private InlineLetterRows() {
    }

    /**
     * Keeps the inputs of one queued message. {@code sendings} maps the keys of the sendings already
     * written in this transaction to their row, so a chunk of 50 letters looks its sending up once.
     */
    static void insert(Connection c, long messageId, InlineLetterInputs inputs, Map<String, Long> sendings)
            throws SQLException {
        SentLetter letter = inputs.letter();
        Long letterId = sendings.get(letter.key());
        if (letterId == null) {
            letterId = sendingRow(c, letter);
            sendings.put(letter.key(), letterId);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sent_letter_message (message_id, letter_id,"
                + " recipient_lines, own_values) VALUES (?, ?, ?, ?)")) {
            p.setLong(1, messageId);
            p.setLong(2, letterId);
            String lines = EscapedLines.ofList(inputs.recipientLines());
            // Six short address lines; never near the limit, but a cut line beats a lost message.
            p.setString(3, lines.length() > RECIPIENT_LINES_MAX ? lines.substring(0, RECIPIENT_LINES_MAX) : lines);
            p.setString(4, EscapedLines.ofMap(inputs.ownValues()));
            p.executeUpdate();
        }
    }

    /** The row of the sending, written by its first chunk; the later chunks find it. */
    private static long sendingRow(Connection c, SentLetter letter) throws SQLException {
        Optional<Long> existing = sendingId(c, letter.key());
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sent_letter (letter_key, template_text,"
                + " letter_date, language, place_and_date, shared_values) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, letter.key());
            p.setString(2, letter.templateText());
            p.setDate(3, Date.valueOf(letter.date()));
            p.setString(4, letter.language().toLanguageTag());
            p.setString(5, letter.placeAndDate().length() > 500 ? letter.placeAndDate().substring(0, 500)
                    : letter.placeAndDate());
            p.setString(6, EscapedLines.ofMap(letter.sharedValues()));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Optional<Long> sendingId(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM sent_letter WHERE letter_key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The inputs kept for a message; empty for a message with none (a PDF, or logged before V19). */
    public static Optional<InlineLetterInputs> read(Connection c, long messageId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT l.letter_key, l.template_text, l.letter_date,"
                + " l.language, l.place_and_date, l.shared_values, m.recipient_lines, m.own_values"
                + " FROM sent_letter_message m JOIN sent_letter l ON l.id = m.letter_id WHERE m.message_id = ?")) {
            p.setLong(1, messageId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                SentLetter letter = new SentLetter(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        Locale.forLanguageTag(rs.getString(4)), rs.getString(5), EscapedLines.toMap(rs.getString(6)));
                return Optional.of(new InlineLetterInputs(letter, EscapedLines.toList(rs.getString(7)),
                        EscapedLines.toMap(rs.getString(8))));
            }
        }
    }

    /** After messages were deleted: the sendings none of whose messages is left go too. */
    public static int deleteUnused(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("DELETE FROM sent_letter WHERE NOT EXISTS (SELECT 1 FROM sent_letter_message m"
                    + " WHERE m.letter_id = sent_letter.id)");
        }
    }
}
