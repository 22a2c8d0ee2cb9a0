package fr.missive.ui.contacts;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.text.Folding;
import java.util.Arrays;
import java.util.List;
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
        String haystack = Folding.name(String.join(" ", contact.firstName(), contact.lastName(), contact.className(),
                contact.emailAddress().map(Object::toString).orElse(""), contact.address().city()));
        return words.stream().allMatch(haystack::contains);
    }

    private static List<String> words(String text) {
        String folded = Folding.name(text).strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(SPACES.split(folded));
    }
}
