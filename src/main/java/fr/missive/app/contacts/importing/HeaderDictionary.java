package fr.missive.app.contacts.importing;

import fr.missive.model.text.Folding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column headers French and English exports commonly use, compared as {@link Folding#word}
 * (so "E-mail", "Email" and "EMAIL" are one entry). Exact matches only: "Courriel" is the
 * address but "Accepte les courriels" is the consent, which a "contains" rule would confuse.
 */
final class HeaderDictionary {

    private static final Map<String, ContactField> WORDS = new HashMap<>();

    static {
        add(ContactField.TITLE, "Civilité", "Titre", "Title");
        add(ContactField.FIRST_NAME, "Prénom", "First name", "Given name");
        add(ContactField.LAST_NAME, "Nom", "Nom de famille", "Last name", "Surname", "Family name");
        add(ContactField.CLASS_NAME, "Classe", "Division", "Class", "Form", "Year group", "Organisation",
                "Organization");
        add(ContactField.EMAIL, "Courriel", "E-mail", "Mail", "Adresse électronique", "Adresse mail",
                "Adresse e-mail", "E-mail address");
        add(ContactField.ADDRESS_LINE_1, "Adresse", "Adresse 1", "Address", "Address 1", "Address line 1", "Street");
        add(ContactField.ADDRESS_LINE_2, "Adresse 2", "Address 2", "Address line 2");
        add(ContactField.ADDRESS_LINE_3, "Adresse 3", "Address 3", "Address line 3");
        add(ContactField.POSTCODE, "Code postal", "CP", "Postcode", "Post code", "Postal code", "ZIP", "Zip code");
        add(ContactField.CITY, "Commune", "Ville", "City", "Town");
        add(ContactField.COUNTRY, "Pays", "Country");
        add(ContactField.CONSENT, "Accepte les courriels", "Accepte les e-mails", "Consentement", "Consent",
                "Accepts email", "Email consent");
        add(ContactField.KIND, "Type", "Catégorie", "Kind");
    }

    private HeaderDictionary() {
    }

    private static void add(ContactField field, String... headers) {
        for (String header : List.of(headers)) {
            ContactField previous = WORDS.put(Folding.word(header), field);
            if (previous != null && previous != field) {
                throw new IllegalStateException(header + " is listed for " + previous + " and " + field);
            }
        }
    }

    static Optional<ContactField> fieldFor(String header) {
        return Optional.ofNullable(WORDS.get(Folding.word(header)));
    }
}
