package fr.missive.model.sentlog;

import java.util.Objects;

/**
 * A file a logged message carried, read back from its MIME bytes.
 *
 * @param fileName as the recipient saw it (decoded)
 * @param mimeType the content type without its parameters, e.g. {@code application/pdf}
 */
public record SentAttachment(String fileName, String mimeType, byte[] bytes) {

    public SentAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(bytes, "bytes");
    }
}
