package fr.missive.app.returns;

import fr.missive.model.EmailAddress;
import java.util.Locale;

/** One form of an address to compare reports with the log: ASCII (punycode) domain, lower case. */
final class Addresses {

    private Addresses() {
    }

    static String comparable(String address) {
        if (address == null) {
            return "";
        }
        String text = address.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        try {
            return EmailAddress.parse(text).toAscii().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAnAddress) {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    static boolean same(String a, String b) {
        return comparable(a).equals(comparable(b));
    }
}
