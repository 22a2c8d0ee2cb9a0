package fr.missive.model.letters;

import java.util.List;

/**
 * A template merged with one recipient's values.
 *
 * @param body          Markdown, the merged values escaped so they print as typed
 * @param unknownFields field names used in the template that have no value, in order of first
 *                      use, without repeats; left as {@code {{name}}} in the text
 * @param unterminated  true when a {@code {{} has no closing {@code }}}
 */
public record MergedLetter(String subject, String body, List<String> unknownFields, boolean unterminated) {

    public MergedLetter {
        unknownFields = List.copyOf(unknownFields);
    }

    public boolean complete() {
        return unknownFields.isEmpty() && !unterminated;
    }
}
