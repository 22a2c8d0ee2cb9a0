package fr.missive.ui.contacts;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the contacts list is narrowed to: words to find, a kind, a class. Words match the
 * names, class, e-mail and city regardless of case and accents, so "begue" finds "BÈGUE"
 * and "orsted" finds "Ørsted"; every word must match somewhere.
 *
 * @param kind      {@code null} for every kind
 * @param className {@code null} for every class
 */
record ContactFilter(String text, ContactKind kind, String className) {

    static final ContactFilter NONE = new ContactFilter("", null, null);

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    ContactFilter {
        text = text == null ? "" : text;
    }

    boolean isActive() {
        return !text.isBlank() || kind != null || className != null;
    }

    boolean matches(Contact contact) {
        if (kind != null && contact.kind() != kind) {
            return false;
        }
        if (className != null && !className.equals(contact.className())) {
            return false;
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            return true;
        }
        String haystack = fold(String.join(" ", contact.firstName(), contact.lastName(), contact.className(),
                contact.emailAddress().map(Object::toString).orElse(""), contact.address().city()));
        return words.stream().allMatch(haystack::contains);
    }

    private static List<String> words(String text) {
        String folded = fold(text).strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(SPACES.split(folded));
    }

    /**
     * Lower case without accents. Letters that are not an accented base letter in Unicode
     * (ø, ł, œ …) are spelt the way a French keyboard user would type them.
     */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT)
                .replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ð", "d")
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ı", "i");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
