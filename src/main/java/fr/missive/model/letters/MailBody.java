package fr.missive.model.letters;

import fr.missive.model.mail.InlineImage;
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
public record MailBody(String html, String text, List<InlineImage> inlineImages) {

    public MailBody {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        inlineImages = List.copyOf(inlineImages == null ? List.of() : inlineImages);
    }
}
