package fr.missive.app.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.contacts.Contact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A file of one character set with a few lines of another, or with a block of garbage, is read
 * in its own character set; the odd lines are rejected by number, never imported garbled.
 */
class MixedEncodingImportTest extends ImporterTestBase {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int LINES = 20_000;
    /** Far past the 64 KB the inspector samples for the separator. */
    private static final int STRAY_LINE = 10_002;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneWindows1252ByteDeepInAUtf8FileRejectsThatLineOnly() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("Nom;Prénom;Adresse;Commune\n"));
        for (int line = 2; line <= LINES; line++) {
            if (line == STRAY_LINE) {
                bytes.writeBytes("HÉLÈNE;Hélène;1 rue de la République;Lyon\n".getBytes(WINDOWS_1252));
            } else {
                bytes.writeBytes(utf8("DUPONT" + line + ";Élodie;" + line + " rue de la République;Lyon\n"));
            }
        }
        Path file = ImportTestSupport.write(files, "mixed.csv", bytes.toByteArray());

        CsvInspection inspection = inspector.inspect(file);
        assertThat(inspection.charset()).isEqualTo(StandardCharsets.UTF_8);
        ImportReport report = importFile(file);

        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(STRAY_LINE);
            assertThat(issue.severity()).isEqualTo(RowIssue.Severity.REJECTED);
            assertThat(issue.reason().key()).isEqualTo("import.undecodable");
        });
        assertThat(report.inserted()).isEqualTo(LINES - 2);
        assertThat(contacts()).allSatisfy(c -> {
            assertThat(c.firstName()).isEqualTo("Élodie");
            assertThat(c.address().line(0)).endsWith("rue de la République");
        });
    }

    @Test
    void aBlockOfBinaryGarbageAddsNoContact() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("Nom;Prénom;Commune\n"));
        int written = 0;
        for (int line = 2; line <= 8_000; line++) {
            // Past the 64 KB sample the inspector looks at for binary content.
            if (line == 6_000) {
                byte[] garbage = new byte[3 * 1024];
                new Random(17).nextBytes(garbage);
                bytes.writeBytes(garbage);
                bytes.writeBytes(utf8("\n"));
            }
            bytes.writeBytes(utf8("MARTIN" + line + ";Paul;Lyon\n"));
            written++;
        }
        Path file = ImportTestSupport.write(files, "garbage.csv", bytes.toByteArray());

        CsvInspection inspection = inspector.inspect(file);
        assertThat(inspection.charset()).isEqualTo(StandardCharsets.UTF_8);
        ImportReport report = importFile(file);

        List<Contact> contacts = contacts();
        assertThat(contacts).allSatisfy(c -> {
            assertThat(c.lastName()).matches("MARTIN\\d+");
            assertThat(c.firstName()).isEqualTo("Paul");
        });
        assertThat(report.rejected()).isPositive();
        assertThat(report.issues(RowIssue.Severity.REJECTED)).allSatisfy(issue -> assertThat(issue.line())
                .isGreaterThanOrEqualTo(6_000));
        // Every real line is there but the one the garbage ran into (no line break of its own).
        assertThat(contacts.size()).isBetween(written - 1, written);
    }

    @Test
    void aUtf8LineInAWindows1252FileIsRejectedNotGarbled() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Nom;Prénom;Adresse\n".getBytes(WINDOWS_1252));
        for (int line = 2; line <= 50; line++) {
            String row = "DURAND" + line + ";Hélène;" + line + " place de la République\n";
            bytes.writeBytes(line == 30 ? utf8(row) : row.getBytes(WINDOWS_1252));
        }
        Path file = ImportTestSupport.write(files, "cp1252-with-utf8.csv", bytes.toByteArray());

        assertThat(inspector.inspect(file).charset()).isEqualTo(WINDOWS_1252);
        ImportReport report = importFile(file);

        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(30);
            assertThat(issue.reason().key()).isEqualTo("import.mojibake");
            assertThat(issue.reason().args()).containsExactly("HÃ©lÃ¨ne");
        });
        assertThat(contacts()).hasSize(48).allSatisfy(c -> assertThat(c.firstName()).isEqualTo("Hélène"));
    }

    @Test
    void textGarbledBeforeItWasSavedAsUtf8IsRejected() throws IOException {
        Path file = ImportTestSupport.write(files, "double.csv", StandardCharsets.UTF_8,
                "Nom;Prénom;Adresse\nDUPONT;Élodie;12 rue de la RÃ©publique\nMARTIN;Paul;3 rue Pasteur\n"
                        + "LEROY;AnaÃ¯s;1 place de l’Église\nNOËL;Zoé;l’Ã©cole\n");
        ImportReport report = importFile(file);
        assertThat(report.issues()).extracting(RowIssue::line).containsExactly(2, 4, 5);
        assertThat(report.issues()).extracting(i -> i.reason().key()).containsOnly("import.mojibake");
        assertThat(contacts()).extracting(Contact::lastName).containsExactly("MARTIN");
    }

    @Test
    void controlCharactersInACellAreRemovedAndReported() throws IOException {
        Path file = ImportTestSupport.write(files, "control.csv", StandardCharsets.UTF_8,
                "Nom;Prénom;Remarque\nDU\u0000PONT;\u0001Élodie\u0002;ligne 1\nligne 2\u001B\nMARTIN;Paul;rien\n"
                        .replace("ligne 1\nligne 2\u001B", "\"ligne 1\nligne 2\u001B\"")
                        + java.util.stream.IntStream.range(0, 20).mapToObj(i -> "LEROY" + i + ";Anaïs;rien\n")
                                .collect(java.util.stream.Collectors.joining()));
        ImportReport report = importFile(file);
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.severity()).isEqualTo(RowIssue.Severity.CORRECTED);
            assertThat(issue.reason().key()).isEqualTo("import.controlCharacters");
        });
        Contact dupont = contact("DUPONT", "Élodie");
        assertThat(dupont.custom()).containsEntry("Remarque", "ligne 1\nligne 2");
        assertThat(report.inserted()).isEqualTo(22);
    }
}
