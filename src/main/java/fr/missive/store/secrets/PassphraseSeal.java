package fr.missive.store.secrets;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Password;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bytes sealed under a passphrase that a person types: what travels from one PC to another on a
 * USB stick or by e-mail (the school's secret key in a join file) must be useless to whoever
 * finds the file without the passphrase, which is said aloud or written on paper, never sent
 * with it.
 *
 * <p>The key is derived with PBKDF2-HMAC-SHA256 (part of every Java platform, so nothing to add
 * for it) at {@value #ITERATIONS} iterations, the figure OWASP's password storage guidance gives
 * for this function, from a fresh 16-byte salt; the bytes are then encrypted with AES-256-GCM.
 * The header (magic, version, iterations, salt, IV) is the cipher's associated data, so changing
 * any of it — fewer iterations, say — makes the file unreadable rather than weaker.
 *
 * <p>Layout: {@code "MSVSEAL"} · version byte · int iterations · 16-byte salt · 12-byte IV ·
 * ciphertext with its 16-byte tag.
 */
public final class PassphraseSeal {

    static final int ITERATIONS = 600_000;
    private static final byte[] MAGIC = "MSVSEAL".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = MAGIC.length + 1 + Integer.BYTES + SALT_BYTES + IV_BYTES;

    private final SecureRandom random;
    private final int iterations;

    public PassphraseSeal(SecureRandom random) {
        this(random, ITERATIONS);
    }

    /** With fewer iterations, for tests only: opening reads the count from the sealed bytes. */
    PassphraseSeal(SecureRandom random, int iterations) {
        this.random = random;
        this.iterations = iterations;
    }

    /** Seals the content; the caller may clear its copy of the content and of the passphrase. */
    public byte[] seal(byte[] content, Password passphrase) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.put(MAGIC).put(VERSION).putInt(iterations).put(salt).put(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, iterations, iv);
            cipher.updateAAD(header.array());
            byte[] sealed = cipher.doFinal(content);
            return ByteBuffer.allocate(HEADER_BYTES + sealed.length).put(header.array()).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 and AES-GCM are part of every Java platform", e);
        }
    }

    /**
     * @throws MissiveException {@code seal.notSealed} when the bytes are not a sealed file,
     *         {@code seal.wrongPassphrase} when the passphrase is wrong or the file was altered
     *         (the two cannot be told apart, by design)
     */
    public byte[] open(byte[] sealed, Password passphrase) {
        if (sealed.length < HEADER_BYTES || !Arrays.equals(Arrays.copyOf(sealed, MAGIC.length), MAGIC)
                || sealed[MAGIC.length] != VERSION) {
            throw new MissiveException(UserMessage.of("seal.notSealed"));
        }
        ByteBuffer header = ByteBuffer.wrap(sealed, MAGIC.length + 1, HEADER_BYTES - MAGIC.length - 1);
        int count = header.getInt();
        if (count < 1 || count > 10 * ITERATIONS) {
            throw new MissiveException(UserMessage.of("seal.notSealed"));
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        header.get(salt).get(iv);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, passphrase, salt, count, iv);
            cipher.updateAAD(sealed, 0, HEADER_BYTES);
            return cipher.doFinal(sealed, HEADER_BYTES, sealed.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            throw new MissiveException(UserMessage.of("seal.wrongPassphrase"), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 and AES-GCM are part of every Java platform", e);
        }
    }

    private static Cipher cipher(int mode, Password passphrase, byte[] salt, int iterations, byte[] iv)
            throws GeneralSecurityException {
        char[] chars = passphrase.reveal().toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, 256);
        Arrays.fill(chars, '\0');
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        SecretKey key = new SecretKeySpec(derived, "AES");
        Arrays.fill(derived, (byte) 0);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }
}
