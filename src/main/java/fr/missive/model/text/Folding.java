package fr.missive.model.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for comparison: secretaries type "Élève", "ELEVE" and "eleve" for the same word,
 * and spreadsheets mix typographic and straight apostrophes, so names and headers are compared
 * without case, accents or such variants. Letters that are not an accented base letter in
 * Unicode (ø, ł, đ, ß …) are spelt the way a French keyboard user types them, so "orsted"
 * finds "Ørsted". Shared by the import's matching, the contacts search and the list order.
 *
 * <p>Hand-written loops rather than regular expressions: these run several times for each of
 * the 100,000 rows of a large import.
 */
public final class Folding {

    private Folding() {
    }

    /** Lower case, no accents, one straight apostrophe, single spaces: for names. */
    public static String name(String text) {
        String s = singleLine(text).toLowerCase(Locale.ROOT);
        if (isAscii(s)) {
            return s;
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> { }
                default -> {
                    switch (c) {
                        case '\u2019', '\u2018', '\u02BC' -> folded.append('\'');
                        case 'œ' -> folded.append("oe");
                        case 'æ' -> folded.append("ae");
                        case 'ø' -> folded.append('o');
                        case 'ł' -> folded.append('l');
                        case 'đ', 'ð' -> folded.append('d');
                        case 'ß' -> folded.append("ss");
                        case 'ı' -> folded.append('i');
                        default -> folded.append(c);
                    }
                }
            }
        }
        return folded.toString();
    }

    /**
     * Letters and digits only: "E-mail", "e_mail" and "EMAIL " all give "email", and
     * "Adresse électronique" gives "adresseelectronique". For column headers and cell words.
     */
    public static String word(String text) {
        String s = name(text);
        StringBuilder word = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            }
        }
        return word.toString();
    }

    /**
     * One line of text: every run of white space, line breaks and no-break spaces included,
     * becomes one space, and the ends are trimmed (no-break spaces included, which
     * {@link String#strip()} keeps).
     */
    public static String singleLine(String text) {
        if (isSingleLine(text)) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = line.length() > 0;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return line.toString();
    }

    /** True when there is no white space at either end, and none inside but single spaces. */
    private static boolean isSingleLine(String text) {
        int n = text.length();
        if (n > 0 && (isSpace(text.charAt(0)) || isSpace(text.charAt(n - 1)))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
