package fr.missive.model.mail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 fingerprint of a certificate, written as browsers and {@code keytool} show it:
 * 32 upper-case hex pairs separated by colons. An administrator compares it with the one the
 * provider publishes before pinning it.
 */
public record CertificateFingerprint(String hex) {

    private static final HexFormat COLONS = HexFormat.ofDelimiter(":").withUpperCase();

    public CertificateFingerprint {
        byte[] bytes = decode(hex);
        if (bytes == null) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint: " + hex);
        }
        hex = COLONS.formatHex(bytes);
    }

    /** Accepts upper or lower case, with colons, spaces or nothing between the pairs. */
    public static CertificateFingerprint parse(String text) {
        return new CertificateFingerprint(text);
    }

    public static boolean isValid(String text) {
        return decode(text) != null;
    }

    /** The fingerprint of a DER-encoded certificate. */
    public static CertificateFingerprint of(byte[] derCertificate) {
        return new CertificateFingerprint(COLONS.formatHex(sha256(derCertificate)));
    }

    public boolean matches(byte[] derCertificate) {
        return MessageDigest.isEqual(sha256(derCertificate), decode(hex));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static byte[] decode(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
        if (compact.length() != 64 || !compact.matches("[0-9a-f]+")) {
            return null;
        }
        return HexFormat.of().parseHex(compact);
    }

    @Override
    public String toString() {
        return hex;
    }
}
