package fr.missive.store.secrets;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.SecretKey;

/**
 * Names a secret key without revealing it: the first 16 bytes of SHA-256 over a fixed label and
 * the key, in hexadecimal. Tells which key a PC holds and which one the school uses now.
 */
public final class KeyFingerprint {

    private KeyFingerprint() {
    }

    public static String of(SecretKey key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("missive-school-key".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] hash = digest.digest(key.getEncoded());
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
