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

    /** How French school systems and English spreadsheets name one guardian's columns. */
    private static final List<String> FRENCH_GUARDIAN = List.of("resp. {n}", "responsable {n}",
            "responsable légal {n}", "représentant légal {n}", "du responsable {n}", "du responsable légal {n}",
            "du resp. {n}", "R{n}");
    private static final List<String> ENGLISH_GUARDIAN = List.of("guardian {n}", "legal guardian {n}", "parent {n}",
            "parent/guardian {n}", "carer {n}", "contact {n}");

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
        add(ContactField.GUARDIAN_NAME, "Responsable légal", "Responsable", "Représentant légal", "Nom du responsable",
                "Nom du responsable légal", "Guardian", "Legal guardian", "Parent/Guardian", "Parent or guardian",
                "Guardian name", "Parent");
        add(ContactField.PUPIL_LAST_NAME, "Nom élève", "Nom de l’élève", "Nom de l'élève", "Élève nom",
                "Nom de l’enfant", "Nom enfant", "Pupil last name", "Pupil surname", "Student last name",
                "Student surname", "Child last name", "Child surname");
        add(ContactField.PUPIL_FIRST_NAME, "Prénom élève", "Prénom de l’élève", "Prénom de l'élève", "Élève prénom",
                "Prénom de l’enfant", "Prénom enfant", "Pupil first name", "Student first name",
                "Child first name", "Pupil given name", "Student given name");
        add(ContactField.GUARDIAN_RANK, "Rang du responsable", "Rang responsable", "Numéro du responsable",
                "N° responsable", "Responsable n°", "Guardian rank", "Guardian number");
        for (int rank = 1; rank <= 2; rank++) {
            for (GuardianPart part : GuardianPart.values()) {
                addGuardianColumns(rank, part);
            }
        }
    }

    private static void addGuardianColumns(int rank, GuardianPart part) {
        ContactField field = ContactField.ofGuardian(rank, part);
        for (String qualifier : FRENCH_GUARDIAN) {
            String q = qualifier.replace("{n}", String.valueOf(rank));
            for (String word : frenchWords(part)) {
                add(field, word + " " + q, q + " " + word);
            }
        }
        for (String qualifier : ENGLISH_GUARDIAN) {
            String q = qualifier.replace("{n}", String.valueOf(rank));
            for (String word : englishWords(part)) {
                add(field, q + " " + word, word + " " + q);
            }
        }
    }

    private static List<String> frenchWords(GuardianPart part) {
        return switch (part) {
            case TITLE -> List.of("Civilité", "Titre");
            case LAST_NAME -> List.of("Nom", "Nom de famille");
            case FIRST_NAME -> List.of("Prénom");
            case ADDRESS_LINE_1 -> List.of("Adresse", "Adresse 1", "Adresse ligne 1");
            case ADDRESS_LINE_2 -> List.of("Adresse 2", "Adresse ligne 2", "Complément d’adresse");
            case ADDRESS_LINE_3 -> List.of("Adresse 3", "Adresse ligne 3");
            case POSTCODE -> List.of("Code postal", "CP");
            case CITY -> List.of("Commune", "Ville");
            case COUNTRY -> List.of("Pays");
            case EMAIL -> List.of("Courriel", "E-mail", "Mail", "Adresse électronique", "Adresse mail",
                    "Adresse e-mail");
            case PHONE -> List.of("Téléphone", "Tél.", "Tél. portable", "Téléphone portable", "Portable");
            case CONSENT -> List.of("Accepte les courriels", "Accepte les e-mails", "Accepte courriel",
                    "Consentement", "Accord courriel");
        };
    }

    private static List<String> englishWords(GuardianPart part) {
        return switch (part) {
            case TITLE -> List.of("Title");
            case LAST_NAME -> List.of("Last name", "Surname", "Family name");
            case FIRST_NAME -> List.of("First name", "Given name", "Forename");
            case ADDRESS_LINE_1 -> List.of("Address", "Address 1", "Address line 1", "Street");
            case ADDRESS_LINE_2 -> List.of("Address 2", "Address line 2");
            case ADDRESS_LINE_3 -> List.of("Address 3", "Address line 3");
            case POSTCODE -> List.of("Postcode", "Post code", "Postal code", "ZIP", "Zip code");
            case CITY -> List.of("City", "Town");
            case COUNTRY -> List.of("Country");
            case EMAIL -> List.of("E-mail", "Email address", "E-mail address", "Mail");
            case PHONE -> List.of("Phone", "Telephone", "Mobile", "Phone number");
            case CONSENT -> List.of("Accepts email", "Accepts e-mails", "Email consent", "Consent");
        };
    }

    private HeaderDictionary() {
    }

    private static void add(ContactField field, String... headers) {
        for (String header : headers) {
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
