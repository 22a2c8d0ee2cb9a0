package fr.missive.app.contacts.importing;

/**
 * UTF-8 text read as Windows-1252: "é" becomes "Ã©", "’" becomes "â€™", a no-break space "Â ".
 * Recognised by a lead character Â, Ã or Å (the bytes C2, C3, C5 that start the UTF-8 form of
 * the Latin-1 letters, no-break space, « » °, Œ and œ) followed by a character whose
 * Windows-1252 byte can only continue a UTF-8 sequence, or by "â€" (E2 80, which starts ’ “ ”
 * – — …). French text has none of these pairs.
 */
final class Mojibake {

    private Mojibake() {
    }

    static boolean in(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'Â' || c == 'Ã' || c == 'Å') && isContinuation(text.charAt(i + 1))) {
                return true;
            }
            if (c == 'â' && text.charAt(i + 1) == '€' && i + 2 < text.length() && isContinuation(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character is what Windows-1252 reads for a byte from 0x80 to 0xBF. */
    private static boolean isContinuation(char c) {
        if (c >= '\u00A0' && c <= '\u00BF') {
            return true;
        }
        return switch (c) {
            case '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”', '•', '–', '—',
                 '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ' -> true;
            default -> false;
        };
    }
}
