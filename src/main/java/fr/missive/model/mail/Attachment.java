package fr.missive.model.mail;

import java.util.Objects;

/**
 * A file sent with a message, such as a letter as PDF.
 *
 * @param fileName the name the recipient sees, accents allowed (sent RFC 2231-encoded)
 * @param mimeType e.g. {@code application/pdf}
 */
public record Attachment(String fileName, String mimeType, byte[] bytes) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(bytes, "bytes");
        if (HeaderText.hasForbiddenCharacter(fileName) || fileName.isBlank()) {
            throw new IllegalArgumentException("an attachment needs a one-line file name");
        }
    }

    public static Attachment pdf(String fileName, byte[] bytes) {
        return new Attachment(fileName, "application/pdf", bytes);
    }
}
