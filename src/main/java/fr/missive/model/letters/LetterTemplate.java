package fr.missive.model.letters;

import java.util.Objects;

/**
 * A standard letter ("lettre type") before merging.
 *
 * @param subject the e-mail subject and the "Objet :" line, with merge fields
 * @param body    the letter in the Markdown subset (paragraphs, line breaks, bold, italic,
 *                bullet and numbered lists, headings), with merge fields
 */
public record LetterTemplate(String designation, Category category, String subject, String body) {

    public LetterTemplate {
        Objects.requireNonNull(designation, "designation");
        category = category == null ? Category.OTHER : category;
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body;
    }
}
