package fr.missive.app.contacts.importing;

import static fr.missive.app.contacts.importing.ImportTestSupport.sample;
import static fr.missive.app.contacts.importing.ImportTestSupport.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.contacts.importing.RowIssue.Severity;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Importing again updates the contacts already known instead of adding them twice. */
class ReimportTest extends ImporterTestBase {

    private ImportReport importText(String name, String text) throws IOException {
        return importFile(write(files, name, UTF_8, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {ImportTestSupport.CP1252_SAMPLE, ImportTestSupport.UTF8_SAMPLE})
    void updatesEveryContactWhenTheSameFileIsImportedAgain(String name) throws IOException {
        Path file = sample(files, name);
        ImportReport first = importFile(file);
        ImportReport second = importFile(file);
        assertThat(second.read()).isEqualTo(first.read());
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isEqualTo(first.inserted());
        assertThat(second.unchanged()).as("nothing to write again").isEqualTo(second.updated());
        assertThat(second.issues()).isEqualTo(first.issues());
        assertThat(contacts()).hasSize(first.inserted() + first.guardians().created());
        assertThat(second.guardians().created()).isZero();
        assertThat(second.guardians().linked()).isZero();
    }

    @Test
    void keepsTheDateOfAConsentThatDidNotChange() throws IOException {
        Path file = write(files, "c.csv", UTF_8, "Nom;Consentement\nA;oui\nB;non\n");
        importFile(file);
        write(files, "c.csv", UTF_8, "Nom;Consentement\nA;oui\nB;oui\n");
        CsvInspection again = inspector.inspect(file);
        importerOn(IMPORT_DAY.plusDays(30)).run(new ImportRequest(again, again.suggestedMapping(), ContactKind.PUPIL),
                ImportProgress.NONE, () -> false);
        assertThat(contact("A", "").consent().recordedOn()).isEqualTo(IMPORT_DAY);
        assertThat(contact("B", "").consent()).isEqualTo(Consent.given(IMPORT_DAY.plusDays(30), "import c.csv"));
    }

    @Test
    void matchesNamesAndAddressesIgnoringCaseAndAccents() throws IOException {
        importText("a.csv", "Nom;Prénom;Courriel;Classe\nBÉGUÉ;Océane;Oceane.Begue@Orange.fr;3e A\n");
        ImportReport report = importText("b.csv", "Nom;Prénom;Courriel;Classe\nBegue;OCEANE;oceane.begue@ORANGE.FR;4e A\n");
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isZero();
        assertThat(contacts()).singleElement().satisfies(c -> {
            assertThat(c.lastName()).isEqualTo("Begue");
            assertThat(c.className()).isEqualTo("4e A");
        });
    }

    @Test
    void matchesOnNamesAloneWhenTheFileHasNoEmailColumnAndKeepsWhatItDoesNotMap() throws IOException {
        importText("eleves.csv", "Nom;Prénom;Classe;Courriel;Commune;Remarque;Accepte les courriels\n"
                + "BÉGUÉ;Océane;3e A;lucas.begue@orange.fr;Ajaccio;allergie;Oui\n"
                + "SIMON;Noé;3e A;;Annecy;;Non\n");
        ImportReport report = importText("classes.csv", "Nom;Prénom;Classe\nBÉGUÉ;Océane;2nde 3\n");
        assertThat(report.updated()).isEqualTo(1);
        assertThat(contacts()).hasSize(2);
        Contact c = contact("BÉGUÉ", "Océane");
        assertThat(c.className()).isEqualTo("2nde 3");
        assertThat(c.email()).hasToString("lucas.begue@orange.fr");
        assertThat(c.address().city()).isEqualTo("Ajaccio");
        assertThat(c.custom()).containsKey("Remarque");
        assertThat(c.consent().accepts()).isTrue();
    }

    @Test
    void aCorrectedAddressCompletesTheContactInsteadOfAddingOne() throws IOException {
        importText("a.csv", "Nom;Prénom;Courriel\nLE GALL;Moussa;jean.dupont@@orange.fr\n");
        ImportReport report = importText("b.csv", "Nom;Prénom;Courriel\nLE GALL;Moussa;jean.dupont@orange.fr\n");
        assertThat(report.updated()).isEqualTo(1);
        assertThat(contacts()).singleElement().satisfies(c ->
                assertThat(c.email()).hasToString("jean.dupont@orange.fr"));
    }

    @Test
    void sameNamesWithAnotherAddressAreAnotherContact() throws IOException {
        importText("a.csv", "Nom;Prénom;Courriel\nMARTIN;Léa;lea.martin@free.fr\n");
        ImportReport report = importText("b.csv", "Nom;Prénom;Courriel\nMARTIN;Léa;lea.martin@orange.fr\n");
        assertThat(report.inserted()).isEqualTo(1);
        assertThat(contacts()).hasSize(2);
    }

    @Test
    void theKindIsPartOfTheIdentity() throws IOException {
        importText("a.csv", "Nom;Prénom;Type\nDUPONT;Jean;élève\n");
        ImportReport report = importText("b.csv", "Nom;Prénom;Type\nDUPONT;Jean;responsable\n");
        assertThat(report.inserted()).isEqualTo(1);
        assertThat(contacts()).extracting(Contact::kind).containsExactlyInAnyOrder(ContactKind.PUPIL,
                ContactKind.GUARDIAN);
    }

    @Test
    void keepsTheLaterOfTwoRowsForTheSameContactAndReportsTheEarlier() throws IOException {
        ImportReport report = importText("d.csv",
                "Nom;Prénom;Courriel;Classe\nDUPONT;Jean;jean@free.fr;3e A\nMARTIN;Léa;;5e B\nDupont;JEAN;Jean@FREE.fr;4e B\n");
        assertThat(report.read()).isEqualTo(3);
        assertThat(report.inserted()).isEqualTo(2);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.severity()).isEqualTo(Severity.DUPLICATE);
            assertThat(i.reason().args()).containsExactly("4");
        });
        assertThat(contact("Dupont", "JEAN").className()).isEqualTo("4e B");
    }

    @Test
    void refusesARowThatSeveralKnownContactsMatch() throws IOException {
        Contact twin = new Contact(null, ContactKind.PUPIL, "", "Jean", "DUPONT", "3e A", PostalAddress.EMPTY, null,
                Consent.refused(IMPORT_DAY, "test"), Map.of());
        store.save(twin);
        store.save(twin);
        ImportReport report = importText("a.csv", "Nom;Prénom;Classe\nDUPONT;Jean;4e A\n");
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.issues()).singleElement().satisfies(i -> {
            assertThat(i.reason().key()).isEqualTo("import.ambiguous");
            assertThat(i.reason().args()).containsExactly(2, "Jean DUPONT");
        });
        assertThat(contacts()).extracting(Contact::className).containsOnly("3e A");
    }

    @Test
    void updatesCustomFieldsAndRemovesTheOnesEmptiedInTheFile() throws IOException {
        Contact known = new Contact(null, ContactKind.PUPIL, "", "Jean", "DUPONT", "", PostalAddress.EMPTY,
                EmailAddress.parse("jean@free.fr"), Consent.given(IMPORT_DAY, "test"),
                Map.of("Régime", "externe"));
        store.save(known);
        importText("a.csv", "Nom;Prénom;Régime;Option\nDUPONT;Jean;;latin\n");
        assertThat(contact("DUPONT", "Jean").custom()).containsExactly(Map.entry("Option", "latin"));
    }
}
