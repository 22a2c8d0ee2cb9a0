package fr.missive.app.letters;

import fr.missive.model.institution.Institution;
import fr.missive.model.institution.Logo;
import fr.missive.model.letters.InlineLetterInputs;
import fr.missive.model.letters.LetterContent;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.Merge;
import fr.missive.model.letters.MergeField;
import fr.missive.model.letters.MergeValues;
import fr.missive.model.letters.MergedLetter;
import fr.missive.model.letters.SentLetter;
import java.util.Map;
import java.util.UUID;

/**
 * A letter sent in the body of an e-mail carries no PDF: to print it for a family the e-mail did
 * not reach, what made it is kept with the message ({@link #sending}, {@link #of}) and turned
 * back into the very letter ({@link #asSent}): the template as it was then, the values merged
 * then, the date and address block printed then; a template edited or a contact changed since
 * does not change it.
 */
public final class InlineLetters {

    private InlineLetters() {
    }

    /** What every letter of this sending shares, kept once for the sending. */
    public static SentLetter sending(LetterContext context) {
        return new SentLetter(UUID.randomUUID().toString(), TemplateFile.write(context.template()), context.date(),
                context.language(), LetterComposer.placeAndDate(context),
                LetterComposer.values(context, null).asMap());
    }

    /** What renders this letter of the sending again. */
    public static InlineLetterInputs of(SentLetter sending, LetterContext context, ComposedLetter letter) {
        return InlineLetterInputs.of(sending, letter.content().recipientLines(),
                LetterComposer.values(context, letter.recipient()).asMap());
    }

    /**
     * The letter as it was sent. The letterhead (the institution's name, address, phone and logo)
     * is today's: it is not kept per message, and a school's letterhead is the school's whatever
     * the day. The signature image is none: users have none (see {@link LetterSender#of}).
     *
     * @throws TemplateFileException should the kept template text not read back (it always does:
     *                               it was written by {@link TemplateFile#write})
     */
    public static LetterContent asSent(InlineLetterInputs inputs, Institution school, Logo logo) {
        SentLetter sending = inputs.letter();
        LetterTemplate template = TemplateFile.parse(sending.templateText());
        MergeValues.Builder builder = MergeValues.builder();
        for (Map.Entry<String, String> value : inputs.values().entrySet()) {
            builder.field(value.getKey(), value.getValue());
        }
        MergeValues values = builder.build();
        MergedLetter merged = Merge.apply(template, values);
        return new LetterContent(school, logo, sending.placeAndDate(), inputs.recipientLines(), merged.subject(),
                merged.body(), values.value(MergeField.SENDER_NAME.fieldName()).orElse(""),
                values.value(MergeField.SENDER_FUNCTION.fieldName()).orElse(""), null, sending.french());
    }
}
