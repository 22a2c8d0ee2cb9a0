package fr.missive.model.letters;

import java.util.List;
import java.util.Objects;

/**
 * A letter as the body of an e-mail: HTML for mail clients that show it, the plain-text
 * alternative for those that do not, and the images the HTML shows by {@code cid:} reference.
 * Both texts come from the same parsed letter as its PDF.
 *
 * @param html         a whole HTML document, styles inline, no external resource
 * @param text         the same letter as plain text, lines of at most about 72 characters
 *                     (a longer word, such as a URL, keeps its line)
 * @param inlineImages the images {@code html} refers to as {@code cid:<contentId>}
 */
public record MailBody(String html, String text, List<Image> inlineImages) {

    public MailBody {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        inlineImages = List.copyOf(inlineImages == null ? List.of() : inlineImages);
    }

    /**
     * An image sent as a MIME part of a multipart/related message.
     *
     * @param contentId the Content-ID without angle brackets ({@code logo@missive})
     * @param mimeType  {@code image/png} or {@code image/jpeg}
     */
    public record Image(String contentId, String mimeType, byte[] bytes) {

        public Image {
            Objects.requireNonNull(contentId, "contentId");
            Objects.requireNonNull(mimeType, "mimeType");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
