package fr.missive.model.signatures;

import java.util.Objects;

/**
 * A signature put under an e-mail: a user's own ({@code accountId} null) or an institution
 * account's ({@code userId} null), used when sending from that account.
 *
 * @param formattedText the same signature in the letters' Markdown subset (bold, italic, line breaks)
 * @param image         a small PNG or JPEG (a scanned signature, a logo), or null
 * @param imageType     {@code image/png} or {@code image/jpeg} when there is an image
 * @param isDefault     the one inserted in a new message
 */
public record Signature(Long id, Long userId, Long accountId, String name, String plainText, String formattedText,
                        byte[] image, String imageType, boolean isDefault) {

    public Signature {
        Objects.requireNonNull(name, "name");
        plainText = plainText == null ? "" : plainText;
        formattedText = formattedText == null ? "" : formattedText;
        image = image == null ? null : image.clone();
        imageType = image == null ? null : imageType;
    }

    @Override
    public byte[] image() {
        return image == null ? null : image.clone();
    }

    public boolean hasImage() {
        return image != null;
    }

    /**
     * The text put in a message: the plain text, else the formatted text as it reads (without the
     * bold markers, nor the backslashes the editor ends a line with).
     */
    public String textForMessage() {
        return plainText.isBlank() ? formattedText.replace("\\\n", "\n").replace("**", "").replace("__", "")
                : plainText;
    }
}
