package fr.missive.store.secrets;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.store.db.Database;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces the key that encrypts the stored secrets and encrypts every secret again under the new
 * one, in one transaction: either all of them move to the new key or none does.
 *
 * <p>This is what makes revoking a PC real on a shared database: a PC that kept a copy of the old
 * key can read nothing saved afterwards, nor anything already there, once the rows are
 * re-encrypted. Every secret is first read with the old key; if one cannot be (altered, or the
 * old key is not the one in use) nothing is changed and the caller is told which.
 */
public final class SecretKeyRotation {

    private final Database db;
    private final SecureRandom random;

    public SecretKeyRotation(Database db, SecureRandom random) {
        this.db = db;
        this.random = random;
    }

    /** A fresh AES-256 key, to hand to {@link #rotate}. */
    public SecretKey newKey() {
        byte[] bytes = new byte[SecretKeyFile.KEY_BYTES];
        random.nextBytes(bytes);
        SecretKey key = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
        return key;
    }

    /**
     * Encrypts every stored secret again under {@code next}; returns how many there were.
     *
     * @throws MissiveException {@code secrets.rotationRefused} naming the first secret the current
     *         key cannot read; the database is then unchanged
     */
    public int rotate(SecretKey current, SecretKey next) {
        return rotate(current, next, c -> null);
    }

    /**
     * As {@link #rotate(SecretKey, SecretKey)}, doing {@code alongside} in the same transaction
     * (handing the new key to the PCs that keep it): the secrets and the key the PCs are given
     * change together or not at all.
     */
    public int rotate(SecretKey current, SecretKey next, fr.missive.store.db.SqlWork<?> alongside) {
        return db.inTransaction(c -> {
            alongside.run(c);
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT name, iv, ciphertext FROM secret ORDER BY name");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getBytes(2), rs.getBytes(3)));
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE secret SET iv = ?, ciphertext = ?, updated_at = ? WHERE name = ?")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (Row row : rows) {
                    byte[] iv = new byte[AesGcmSecretStore.IV_BYTES];
                    random.nextBytes(iv);
                    update.setBytes(1, iv);
                    update.setBytes(2, reEncrypt(row, current, next, iv));
                    update.setTimestamp(3, now);
                    update.setString(4, row.name());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return rows.size();
        });
    }

    private static byte[] reEncrypt(Row row, SecretKey current, SecretKey next, byte[] iv) {
        byte[] clear = null;
        try {
            clear = AesGcmSecretStore.cipher(Cipher.DECRYPT_MODE, current, row.name(), row.iv())
                    .doFinal(row.ciphertext());
            return AesGcmSecretStore.cipher(Cipher.ENCRYPT_MODE, next, row.name(), iv).doFinal(clear);
        } catch (AEADBadTagException e) {
            // Thrown inside the transaction: it is rolled back, every row keeps its old ciphertext.
            throw new MissiveException(UserMessage.of("secrets.rotationRefused", row.name()), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        } finally {
            if (clear != null) {
                Arrays.fill(clear, (byte) 0);
            }
        }
    }

    private record Row(String name, byte[] iv, byte[] ciphertext) {
    }
}
