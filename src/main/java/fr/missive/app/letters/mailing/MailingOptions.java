package fr.missive.app.letters.mailing;

import fr.missive.model.letters.Addressing;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a standard letter goes out, chosen once for the whole sending. Built with
 * {@link #byEmail(Locale)} or {@link #onPaper(Locale)}, then the builder's named settings.
 *
 * @param attachPdf       the letter is attached as a PDF; when neither this nor {@code inline} is
 *                        asked for, the PDF is attached
 * @param pdfNamePattern  the attachment's file name with fields ({@code Convocation {{last_name}}}),
 *                        ".pdf" added; null or blank for "designation, last and first name"
 * @param inline          the letter is the body of the e-mail (HTML with the logo, and plain text)
 * @param subject         the e-mail's subject, fields allowed; null or blank for the letter's subject
 * @param intro           a short message above the letter (or alone when the letter is attached);
 *                        fields allowed; null or blank for a sentence saying the letter is attached
 * @param signature       the sender's signature below that message, fields allowed; null or blank for none
 * @param letterFields    the letter-specific fields, given once for every recipient
 * @param language        the language of the letters (date, "Objet :") and of the default texts
 * @param printFolder     where the letters of recipients who get no e-mail are written, one PDF
 *                        each; null to only list them
 * @param combinedFile    one PDF with every letter to print, to print in one job; null for none
 * @param sizeLimitBytes  the largest message to warn about; 0 or less for the account's provider's
 *                        limit (20 MB for a server of no known provider)
 * @param paperOnly       every letter goes on paper (to {@code printFolder} or {@code combinedFile}),
 *                        none by e-mail, whatever the contact's address
 * @param readReceipt     each e-mail asks for a read receipt (RFC 8098); chosen for one sending, never
 *                        remembered (see {@link MailingChoices})
 * @param addressing      to whom the letters are written for this sending; null for the letter's own
 * @param jointLetters    guardians of a pupil living at the same address and reached the same way
 *                        (both by e-mail, or both on paper) share one letter ("Madame et Monsieur DURAND")
 */
public record MailingOptions(boolean attachPdf, String pdfNamePattern, boolean inline, String subject, String intro,
                             String signature, Map<String, String> letterFields, Locale language, Path printFolder,
                             Path combinedFile, long sizeLimitBytes, boolean paperOnly, boolean readReceipt,
                             Addressing addressing, boolean jointLetters) {

    public MailingOptions {
        if (!attachPdf && !inline) {
            attachPdf = true;
        }
        pdfNamePattern = blankToNull(pdfNamePattern);
        subject = blankToNull(subject);
        intro = blankToNull(intro);
        signature = blankToNull(signature);
        letterFields = Map.copyOf(new LinkedHashMap<>(letterFields == null ? Map.of() : letterFields));
        Objects.requireNonNull(language, "language");
        sizeLimitBytes = Math.max(0, sizeLimitBytes);
    }

    /** Letters by e-mail to those who accept it, on paper for the others; sizes checked against the provider's limit. */
    public static Builder byEmail(Locale language) {
        return new Builder(language, false);
    }

    /** Every letter on paper, none by e-mail: no message size to warn about. */
    public static Builder onPaper(Locale language) {
        return new Builder(language, true).sizeLimitBytes(Long.MAX_VALUE);
    }

    /** The same options, with every letter to print also gathered in {@code file}. */
    public MailingOptions withCombinedFile(Path file) {
        return new MailingOptions(attachPdf, pdfNamePattern, inline, subject, intro, signature, letterFields,
                language, printFolder, file, sizeLimitBytes, paperOnly, readReceipt, addressing, jointLetters);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Named settings for the options; what is not set keeps its default (PDF attached, nothing else). */
    public static final class Builder {
        private final Locale language;
        private final boolean paperOnly;
        private boolean attachPdf = true;
        private String pdfNamePattern;
        private boolean inline;
        private String subject;
        private String intro;
        private String signature;
        private Map<String, String> letterFields = Map.of();
        private Path printFolder;
        private Path combinedFile;
        private long sizeLimitBytes;
        private boolean readReceipt;
        private Addressing addressing;
        private boolean jointLetters;

        private Builder(Locale language, boolean paperOnly) {
            this.language = Objects.requireNonNull(language, "language");
            this.paperOnly = paperOnly;
        }

        public Builder attachPdf(boolean attach) {
            this.attachPdf = attach;
            return this;
        }

        public Builder pdfNamePattern(String pattern) {
            this.pdfNamePattern = pattern;
            return this;
        }

        public Builder inline(boolean inlined) {
            this.inline = inlined;
            return this;
        }

        public Builder subject(String text) {
            this.subject = text;
            return this;
        }

        public Builder intro(String text) {
            this.intro = text;
            return this;
        }

        public Builder signature(String text) {
            this.signature = text;
            return this;
        }

        public Builder letterFields(Map<String, String> fields) {
            this.letterFields = fields;
            return this;
        }

        public Builder printFolder(Path folder) {
            this.printFolder = folder;
            return this;
        }

        public Builder combinedFile(Path file) {
            this.combinedFile = file;
            return this;
        }

        public Builder sizeLimitBytes(long limit) {
            this.sizeLimitBytes = limit;
            return this;
        }

        public Builder readReceipt(boolean asked) {
            this.readReceipt = asked;
            return this;
        }

        /** To whom the letters are written this time; null (the default) for the letter's own addressing. */
        public Builder addressing(Addressing to) {
            this.addressing = to;
            return this;
        }

        /** Guardians at the same address, reached the same way, share one letter. */
        public Builder jointLetters(boolean joint) {
            this.jointLetters = joint;
            return this;
        }

        public MailingOptions build() {
            return new MailingOptions(attachPdf, pdfNamePattern, inline, subject, intro, signature, letterFields,
                    language, printFolder, combinedFile, sizeLimitBytes, paperOnly, readReceipt && !paperOnly,
                    addressing, jointLetters);
        }
    }
}
