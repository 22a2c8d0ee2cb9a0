package fr.missive.app.contacts.importing;

import static fr.missive.app.contacts.importing.ImportTestSupport.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.missive.app.contacts.importing.RowIssue.Severity;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each record of a file becomes a contact, or why it does not. */
class ContactImporterTest extends ImporterTestBase {

    private ImportReport importText(String text) throws IOException {
        return importFile(write(files, "contacts.csv", UTF_8, text));
    }

    @Test
    void rejectsARowWithoutAnyNameAndImportsTheOthers() throws IOException {
        ImportReport report = importText("Nom;Prénom;Courriel\nDUPONT;Jean;\n ; ;anonyme@free.fr\nMARTIN;;\n");
        assertThat(report.read()).isEqualTo(3);
        assertThat(report.inserted()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.issues()).extracting(RowIssue::line, RowIssue::severity, i -> i.reason().key())
                .containsExactly(tuple(3, Severity.REJECTED, "import.noName"));
        assertThat(contacts()).extracting(Contact::lastName).containsExactly("DUPONT", "MARTIN");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Oui | true", "oui | true", "YES | true", "x | true", "X | true", "1 | true", "vrai | true", "True | true",
        "Non | false", "no | false", "0 | false", "faux | false", "FALSE | false", "'' | false"})
    void readsTheUsualWordsForConsent(String cell, boolean accepts) throws IOException {
        ImportReport report = importText("Nom;Consentement\nDUPONT;" + cell + "\n");
        assertThat(report.issues()).isEmpty();
        assertThat(contact("DUPONT", "").consent().accepts()).isEqualTo(accepts);
    }

    @Test
    void takesAnUnknownConsentForNoAndReportsIt() throws IOException {
        ImportReport report = importText("Nom;Accepte les e-mails\nDUPONT;peut-être\n");
        assertThat(report.corrected()).isEqualTo(1);
        assertThat(report.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.severity()).isEqualTo(Severity.CORRECTED);
            assertThat(i.reason().key()).isEqualTo("import.consentUnknown");
            assertThat(i.reason().args()).containsExactly("peut-être");
        });
        assertThat(contact("DUPONT", "").consent().accepts()).isFalse();
    }

    @Test
    void readsTheKindInFrenchAndEnglishAndFallsBackToTheDefault() throws IOException {
        ImportReport report = importText("Nom;Type\nA;Élève\nB;responsable légal\nC;Guardian\nD;professeur\n"
                + "E;Staff\nF;autre\nG;\nH;cantinière\n");
        assertThat(contacts()).extracting(Contact::lastName, Contact::kind).containsExactly(
                tuple("A", ContactKind.PUPIL), tuple("B", ContactKind.GUARDIAN), tuple("C", ContactKind.GUARDIAN),
                tuple("D", ContactKind.TEACHER), tuple("E", ContactKind.STAFF), tuple("F", ContactKind.OTHER),
                tuple("G", ContactKind.PUPIL), tuple("H", ContactKind.PUPIL));
        assertThat(report.issues()).extracting(RowIssue::line, i -> i.reason().key())
                .containsExactly(tuple(9, "import.kindUnknown"));
    }

    @Test
    void usesTheDefaultKindOfTheRequest() throws IOException {
        CsvInspection inspection = inspector.inspect(write(files, "g.csv", UTF_8, "Nom\nDUPONT\n"));
        run(new ImportRequest(inspection, inspection.suggestedMapping(), ContactKind.GUARDIAN));
        assertThat(contact("DUPONT", "").kind()).isEqualTo(ContactKind.GUARDIAN);
    }

    @Test
    void importsRowsShorterAndLongerThanTheHeader() throws IOException {
        ImportReport report = importText("Nom;Prénom;Classe\nDUPONT\nMARTIN;Léa;3e A;en trop\nPETIT;Noé;4e B;;\n");
        assertThat(report.inserted()).isEqualTo(3);
        assertThat(contact("DUPONT", "").className()).isEmpty();
        assertThat(contact("MARTIN", "Léa").className()).isEqualTo("3e A");
        assertThat(report.issues()).extracting(RowIssue::line, RowIssue::severity, i -> i.reason().key())
                .containsExactly(tuple(3, Severity.CORRECTED, "import.extraValues"));
    }

    @Test
    void skipsEmptyLinesSilentlyAndCountsThemInLineNumbers() throws IOException {
        ImportReport report = importText("Nom;Adresse;Courriel\r\n\r\nA;\"1 rue X\r\nBât. B\";a@free.fr\r\n;;\r\n"
                + "B;2 rue Y;b@@free.fr\r\n\r\n\r\n");
        assertThat(report.read()).isEqualTo(2);
        assertThat(report.issues()).extracting(RowIssue::line).containsExactly(6);
    }

    @Test
    void joinsAddressLinesBeyondThree() throws IOException {
        ImportReport report = importText("Nom;Adresse 1;Adresse 2\nA;\"Bât. B\nEsc. C\";\"12 rue X\nLieu-dit Y\"\n");
        assertThat(contact("A", "").address().lines()).containsExactly("Bât. B", "Esc. C", "12 rue X, Lieu-dit Y");
        assertThat(report.issues()).extracting(i -> i.reason().key()).containsExactly("import.addressJoined");
    }

    @Test
    void keepsTheFirstOfSeveralAddressesInOneCell() throws IOException {
        ImportReport report = importText("Nom;Courriel\nA;\"mere@free.fr; pere@orange.fr\"\n");
        assertThat(contact("A", "").email()).hasToString("mere@free.fr");
        assertThat(report.issues()).extracting(i -> i.reason().key()).containsExactly("import.emailFirstKept");
    }

    @Test
    void rejectsARowWithAValueTooLongForTheDatabase() throws IOException {
        ImportReport report = importText("Nom;Code postal\nA;75019\nB;" + "9".repeat(21) + "\n");
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.reason().key()).isEqualTo("import.tooLong");
            assertThat(i.reason().args()).containsExactly("Code postal", 20);
        });
        assertThat(contacts()).extracting(Contact::lastName).containsExactly("A");
    }

    @Test
    void keepsUnknownColumnsAsCustomFieldsAndSkipsTheirEmptyValues() throws IOException {
        importText("Nom;Régime;Remarques\nA;demi-pensionnaire;\"Allergie\r\naux arachides\"\nB;;\n");
        assertThat(contact("A", "").custom()).containsExactly(Map.entry("Régime", "demi-pensionnaire"),
                Map.entry("Remarques", "Allergie\naux arachides"));
        assertThat(contact("B", "").custom()).isEmpty();
    }

    @Test
    void trimsValuesAndNoBreakSpaces() throws IOException {
        importText("Nom;Prénom;Classe\n  DUPONT\u00A0; Jean  Pierre ;\t3e A \n");
        Contact c = contact("DUPONT", "Jean Pierre");
        assertThat(c.className()).isEqualTo("3e A");
    }

    @Test
    void honoursAMappingChangedByTheUser() throws IOException {
        CsvInspection inspection = inspector.inspect(write(files, "m.csv", UTF_8,
                "Nom;Prénom;Courriel élève;Courriel\nDUPONT;Jean;jean@eleve.fr;parents@free.fr\n"));
        ColumnMapping mapping = ColumnMapping.parse("Courriel élève=email,Prénom=ignore", inspection.headers());
        run(new ImportRequest(inspection, mapping, ContactKind.PUPIL));
        Contact c = contact("DUPONT", "");
        assertThat(c.email()).hasToString("jean@eleve.fr");
        assertThat(c.custom()).containsExactly(Map.entry("Courriel", "parents@free.fr"));
    }

    @Test
    void reportsProgressOfReadingThenWriting() throws IOException {
        StringBuilder text = new StringBuilder("Nom\n");
        for (int i = 0; i < 1200; i++) {
            text.append("N").append(i).append('\n');
        }
        CsvInspection inspection = inspector.inspect(write(files, "p.csv", UTF_8, text.toString()));
        java.util.List<String> seen = new java.util.ArrayList<>();
        importer().run(new ImportRequest(inspection, inspection.suggestedMapping(), ContactKind.PUPIL),
                (phase, done, total) -> seen.add(phase + " " + done + "/" + total), () -> false);
        // New contacts are written while the file is read; the writing phase shows them at the end.
        assertThat(seen).startsWith("READING 0/1200", "READING 250/1200").contains("READING 1200/1200")
                .endsWith("WRITING 1200/1200");
        assertThat(seen.subList(0, seen.indexOf("READING 1200/1200"))).allMatch(s -> s.startsWith("READING"));
    }
}
