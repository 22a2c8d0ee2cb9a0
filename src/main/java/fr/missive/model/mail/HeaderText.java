package fr.missive.model.mail;

/**
 * Rules for text that ends up on one line of the SMTP dialogue or of a mail header (subject,
 * sender name, user name, host). A CR or LF there would let the text start a header or a
 * command of its own, so it is refused, with the other control characters, rather than
 * silently cleaned: the user sees what was wrong.
 */
public final class HeaderText {

    private HeaderText() {
    }

    /** True when the text has a line break (CR, LF, NEL, LS, PS) or another control character but tab. */
    public static boolean hasForbiddenCharacter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
