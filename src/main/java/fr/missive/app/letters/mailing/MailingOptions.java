package fr.missive.app.letters.mailing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a standard letter goes out by e-mail, chosen once for the whole sending.
 *
 * @param attachPdf       the letter is attached as a PDF; when neither this nor {@code inline} is
 *                        asked for, the PDF is attached
 * @param pdfNamePattern  the attachment's file name with fields ({@code Convocation {{last_name}}}),
 *                        ".pdf" added; null or blank for "designation, last and first name"
 * @param inline          the letter is the body of the e-mail (HTML with the logo, and plain text)
 * @param subject         the e-mail's subject, fields allowed; null or blank for the letter's subject
 * @param intro           a short message above the letter (or alone when the letter is attached);
 *                        fields allowed; null or blank for a sentence saying the letter is attached
 * @param letterFields    the letter-specific fields, given once for every recipient
 * @param language        the language of the letters (date, "Objet :") and of the default texts
 * @param printFolder     where the letters of recipients who get no e-mail are written, one PDF
 *                        each; null to only list them
 * @param combinedFile    one PDF with every letter to print, to print in one job; null for none
 * @param sizeLimitBytes  the largest message to warn about; 0 or less for the account's provider's
 *                        limit (20 MB for a server of no known provider)
 * @param paperOnly       every letter goes on paper (to {@code printFolder} or {@code combinedFile}),
 *                        none by e-mail, whatever the contact's address
 */
public record MailingOptions(boolean attachPdf, String pdfNamePattern, boolean inline, String subject, String intro,
                             Map<String, String> letterFields, Locale language, Path printFolder, Path combinedFile,
                             long sizeLimitBytes, boolean paperOnly) {

    /** Letters by e-mail to those who accept it, on paper for the others. */
    public MailingOptions(boolean attachPdf, String pdfNamePattern, boolean inline, String subject, String intro,
                          Map<String, String> letterFields, Locale language, Path printFolder, Path combinedFile,
                          long sizeLimitBytes) {
        this(attachPdf, pdfNamePattern, inline, subject, intro, letterFields, language, printFolder, combinedFile,
                sizeLimitBytes, false);
    }

    public MailingOptions {
        if (!attachPdf && !inline) {
            attachPdf = true;
        }
        pdfNamePattern = blankToNull(pdfNamePattern);
        subject = blankToNull(subject);
        intro = blankToNull(intro);
        letterFields = Map.copyOf(new LinkedHashMap<>(letterFields == null ? Map.of() : letterFields));
        Objects.requireNonNull(language, "language");
        sizeLimitBytes = Math.max(0, sizeLimitBytes);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
