package fr.missive.store.secrets;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The school's list of PCs ({@code school_pc}) and the fingerprint of its current secret key
 * ({@code school_key}), on a shared database. A PC's row holds its public key and the school's
 * key wrapped under it; a revoked PC's row keeps its name and dates, and loses both keys.
 */
public final class SchoolPcs {

    /** One PC; keys and dates are null until it joined (or after it was revoked). */
    public record Pc(String name, String role, byte[] publicKey, byte[] wrappedKey, String keyId, Instant addedAt,
                     Instant joinedAt, Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }

        public boolean joined() {
            return publicKey != null;
        }
    }

    private static final String COLUMNS =
            "name, role_name, public_key, wrapped_key, key_id, added_at, joined_at, revoked_at";

    private final Database db;

    public SchoolPcs(Database db) {
        this.db = db;
    }

    /**
     * Forgets every PC listed: a database restored onto a new server starts with no PC, since
     * the PCs of the old server have no role there and must join again.
     */
    public void forgetAll() {
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM school_pc")) {
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Adds a PC not joined yet; a revoked PC of the same name is replaced. */
    public void add(String name, String role, Instant now) {
        db.inTransaction(c -> {
            Optional<Pc> existing = find(c, name);
            if (existing.isPresent() && !existing.get().revoked()) {
                throw new MissiveException(UserMessage.of("shared.pcExists", name));
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM school_pc WHERE name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO school_pc (name, role_name, added_at) VALUES (?, ?, ?)")) {
                p.setString(1, name);
                p.setString(2, role);
                p.setTimestamp(3, Timestamp.from(now));
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Records that the PC joined: its public key and the school's key wrapped under it. */
    public void joined(String name, byte[] publicKey, SecretKey school, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE school_pc SET public_key = ?, wrapped_key = ?,"
                    + " key_id = ?, joined_at = ? WHERE name = ? AND revoked_at IS NULL")) {
                p.setBytes(1, publicKey);
                p.setBytes(2, PcKeyPair.wrap(school, publicKey));
                p.setString(3, KeyFingerprint.of(school));
                p.setTimestamp(4, Timestamp.from(now));
                p.setString(5, name);
                if (p.executeUpdate() != 1) {
                    throw new MissiveException(UserMessage.of("shared.unknownPc", name));
                }
            }
            return null;
        });
    }

    /** Adds a PC that joins at once (the PC that created the database), in one step. */
    public void addJoined(String name, String role, byte[] publicKey, SecretKey school, Instant now) {
        add(name, role, now);
        joined(name, publicKey, school, now);
    }

    public Optional<Pc> find(String name) {
        return db.inTransaction(c -> find(c, name));
    }

    public List<Pc> list() {
        return db.inTransaction(c -> {
            List<Pc> pcs = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM school_pc ORDER BY name");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    pcs.add(read(rs));
                }
            }
            return pcs;
        });
    }

    /** The fingerprint of the key the school's secrets are encrypted with, once one is recorded. */
    public Optional<String> currentKeyId() {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT key_id FROM school_key WHERE id = 1");
                    ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    /** Records the school's current key, unless one is recorded already. */
    public void recordKeyIfNone(SecretKey key, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM school_key WHERE id = 1");
                    ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return null;
                }
            }
            setKeyId(c, KeyFingerprint.of(key), now);
            return null;
        });
    }

    /**
     * On the caller's connection (inside the key rotation's transaction): marks the PC revoked,
     * records the new key and wraps it for every PC still listed that has joined.
     *
     * @return how many PCs were given the new key
     */
    public int revokeAndHandOver(Connection c, String revoked, SecretKey next, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE school_pc SET revoked_at = ?, public_key = NULL,"
                + " wrapped_key = NULL, key_id = NULL WHERE name = ?")) {
            p.setTimestamp(1, Timestamp.from(now));
            p.setString(2, revoked);
            p.executeUpdate();
        }
        List<Pc> remaining = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                + " FROM school_pc WHERE revoked_at IS NULL AND public_key IS NOT NULL");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                remaining.add(read(rs));
            }
        }
        String keyId = KeyFingerprint.of(next);
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE school_pc SET wrapped_key = ?, key_id = ? WHERE name = ?")) {
            for (Pc pc : remaining) {
                p.setBytes(1, PcKeyPair.wrap(next, pc.publicKey()));
                p.setString(2, keyId);
                p.setString(3, pc.name());
                p.executeUpdate();
            }
        }
        setKeyId(c, keyId, now);
        return remaining.size();
    }

    private static void setKeyId(Connection c, String keyId, Instant now) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM school_key WHERE id = 1")) {
            delete.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO school_key (id, key_id, changed_at) VALUES (1, ?, ?)")) {
            p.setString(1, keyId);
            p.setTimestamp(2, Timestamp.from(now));
            p.executeUpdate();
        }
    }

    private static Optional<Pc> find(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM school_pc WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Pc read(ResultSet rs) throws SQLException {
        return new Pc(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4), rs.getString(5),
                instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
