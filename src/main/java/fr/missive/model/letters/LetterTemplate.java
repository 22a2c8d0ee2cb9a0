package fr.missive.model.letters;

import fr.missive.model.text.ControlCharacters;

import java.util.List;
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
 * @param addressing   to whom the letter is written: the contact chosen, or each of the chosen
 *                     pupil's legal guardians (null for the contact)
 */
public record LetterTemplate(String designation, Category category, String subject, String body,
                             List<String> letterFields,
                             Addressing addressing) {

    public LetterTemplate {
        Objects.requireNonNull(designation, "designation");
        // Every way a letter comes in (a file, the editor, a paste) loses its control characters here.
        designation = ControlCharacters.remove(designation);
        category = category == null ? Category.OTHER : category;
        subject = subject == null ? "" : ControlCharacters.remove(subject).strip();
        body = body == null ? "" : ControlCharacters.remove(body);
        letterFields = letterFields == null ? List.of() : letterFields.stream()
                .map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        addressing = addressing == null ? Addressing.CONTACT : addressing;
    }

    /** A template written to the contact chosen. */
    public LetterTemplate(String designation, Category category, String subject, String body,
                          List<String> letterFields) {
        this(designation, category, subject, body, letterFields, Addressing.CONTACT);
    }

    /** A template that asks for no letter-specific field. */
    public LetterTemplate(String designation, Category category, String subject, String body) {
        this(designation, category, subject, body, List.of());
    }

    public LetterTemplate withDesignation(String newDesignation) {
        return new LetterTemplate(newDesignation, category, subject, body, letterFields, addressing);
    }

    public LetterTemplate withAddressing(Addressing newAddressing) {
        return new LetterTemplate(designation, category, subject, body, letterFields, newAddressing);
    }
}
