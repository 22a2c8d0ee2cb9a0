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
final class ContactFilter {

    static final ContactFilter NONE = new ContactFilter("", null, null);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String text;
    private final ContactKind kind;
    private final String className;
    /** The words folded once, not once per contact: a school has a hundred thousand of them. */
    private final List<String> words;

    ContactFilter(String text, ContactKind kind, String className) {
        this.text = text == null ? "" : text;
        this.kind = kind;
        this.className = className;
        this.words = words(this.text);
    }

    boolean isActive() {
        return !text.isBlank() || kind != null || className != null;
    }

    boolean matches(Contact contact) {
        return matches(contact, searchText(contact));
    }

    /** As {@link #matches(Contact)}, with the contact's {@link #searchText} already made. */
    boolean matches(Contact contact, String searchText) {
        if (kind != null && contact.kind() != kind) {
            return false;
        }
        if (className != null && !className.equals(contact.className())) {
            return false;
        }
        for (String word : words) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** What the words are looked for in: names, class, e-mail and city, folded. */
    static String searchText(Contact contact) {
        return searchText(contact, Folding::name);
    }

    /** As {@link #searchText(Contact)}, each part folded by {@code fold} (which may remember what it folded). */
    static String searchText(Contact contact, java.util.function.UnaryOperator<String> fold) {
        StringBuilder text = new StringBuilder(64);
        for (String part : new String[] {contact.firstName(), contact.lastName(), contact.className(),
            contact.emailAddress().map(Object::toString).orElse(""), contact.address().city()}) {
            String folded = part == null ? "" : fold.apply(part);
            if (!folded.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(folded);
            }
        }
        return text.toString();
    }

    private static List<String> words(String text) {
        String folded = Folding.name(text).strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(SPACES.split(folded));
    }
}
