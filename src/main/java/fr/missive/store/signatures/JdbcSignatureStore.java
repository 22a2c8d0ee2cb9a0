package fr.missive.store.signatures;

import fr.missive.model.signatures.Signature;
import fr.missive.store.db.Database;
import fr.missive.store.db.RowVersions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Signatures in the {@code signature} table; the image is a BLOB read and written as bytes. */
public final class JdbcSignatureStore implements SignatureStore {

    private static final String SELECT = "SELECT id, user_id, account_id, name, plain_text, formatted_text, image,"
            + " image_type, is_default FROM signature";

    private final Database db;

    public JdbcSignatureStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Signature> findByUser(long userId) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE user_id = ? ORDER BY name", userId));
    }

    @Override
    public List<Signature> findByAccount(long accountId) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE account_id = ? ORDER BY name", accountId));
    }

    @Override
    public Optional<Signature> find(long id) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE id = ?", id)).stream().findFirst();
    }

    @Override
    public Signature save(Signature s) {
        return save(s, null, null);
    }

    @Override
    public Optional<fr.missive.model.RecordVersion> versionOf(long id) {
        return db.inTransaction(c -> RowVersions.read(c, "signature", id));
    }

    @Override
    public Signature save(Signature s, Long basedOn, String by) {
        java.time.Instant now = java.time.Instant.now();
        return db.inTransaction(c -> {
            long id;
            if (s.id() == null) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO signature (user_id, account_id, name,"
                        + " plain_text, formatted_text, image, image_type, is_default) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    bind(p, s);
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            } else {
                id = s.id();
                RowVersions.bump(c, "signature", id, basedOn, by, now);
                try (PreparedStatement p = c.prepareStatement("UPDATE signature SET user_id = ?, account_id = ?,"
                        + " name = ?, plain_text = ?, formatted_text = ?, image = ?, image_type = ?, is_default = ?"
                        + " WHERE id = ?")) {
                    bind(p, s);
                    p.setLong(9, id);
                    p.executeUpdate();
                }
            }
            if (s.isDefault()) {
                clearOtherDefaults(c, id);
            }
            return query(c, SELECT + " WHERE id = ?", id).get(0);
        });
    }

    @Override
    public boolean delete(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM signature WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void makeDefault(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE signature SET is_default = TRUE WHERE id = ?")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
            clearOtherDefaults(c, id);
            return null;
        });
    }

    /** The same owner's other signatures stop being the default: one default per owner. */
    private static void clearOtherDefaults(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE signature SET is_default = FALSE WHERE id <> ? AND"
                + " ((user_id IS NOT NULL AND user_id = (SELECT user_id FROM signature WHERE id = ?))"
                + " OR (account_id IS NOT NULL AND account_id = (SELECT account_id FROM signature WHERE id = ?)))")) {
            p.setLong(1, id);
            p.setLong(2, id);
            p.setLong(3, id);
            p.executeUpdate();
        }
    }

    private static void bind(PreparedStatement p, Signature s) throws SQLException {
        setLong(p, 1, s.userId());
        setLong(p, 2, s.accountId());
        p.setString(3, s.name());
        p.setString(4, s.plainText());
        p.setString(5, s.formattedText());
        if (s.hasImage()) {
            p.setBytes(6, s.image());
        } else {
            // VARBINARY, not BLOB: PostgreSQL's driver takes BLOB for a large-object id, not the BYTEA the column is.
            p.setNull(6, Types.VARBINARY);
        }
        p.setString(7, s.imageType());
        p.setBoolean(8, s.isDefault());
    }

    private static void setLong(PreparedStatement p, int index, Long value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, value);
        }
    }

    private static List<Signature> query(Connection c, String sql, long param) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, param);
            List<Signature> found = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(new Signature(rs.getLong("id"), rs.getObject("user_id", Long.class),
                            rs.getObject("account_id", Long.class), rs.getString("name"), rs.getString("plain_text"),
                            rs.getString("formatted_text"), rs.getBytes("image"), rs.getString("image_type"),
                            rs.getBoolean("is_default")));
                }
            }
            return found;
        }
    }
}
