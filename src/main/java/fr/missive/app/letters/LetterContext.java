package fr.missive.app.letters;

import fr.missive.model.institution.Institution;
import fr.missive.model.institution.Logo;
import fr.missive.model.letters.LetterTemplate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What every letter of one sending shares: the template, the institution and its logo, who
 * signs, the letter-specific fields the user gave (e.g. {@code date_rdv}), the date printed and
 * the language of the letter.
 *
 * @param logo         {@code null} for none
 * @param letterFields field name to value; may also override any other field (such as
 *                     {@code sender_function})
 */
public record LetterContext(LetterTemplate template, Institution institution, Logo logo, LetterSender sender,
                            Map<String, String> letterFields, LocalDate date, Locale language) {

    public LetterContext {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(language, "language");
        Map<String, String> fields = new LinkedHashMap<>();
        if (letterFields != null) {
            letterFields.forEach((name, value) -> fields.put(name.strip(), value == null ? "" : value));
        }
        letterFields = java.util.Collections.unmodifiableMap(fields);
    }

    public boolean french() {
        return "fr".equals(language.getLanguage());
    }

    /** The same sending with other letter-specific fields (e.g. once the user gave the missing ones). */
    public LetterContext withLetterFields(Map<String, String> fields) {
        return new LetterContext(template, institution, logo, sender, fields, date, language);
    }
}
