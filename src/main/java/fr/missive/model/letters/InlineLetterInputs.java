package fr.missive.model.letters;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one letter sent in the body of an e-mail needs to be rendered again as it was sent: the
 * sending's part ({@link SentLetter}, kept once per sending), the address block printed and this
 * recipient's own merge values (those that differ from the sending's: contact fields, the
 * addressee's fields of a letter about a pupil).
 */
public record InlineLetterInputs(SentLetter letter, List<String> recipientLines, Map<String, String> ownValues) {

    public InlineLetterInputs {
        Objects.requireNonNull(letter, "letter");
        recipientLines = List.copyOf(recipientLines == null ? List.of() : recipientLines);
        ownValues = Collections.unmodifiableMap(new LinkedHashMap<>(ownValues == null ? Map.of() : ownValues));
    }

    /**
     * The inputs of one letter: keeps of {@code values} only what differs from the sending's
     * shared values, which {@link #values()} adds back.
     */
    public static InlineLetterInputs of(SentLetter letter, List<String> recipientLines, Map<String, String> values) {
        Map<String, String> own = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!Objects.equals(letter.sharedValues().get(name), value)) {
                own.put(name, value);
            }
        });
        return new InlineLetterInputs(letter, recipientLines, own);
    }

    /** Every merge value of this letter: the sending's, with this recipient's over them. */
    public Map<String, String> values() {
        Map<String, String> all = new LinkedHashMap<>(letter.sharedValues());
        all.putAll(ownValues);
        return Collections.unmodifiableMap(all);
    }
}
