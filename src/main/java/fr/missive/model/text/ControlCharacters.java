package fr.missive.model.text;

/**
 * Control characters (NUL, bell, escape, the C1 controls …) have no place in a name, an address
 * or a letter: they print as nothing or as boxes, and the letter's font has no glyph for them.
 * Every entry of text removes them (the CSV import, a letter's file, the editor, merge values);
 * line breaks and tabs are kept, since they mean something where they are allowed.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether the text holds a control character other than a tab or a line break. */
    public static boolean present(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isRemoved(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text without control characters other than tabs and line breaks. */
    public static String remove(String text) {
        if (!present(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isRemoved(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Whether {@link #remove} removes the character. */
    public static boolean isRemoved(char c) {
        return c != '\t' && c != '\n' && c != '\r' && Character.isISOControl(c);
    }
}
