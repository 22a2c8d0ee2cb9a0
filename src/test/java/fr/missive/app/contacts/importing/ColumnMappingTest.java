package fr.missive.app.contacts.importing;

import fr.missive.store.db.NoDatabase;
import static fr.missive.app.contacts.importing.ContactField.ADDRESS_LINE_1;
import static fr.missive.app.contacts.importing.ContactField.ADDRESS_LINE_2;
import static fr.missive.app.contacts.importing.ContactField.ADDRESS_LINE_3;
import static fr.missive.app.contacts.importing.ContactField.CITY;
import static fr.missive.app.contacts.importing.ContactField.CLASS_NAME;
import static fr.missive.app.contacts.importing.ContactField.CONSENT;
import static fr.missive.app.contacts.importing.ContactField.COUNTRY;
import static fr.missive.app.contacts.importing.ContactField.CUSTOM;
import static fr.missive.app.contacts.importing.ContactField.EMAIL;
import static fr.missive.app.contacts.importing.ContactField.FIRST_NAME;
import static fr.missive.app.contacts.importing.ContactField.IGNORE;
import static fr.missive.app.contacts.importing.ContactField.KIND;
import static fr.missive.app.contacts.importing.ContactField.LAST_NAME;
import static fr.missive.app.contacts.importing.ContactField.POSTCODE;
import static fr.missive.app.contacts.importing.ContactField.TITLE;
import static fr.missive.app.contacts.importing.ImportTestSupport.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@NoDatabase
class ColumnMappingTest {

    private static final List<String> FRENCH = List.of("Nom", "Prénom", "Classe", "Responsable légal", "Courriel",
            "Adresse", "Code postal", "Commune", "Accepte les courriels");

    @Test
    void suggestsTheFieldsOfFrenchHeaders() {
        assertThat(ColumnMapping.suggest(FRENCH).targets()).containsExactly(LAST_NAME, FIRST_NAME, CLASS_NAME,
                ContactField.GUARDIAN_NAME, EMAIL, ADDRESS_LINE_1, POSTCODE, CITY, CONSENT);
    }

