package fr.missive.store.secrets;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Password;
import fr.missive.store.db.Database;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Secrets encrypted with AES-256-GCM in the {@code secret} table: a fresh 12-byte random IV per
 * secret, and the secret's name as associated data, so a ciphertext moved under another name
 * (one account's password copied onto another) fails to decrypt instead of being used.
 */
public final class AesGcmSecretStore implements SecretStore {

    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Database db;
    private final SecretKey key;
    private final SecureRandom random;

    public AesGcmSecretStore(Database db, SecretKey key, SecureRandom random) {
        this.db = db;
        this.key = key;
        this.random = random;
    }

    @Override
    public void put(String name, Password secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] clear = utf8(secret);
        byte[] ciphertext;
        try {
            ciphertext = cipher(Cipher.ENCRYPT_MODE, name, iv).doFinal(clear);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM secret WHERE name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO secret (name, iv, ciphertext, updated_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setBytes(2, iv);
                insert.setBytes(3, ciphertext);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * @throws MissiveException {@code secrets.unreadable} when the ciphertext was altered or the
     *         key file replaced: the secret must be typed again
     */
    @Override
    public Optional<Password> get(String name) {
        Optional<byte[][]> stored = db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT iv, ciphertext FROM secret WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(new byte[][] {rs.getBytes(1), rs.getBytes(2)}) : Optional.empty();
                }
            }
        });
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        byte[] clear = null;
        try {
            clear = cipher(Cipher.DECRYPT_MODE, name, stored.get()[0]).doFinal(stored.get()[1]);
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(clear));
            char[] array = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            Password password = Password.of(array);
            Arrays.fill(array, '\0');
            return Optional.of(password);
        } catch (GeneralSecurityException e) {
            // AEADBadTagException: altered ciphertext, another name, or another key file.
            throw new MissiveException(UserMessage.of("secrets.unreadable", name), e);
        } finally {
            if (clear != null) {
                Arrays.fill(clear, (byte) 0);
            }
        }
    }

    @Override
    public void delete(String name) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM secret WHERE name = ?")) {
                p.setString(1, name);
                p.executeUpdate();
            }
            return null;
        });
    }

    private Cipher cipher(int mode, String name, byte[] iv) throws GeneralSecurityException {
        return cipher(mode, key, name, iv);
    }

    /** The cipher for one secret: its name is the associated data (see the class comment). */
    static Cipher cipher(int mode, SecretKey key, String name, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] utf8(Password secret) {
        char[] chars = secret.reveal().toCharArray();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        Arrays.fill(chars, '\0');
        byte[] out = Arrays.copyOf(bytes.array(), bytes.limit());
        Arrays.fill(bytes.array(), (byte) 0);
        return out;
    }
}
