package fr.missive.model.letters;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.PostalAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The recipient's address as printed in the envelope window: title and name, up to three
 * street lines, then postcode and CITY in capitals, then the COUNTRY in capitals if any.
 */
public final class RecipientBlock {

    private RecipientBlock() {
    }

    public static List<String> of(Contact contact) {
        return of(List.of(contact));
    }

    /**
     * The block of a letter written to these contacts at the first one's address: one name line
     * for all of them ("Madame et Monsieur DURAND"), see {@link Addressees}.
     */
    public static List<String> of(List<Contact> addressees) {
        return of(addressees, Locale.FRENCH);
    }

    /** As {@link #of(List)} in a letter written in {@code language} ("Mrs and Mr DURAND"). */
    public static List<String> of(List<Contact> addressees, Locale language) {
        List<String> lines = new ArrayList<>();
        String name = Addressees.of(addressees, language).fullName();
        if (!name.isEmpty()) {
            lines.add(name);
        }
        PostalAddress address = addressees.get(0).address();
        lines.addAll(address.lines());
        String cityLine = (address.postcode() + " " + address.city().toUpperCase(Locale.ROOT)).strip();
        if (!cityLine.isEmpty()) {
            lines.add(cityLine);
        }
        if (!address.country().isEmpty()) {
            lines.add(address.country().toUpperCase(Locale.ROOT));
        }
        return lines;
    }
}
