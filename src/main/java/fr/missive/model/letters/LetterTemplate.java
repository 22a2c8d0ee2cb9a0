package fr.missive.model.letters;

import fr.missive.model.text.ControlCharacters;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A standard letter ("lettre type") before merging.
 *
 * @param subject      the e-mail subject and the "Objet :" line, with merge fields
 * @param body         the letter in the Markdown subset (paragraphs, line breaks, bold, italic,
 *                     bullet and numbered lists, headings), with merge fields
 * @param letterFields the letter-specific fields this template asks for when it is sent
 *                     (e.g. {@code date_rdv}), declared so that a misspelt contact field is
 *                     told apart from a field the user gives at send time
 * @param fieldLabels  the label a person reads for some of those fields ("Date du rendez-vous"
 *                     for {@code date_rdv}), by field, in the order of the fields; optional
 */
public record LetterTemplate(String designation, Category category, String subject, String body,
                             List<String> letterFields, Map<String, String> fieldLabels) {

    public LetterTemplate {
        Objects.requireNonNull(designation, "designation");
        // Every way a letter comes in (a file, the editor, a paste) loses its control characters here.
        designation = ControlCharacters.remove(designation);
        category = category == null ? Category.OTHER : category;
        subject = subject == null ? "" : ControlCharacters.remove(subject).strip();
        body = body == null ? "" : ControlCharacters.remove(body);
        letterFields = letterFields == null ? List.of() : letterFields.stream()
                .map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        fieldLabels = Collections.unmodifiableMap(LetterFieldLabels.tidy(fieldLabels, letterFields));
    }

    /** A template whose letter fields have no declared label. */
    public LetterTemplate(String designation, Category category, String subject, String body,
                          List<String> letterFields) {
        this(designation, category, subject, body, letterFields, Map.of());
    }

    /** A template that asks for no letter-specific field. */
    public LetterTemplate(String designation, Category category, String subject, String body) {
        this(designation, category, subject, body, List.of(), Map.of());
    }

    public LetterTemplate withDesignation(String newDesignation) {
        return new LetterTemplate(newDesignation, category, subject, body, letterFields, fieldLabels);
    }
}