    @Test
    void suggestsTheFieldsOfEnglishHeaders() {
        List<String> headers = List.of("Title", "Surname", "Given name", "Year group", "E-mail", "Address line 1",
                "Address line 2", "Town", "Post code", "Country", "Email consent", "Kind");
        assertThat(ColumnMapping.suggest(headers).targets()).containsExactly(TITLE, LAST_NAME, FIRST_NAME, CLASS_NAME,
                EMAIL, ADDRESS_LINE_1, ADDRESS_LINE_2, CITY, POSTCODE, COUNTRY, CONSENT, KIND);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NOM DE FAMILLE | LAST_NAME", "  prenom  | FIRST_NAME", "PRÉNOM | FIRST_NAME", "family_name | LAST_NAME",
        "DIVISION | CLASS_NAME", "Organisation | CLASS_NAME", "Form | CLASS_NAME",
        "adresse ELECTRONIQUE | EMAIL", "Adresse mail | EMAIL", "MAIL | EMAIL", "e_mail | EMAIL", "Email | EMAIL",
        "adresse 2 | ADDRESS_LINE_2", "Adresse 3 | ADDRESS_LINE_3", "Street | ADDRESS_LINE_1",
        "cp | POSTCODE", "Zip code | POSTCODE", "ZIP | POSTCODE", "ville | CITY", "PAYS | COUNTRY",
        "civilite | TITLE", "Titre | TITLE", "Accepte les e-mails | CONSENT", "CONSENTEMENT | CONSENT",
        "Accepts email | CONSENT", "Catégorie | KIND", "TYPE | KIND"})
    void recognisesHeadersWhateverTheirCaseAccentsAndSeparators(String header, ContactField expected) {
        assertThat(ColumnMapping.suggest(List.of(header)).target(0)).isEqualTo(expected);
    }

    @Test
    void keepsEveryUnknownColumnAsACustomField() {
        ColumnMapping m = ColumnMapping.suggest(List.of("Nom", "Remarque", "Régime", "Date de naissance"));
        assertThat(m.targets()).containsExactly(LAST_NAME, CUSTOM, CUSTOM, CUSTOM);
        assertThat(m.customName(1)).isEqualTo("Remarque");
        assertThat(m.customName(2)).isEqualTo("Régime");
    }

    @Test
    void givesEachFieldToTheFirstColumnOnly() {
        ColumnMapping m = ColumnMapping.suggest(List.of("Nom", "Courriel", "E-mail", "Nom"));
        assertThat(m.targets()).containsExactly(LAST_NAME, EMAIL, CUSTOM, CUSTOM);
    }

    @Test
    void namesCustomFieldsUniquelyEvenWithoutHeader() {
        ColumnMapping m = ColumnMapping.suggest(List.of("Nom", "Note", "", "Note"));
        assertThat(m.customName(2)).isEqualTo("Column 3");
        assertThat(m.customName(3)).isEqualTo("Note (2)");
    }

    @Test
    void withGivesAFieldToAnotherColumnAndKeepsTheFormerAsCustom() {
        ColumnMapping suggested = ColumnMapping.suggest(FRENCH);
        ColumnMapping changed = suggested.with(3, EMAIL);
        assertThat(changed.target(3)).isEqualTo(EMAIL);
        assertThat(changed.target(4)).isEqualTo(CUSTOM);
        assertThat(suggested.target(4)).as("immutable").isEqualTo(EMAIL);
        assertThat(changed.with(0, FIRST_NAME).targets()).startsWith(FIRST_NAME, CUSTOM, CLASS_NAME, EMAIL);
    }

    @Test
    void parseOverridesTheSuggestion() {
        ColumnMapping m = ColumnMapping.parse("Responsable légal=email, Adresse = ignore,prenom=custom", FRENCH);
        assertThat(m.targets()).containsExactly(LAST_NAME, CUSTOM, CLASS_NAME, EMAIL, CUSTOM, IGNORE, POSTCODE, CITY,
                CONSENT);
    }

    @Test
    void parseAcceptsFieldCodesInAnyCase() {
        assertThat(ColumnMapping.parse("Classe=FIRST_NAME,Prénom=address1", FRENCH).targets())
                .startsWith(LAST_NAME, ADDRESS_LINE_1, FIRST_NAME);
    }

    @Test
    void parseOfNothingIsTheSuggestion() {
        assertThat(ColumnMapping.parse(" ", FRENCH)).isEqualTo(ColumnMapping.suggest(FRENCH));
        assertThat(ColumnMapping.parse(null, FRENCH)).isEqualTo(ColumnMapping.suggest(FRENCH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Téléphone=custom | import.map.unknownHeader",
        "Nom=surname | import.map.unknownField",
        "Nom | import.map.malformed",
        "=lastName | import.map.malformed",
        "Nom=lastName,nom=ignore | import.map.columnTwice",
        "Classe=email,Adresse=email | import.map.fieldTwice"})
    void parseRefusesAWrongSpecificationClearly(String spec, String key) {
        assertFails(() -> ColumnMapping.parse(spec, FRENCH), key);
    }

    @Test
    void parseSaysWhichHeadersExist() {
        assertThat(assertFails(() -> ColumnMapping.parse("Tel=custom", FRENCH), "import.map.unknownHeader")
                .userMessage().args()).containsExactly("Tel", String.join(", ", FRENCH));
    }

    @Test
    void specificationRoundTrips() {
        ColumnMapping m = ColumnMapping.suggest(FRENCH).with(3, IGNORE);
        assertThat(ColumnMapping.parse(m.toSpec(), FRENCH)).isEqualTo(m);
    }

    @Test
    void fieldCodesAreTheCommandLineWords() {
        assertThat(Arrays.stream(ContactField.values()).map(ContactField::code)).containsExactly("title", "firstName",
                "lastName", "className", "address1", "address2", "address3", "postcode", "city", "country", "email",
                "consent", "kind", "guardianName", "pupilLastName", "pupilFirstName", "guardianRank",
                "guardian1.title", "guardian1.lastName", "guardian1.firstName", "guardian1.address1",
                "guardian1.address2", "guardian1.address3", "guardian1.postcode", "guardian1.city", "guardian1.country",
                "guardian1.email", "guardian1.phone", "guardian1.consent",
                "guardian2.title", "guardian2.lastName", "guardian2.firstName", "guardian2.address1",
                "guardian2.address2", "guardian2.address3", "guardian2.postcode", "guardian2.city", "guardian2.country",
                "guardian2.email", "guardian2.phone", "guardian2.consent", "custom", "ignore");
        for (ContactField f : ContactField.values()) {
            assertThat(ContactField.fromCode(f.code())).contains(f);
            ImportTestSupport.assertTranslated(fr.missive.model.UserMessage.of(f.labelKey()));
        }
    }
}
