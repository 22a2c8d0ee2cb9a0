package fr.missive.ui.richtext;

/**
 * A piece of a paragraph in one style: either text (a {@code '\n'} in it is a soft line break,
 * shown and printed as a space) or one merge field, {@code field} being its code.
 */
record Run(String text, boolean bold, boolean italic, String field) {

    static Run text(String text, boolean bold, boolean italic) {
        return new Run(text, bold, italic, null);
    }

    static Run field(String code, boolean bold, boolean italic) {
        return new Run("", bold, italic, code);
    }

    boolean isField() {
        return field != null;
    }

    boolean sameStyle(Run other) {
        return bold == other.bold && italic == other.italic;
    }
}
