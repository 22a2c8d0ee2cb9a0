package fr.missive.model.letters;

import fr.missive.model.contacts.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of whom one letter is written to, as the address block and the {@code addressee_…}
 * fields print them, in the letter's language. One person: their own title and names, as the
 * contact has them. Two or more sharing one letter: their titles written in full and
 * "DURAND" when they share their last name ("Madame et Monsieur DURAND", "Mrs and Mr DURAND"),
 * else each one's title and name joined by the language's "and" ("Madame DURAND et Monsieur
 * MARTIN", "Mrs DURAND and Mr MARTIN").
 */
public record Addressees(String title, String firstName, String lastName, String fullName) {

    /** Abbreviated titles written in full when two persons share a line, as French letters do. */
    private static final Map<String, String> IN_FULL_FRENCH = Map.of(
            "mme", "Madame", "m.", "Monsieur", "m", "Monsieur", "mr", "Monsieur", "mlle", "Mademoiselle",
            "mrs", "Mrs", "ms", "Ms");

    /**
     * The same titles in an English letter: English keeps the short forms ("Mr and Mrs"), so a
     * French « Mme » or « Madame » on file reads "Mrs" there.
     */
    private static final Map<String, String> IN_FULL_ENGLISH = Map.ofEntries(
            Map.entry("mme", "Mrs"), Map.entry("madame", "Mrs"), Map.entry("mrs", "Mrs"), Map.entry("mrs.", "Mrs"),
            Map.entry("m.", "Mr"), Map.entry("m", "Mr"), Map.entry("monsieur", "Mr"), Map.entry("mr", "Mr"),
            Map.entry("mr.", "Mr"), Map.entry("mlle", "Miss"), Map.entry("mademoiselle", "Miss"),
            Map.entry("miss", "Miss"), Map.entry("ms", "Ms"), Map.entry("ms.", "Ms"));

    /** The names of a letter written in French. */
    public static Addressees of(List<Contact> addressees) {
        return of(addressees, Locale.FRENCH);
    }

    /** The names of a letter written in {@code language} (French unless English is asked). */
    public static Addressees of(List<Contact> addressees, Locale language) {
        if (addressees.isEmpty()) {
            return new Addressees("", "", "", "");
        }
        if (addressees.size() == 1) {
            Contact one = addressees.get(0);
            return new Addressees(one.title(), one.firstName(), one.lastName(),
                    (one.title() + " " + one.displayName()).strip());
        }
        boolean english = language != null && "en".equals(language.getLanguage());
        List<String> titles = new ArrayList<>();
        List<String> lastNames = new ArrayList<>();
        List<String> firstNames = new ArrayList<>();
        List<String> each = new ArrayList<>();
        for (Contact c : addressees) {
            String title = inFull(c.title(), english ? IN_FULL_ENGLISH : IN_FULL_FRENCH);
            titles.add(title);
            firstNames.add(c.firstName());
            if (!lastNames.contains(c.lastName())) {
                lastNames.add(c.lastName());
            }
            each.add((title + " " + c.lastName()).strip());
        }
        String and = english ? " and " : " et ";
        String lastName = String.join(and, lastNames);
        String title = String.join(and, titles.stream().filter(t -> !t.isEmpty()).toList());
        String fullName = lastNames.size() == 1 ? (title + " " + lastName).strip() : String.join(and, each);
        return new Addressees(title, String.join(and, firstNames.stream().filter(f -> !f.isEmpty()).toList()),
                lastName, fullName);
    }

    private static String inFull(String title, Map<String, String> inFull) {
        return inFull.getOrDefault(title.strip().toLowerCase(Locale.ROOT), title.strip());
    }
}
