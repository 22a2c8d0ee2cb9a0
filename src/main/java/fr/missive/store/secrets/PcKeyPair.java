package fr.missive.store.secrets;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.store.db.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key pair of one PC of a shared database: the private half in {@code keys/pc.key} of its
 * data folder (owner-only), the public half in the school's list of PCs. Whoever replaces the
 * school's key (revoking a PC) wraps the new key under each remaining PC's public key, without
 * knowing any PC's private key; a revoked PC's row is gone, so it is given nothing.
 *
 * <p>RSA-3072 with OAEP (SHA-256): part of every Java platform, and wrapping a 32-byte key once
 * per PC is all it does.
 */
public final class PcKeyPair {

    private static final String FILE = "pc.key";
    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1",
            MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private final Path file;

    public PcKeyPair(Path dataFolder) {
        this.file = dataFolder.resolve("keys").resolve(FILE);
    }

    /** A new key pair, not yet written. */
    public static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every Java platform", e);
        }
    }

    /** Writes the private half, owner-only, replacing any. */
    public void save(PrivateKey key) {
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder);
            SecretKeyFile.restrictToOwner(folder, true);
            Path temporary = folder.resolve(FILE + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            SecretKeyFile.restrictToOwner(temporary, false);
            byte[] encoded = key.getEncoded();
            Files.write(temporary, encoded, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Arrays.fill(encoded, (byte) 0);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw StorageException.of(e);
        }
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The school's key, unwrapped with this PC's private key. */
    public SecretKey unwrap(byte[] wrapped) {
        try {
            byte[] encoded = Files.readAllBytes(file);
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
            Arrays.fill(encoded, (byte) 0);
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, OAEP);
            byte[] clear = cipher.doFinal(wrapped);
            SecretKey school = new SecretKeySpec(clear, "AES");
            Arrays.fill(clear, (byte) 0);
            return school;
        } catch (IOException e) {
            throw StorageException.of(e);
        } catch (GeneralSecurityException e) {
            // Another PC's key, or a folder copied from another PC: this one cannot read it.
            throw new MissiveException(UserMessage.of("shared.keyNotForThisPc"), e);
        }
    }

    /** The school's key wrapped under a PC's public key (X.509 encoded, as stored). */
    public static byte[] wrap(SecretKey school, byte[] publicKey) {
        try {
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(publicKey));
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, OAEP);
            return cipher.doFinal(school.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored PC public key cannot be used", e);
        }
    }
}
