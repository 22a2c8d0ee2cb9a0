package fr.missive.model.mail;

import java.util.Objects;

/**
 * An image the HTML body shows with {@code <img src="cid:…">}, such as the institution's logo.
 *
 * @param contentId the id the HTML refers to, without angle brackets ({@code logo@missive})
 */
public record InlineImage(String contentId, String mimeType, byte[] bytes) {

    public InlineImage {
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(bytes, "bytes");
        if (HeaderText.hasForbiddenCharacter(contentId) || contentId.isBlank() || contentId.contains(">")) {
            throw new IllegalArgumentException("a content id is one line without '>'");
        }
    }
}
