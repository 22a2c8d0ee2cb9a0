package fr.missive.model.letters;

import fr.missive.model.contacts.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of whom one letter is written to, as the address block and the {@code addressee_…}
 * fields print them. One person: their own title and names. Two or more sharing one letter:
 * "Madame et Monsieur" and "DURAND" when they share their last name ("Madame et Monsieur
 * DURAND"), else each one's title and name joined by "et" ("Madame DURAND et Monsieur MARTIN").
 */
public record Addressees(String title, String firstName, String lastName, String fullName) {

    /** Abbreviated titles written in full when two persons share a line, as French letters do. */
    private static final Map<String, String> IN_FULL = Map.of(
            "mme", "Madame", "m.", "Monsieur", "m", "Monsieur", "mr", "Monsieur", "mlle", "Mademoiselle",
            "mrs", "Mrs", "ms", "Ms");

    public static Addressees of(List<Contact> addressees) {
        if (addressees.isEmpty()) {
            return new Addressees("", "", "", "");
        }
        if (addressees.size() == 1) {
            Contact one = addressees.get(0);
            return new Addressees(one.title(), one.firstName(), one.lastName(),
                    (one.title() + " " + one.displayName()).strip());
        }
        List<String> titles = new ArrayList<>();
        List<String> lastNames = new ArrayList<>();
        List<String> firstNames = new ArrayList<>();
        List<String> each = new ArrayList<>();
        for (Contact c : addressees) {
            String title = inFull(c.title());
            titles.add(title);
            firstNames.add(c.firstName());
            if (!lastNames.contains(c.lastName())) {
                lastNames.add(c.lastName());
            }
            each.add((title + " " + c.lastName()).strip());
        }
        String and = " et ";
        String lastName = String.join(and, lastNames);
        String title = String.join(and, titles.stream().filter(t -> !t.isEmpty()).toList());
        String fullName = lastNames.size() == 1 ? (title + " " + lastName).strip() : String.join(and, each);
        return new Addressees(title, String.join(and, firstNames.stream().filter(f -> !f.isEmpty()).toList()),
                lastName, fullName);
    }

    private static String inFull(String title) {
        return IN_FULL.getOrDefault(title.strip().toLowerCase(Locale.ROOT), title.strip());
    }
}
