package fr.missive.model.mail;

import java.util.Arrays;

/**
 * A password on its way to a server. Not a record and not a String, so it never shows in a
 * log line, an exception message or a debugger's summary: {@link #toString()} hides it.
 */
public final class Password {

    private final char[] chars;

    private Password(char[] chars) {
        this.chars = chars;
    }

    public static Password of(String text) {
        return new Password(text.toCharArray());
    }

    public static Password of(char[] chars) {
        return new Password(chars.clone());
    }

    /** The clear text, for the one library call that needs it. */
    public String reveal() {
        return new String(chars);
    }

    public boolean isEmpty() {
        return chars.length == 0;
    }

    /** Overwrites the characters once the password is no longer needed. */
    public void clear() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
