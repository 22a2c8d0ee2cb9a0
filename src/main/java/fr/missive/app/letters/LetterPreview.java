package fr.missive.app.letters;

import fr.missive.render.LetterRenderer;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.LetterTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The letter of a template being edited, for one contact, as the real PDF: what the editor's
 * preview draws. It never stops at what a sending would refuse: a letter-specific field nobody
 * gave yet prints as a sample value, its label in brackets ("[Date du rendez-vous]"), and the preflight says what is missing.
 */
public final class LetterPreview {

    /** The PDF and what a sending would still need or warn about. */
    public record Result(byte[] pdf, Preflight preflight, Map<String, String> sampleFields) {
        public Result {
            pdf = pdf.clone();
            // In the order the template asks for them, as the preview lists them.
            sampleFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sampleFields));
        }

        @Override
        public byte[] pdf() {
            return pdf.clone();
        }
    }

    private final LetterComposer composer;
    private final LetterRenderer renderer;

    public LetterPreview(LetterComposer composer, LetterRenderer renderer) {
        this.composer = composer;
        this.renderer = renderer;
    }

    /** @throws fr.missive.model.MissiveException when no institution is set up or the renderer refuses the text */
    public Result render(LetterTemplate template, Contact contact, LetterSender sender, Locale language) {
        LetterContext context = composer.prepare(template, sender, Map.of(), language);
        Preflight preflight = composer.check(context, List.of(contact));
        Map<String, String> samples = new LinkedHashMap<>();
        FieldLabelLookup labels = FieldLabelLookup.of(template, language);
        for (String field : preflight.missingFields()) {
            samples.put(field, sample(labels.label(field)));
        }
        ComposedLetter letter = composer.compose(context.withLetterFields(samples), contact);
        return new Result(renderer.render(letter.content()), preflight, samples);
    }

    /** "[Date du rendez-vous]": plainly not a real value on the printed page. */
    public static String sample(String field) {
        return "[" + field + "]";
    }
}
