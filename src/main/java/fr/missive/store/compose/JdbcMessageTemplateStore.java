package fr.missive.store.compose;

import fr.missive.model.compose.MessageTemplate;
import fr.missive.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** E-mail templates in the {@code message_template} table; the body is a CLOB read as a string. */
public final class JdbcMessageTemplateStore implements MessageTemplateStore {

    private static final String SELECT = "SELECT id, user_id, designation, subject, body FROM message_template";

    private final Database db;

    public JdbcMessageTemplateStore(Database db) {
        this.db = db;
    }

    @Override
    public List<MessageTemplate> findByUser(long userId) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE user_id = ? ORDER BY designation", userId, null));
    }

    @Override
    public Optional<MessageTemplate> findByDesignation(long userId, String designation) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE user_id = ? AND LOWER(designation) = LOWER(?)",
                userId, designation.strip())).stream().findFirst();
    }

    @Override
    public MessageTemplate save(MessageTemplate t, Instant now) {
        return db.inTransaction(c -> {
            if (t.id() == null) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO message_template (designation, subject,"
                        + " body, updated_at, user_id) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    bind(p, t, now);
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        return new MessageTemplate(keys.getLong(1), t.userId(), t.designation(), t.subject(), t.body());
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE message_template SET designation = ?, subject = ?,"
                    + " body = ?, updated_at = ? WHERE user_id = ? AND id = ?")) {
                bind(p, t, now);
                p.setLong(6, t.id());
                p.executeUpdate();
            }
            return t;
        });
    }

    @Override
    public boolean delete(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM message_template WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() > 0;
            }
        });
    }

    private static void bind(PreparedStatement p, MessageTemplate t, Instant now) throws SQLException {
        p.setString(1, t.designation());
        p.setString(2, t.subject());
        p.setString(3, t.body());
        p.setTimestamp(4, Timestamp.from(now));
        p.setLong(5, t.userId());
    }

    private static List<MessageTemplate> query(Connection c, String sql, long userId, String designation)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, userId);
            if (designation != null) {
                p.setString(2, designation);
            }
            List<MessageTemplate> found = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(new MessageTemplate(rs.getLong("id"), rs.getLong("user_id"), rs.getString("designation"),
                            rs.getString("subject"), rs.getString("body")));
                }
            }
            return found;
        }
    }
}
