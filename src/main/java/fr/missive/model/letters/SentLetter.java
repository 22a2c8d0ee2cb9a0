package fr.missive.model.letters;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the letters of one sending share, kept as they were sent so that a letter sent in the body
 * of an e-mail can be rendered again unchanged after its template or the contacts were edited:
 * stored once per sending, however many letters it has (see {@link InlineLetterInputs}).
 *
 * @param key           the sending's own key, shared by every chunk the outbox commits
 * @param templateText  the template as it was sent, its header and its Markdown body (the form
 *                      a template is shared in), so every part of it is kept
 * @param date          the date the letters carry
 * @param language      the letters' language (labels, date)
 * @param placeAndDate  the line printed, e.g. "Lyon, le 22 novembre 2026"
 * @param sharedValues  the merge values every letter of the sending has: the fields asked at
 *                      sending, the sender, the institution, the date
 */
public record SentLetter(String key, String templateText, LocalDate date, Locale language, String placeAndDate,
                         Map<String, String> sharedValues) {

    public SentLetter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(templateText, "templateText");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(language, "language");
        placeAndDate = placeAndDate == null ? "" : placeAndDate;
        sharedValues = Collections.unmodifiableMap(new LinkedHashMap<>(
                sharedValues == null ? Map.of() : sharedValues));
    }

    /** Labels ("Objet :") in French rather than English. */
    public boolean french() {
        return "fr".equals(language.getLanguage());
    }
}
