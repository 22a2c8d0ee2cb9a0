package fr.missive.app.contacts.importing;

import fr.missive.store.db.NoDatabase;
import static fr.missive.app.contacts.importing.ImportTestSupport.assertFails;
import static fr.missive.app.contacts.importing.ImportTestSupport.sample;
import static fr.missive.app.contacts.importing.ImportTestSupport.write;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@NoDatabase
class CsvInspectorTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path folder;

    private final CsvInspector inspector = new CsvInspector();

    @Test
    void readsTheWindows1252SampleWithSemicolonsAndCrlf() throws IOException {
        CsvInspection i = inspector.inspect(sample(folder, ImportTestSupport.CP1252_SAMPLE));
        assertThat(i.charset()).isEqualTo(WINDOWS_1252);
        assertThat(i.byteOrderMark()).isFalse();
        assertThat(i.delimiter()).isEqualTo(';');
        assertThat(i.headers()).containsExactly("Nom", "Prénom", "Classe", "Responsable légal", "Courriel", "Adresse",
                "Code postal", "Commune", "Accepte les courriels");
        assertThat(i.recordCount()).isEqualTo(50);
        assertThat(i.preview()).hasSize(CsvInspector.PREVIEW_ROWS);
        assertThat(i.preview().get(0).line()).isEqualTo(2);
        assertThat(i.preview().get(0).values()).startsWith("BÉGUÉ", "Océane", "3e A", "M. Lucas Bégué");
        assertThat(i.fingerprint().size()).isEqualTo(Files.size(i.file()));
    }

    @Test
    void readsTheUtf8SampleWithByteOrderMarkAndCommas() throws IOException {
        CsvInspection i = inspector.inspect(sample(folder, ImportTestSupport.UTF8_SAMPLE));
        assertThat(i.charset()).isEqualTo(UTF_8);
        assertThat(i.byteOrderMark()).isTrue();
        assertThat(i.delimiter()).isEqualTo(',');
        assertThat(i.headers()).first().isEqualTo("Last name");
        assertThat(i.recordCount()).isEqualTo(6);
        assertThat(i.preview().get(0).values()).startsWith("Nguyễn", "Thị Hương");
    }

    @Test
    void takesStrictUtf8WithoutByteOrderMarkForUtf8() throws IOException {
        CsvInspection i = inspector.inspect(write(folder, "u.csv", UTF_8, "Nom;Prénom\nÉLODIE;Zoë\nŒUVRE;Siobhán\n"));
        assertThat(i.charset()).isEqualTo(UTF_8);
        assertThat(i.byteOrderMark()).isFalse();
        assertThat(i.preview().get(1).values()).containsExactly("ŒUVRE", "Siobhán");
    }

    @Test
    void takesAFileWithOneInvalidUtf8ByteNearTheEndForWindows1252() throws IOException {
        StringBuilder text = new StringBuilder("Nom;Prénom\n");
        for (int i = 0; i < 5000; i++) {
            text.append("DUPONT;Jean\n");
        }
        text.append("O’NEILL;Œdipe €\n");
        CsvInspection i = inspector.inspect(write(folder, "w.csv", WINDOWS_1252, text.toString()));
        assertThat(i.charset()).isEqualTo(WINDOWS_1252);
        assertThat(i.recordCount()).isEqualTo(5001);
        assertThat(i.headers()).containsExactly("Nom", "Prénom");
    }

    @Test
    void readsAWindows1252FileBehindAUtf8MarkAsWindows1252() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("Nom;Prénom\r\nO’NEILL;Siobhán\r\n".getBytes(WINDOWS_1252));
        CsvInspection i = inspector.inspect(write(folder, "b.csv", bytes.toByteArray()));
        assertThat(i.charset()).isEqualTo(WINDOWS_1252);
        assertThat(i.byteOrderMark()).isTrue();
        assertThat(i.headers()).containsExactly("Nom", "Prénom");
        assertThat(i.preview().get(0).values()).containsExactly("O’NEILL", "Siobhán");
    }

    @Test
    void takesPureAsciiForUtf8() throws IOException {
        CsvInspection i = inspector.inspect(write(folder, "a.csv", UTF_8, "Nom,Prenom\nDupont,Jean\n"));
        assertThat(i.charset()).isEqualTo(UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsUtf16ByItsByteOrderMark(String name) throws IOException {
        Charset charset = Charset.forName(name);
        byte[] bom = charset.equals(UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write("Nom\tPrénom\r\nNguyễn\tThị Hương\r\n".getBytes(charset));
        CsvInspection i = inspector.inspect(write(folder, "x.csv", bytes.toByteArray()));
        assertThat(i.charset()).isEqualTo(charset.equals(UTF_16LE) ? UTF_16LE : UTF_16BE);
        assertThat(i.byteOrderMark()).isTrue();
        assertThat(i.delimiter()).isEqualTo('\t');
        assertThat(i.headers()).containsExactly("Nom", "Prénom");
        assertThat(i.preview().get(0).values()).containsExactly("Nguyễn", "Thị Hương");
    }

    static Stream<Arguments> separatedFiles() {
        return Stream.of(
                arguments("Nom\tPrénom\tAdresse\nDUPONT\tJean\t12, rue des Écoles; bât. B\n", '\t'),
                arguments("Nom,Prénom,Adresse\nDUPONT,Jean,\"12, rue des Écoles; bât. B\"\nMARTIN,Léa,\"3; 4\"\n", ','),
                arguments("Nom;Prénom;Adresse\r\nDUPONT;Jean;\"12, rue des Écoles; bât. B\"\r\nMARTIN;Léa;3, 4\r\n", ';'));
    }

    @ParameterizedTest
    @MethodSource("separatedFiles")
    void detectsTheSeparatorOutsideQuotes(String text, char expected) throws IOException {
        CsvInspection i = inspector.inspect(write(folder, "s.csv", UTF_8, text));
        assertThat(i.delimiter()).isEqualTo(expected);
        assertThat(i.preview().get(0).values()).containsExactly("DUPONT", "Jean", "12, rue des Écoles; bât. B");
    }

    @Test
    void prefersTheSeparatorThatGivesEveryLineTheSameColumns() throws IOException {
        // Unquoted commas in addresses: more commas than semicolons overall, but not on every line.
        CsvInspection i = inspector.inspect(write(folder, "s.csv", UTF_8,
                "Nom;Prénom;Adresse\nDUPONT;Jean;12, rue A, bât. B, esc. C\nMARTIN;Léa;3, rue B, apt 4, étage 2\n"
                        + "PETIT;Noé;place de l'Église\n"));
        assertThat(i.delimiter()).isEqualTo(';');
    }

    @Test
    void countsPhysicalLinesAcrossQuotedLineBreaksAndBlankLines() throws IOException {
        CsvInspection i = inspector.inspect(write(folder, "l.csv", UTF_8,
                "Nom;Adresse\n\nA;\"1 rue X\nBât. B\nEsc. C\"\n\nB;2 rue Y\nC;3 rue Z\n\n\n"));
        assertThat(i.recordCount()).isEqualTo(3);
        assertThat(i.preview()).extracting(CsvRow::line).containsExactly(3, 7, 8);
        assertThat(i.preview().get(0).value(1)).isEqualTo("1 rue X\nBât. B\nEsc. C");
    }

    @Test
    void acceptsRowsShorterAndLongerThanTheHeader() throws IOException {
        CsvInspection i = inspector.inspect(write(folder, "r.csv", UTF_8, "Nom;Prénom;Classe\nA\nB;b;3e A;extra\n"));
        assertThat(i.recordCount()).isEqualTo(2);
        assertThat(i.preview().get(0).value(2)).isEmpty();
        assertThat(i.preview().get(1).values()).hasSize(4);
    }

    @Test
    void acceptsASingleColumnOfNames() throws IOException {
        CsvInspection i = inspector.inspect(write(folder, "n.csv", UTF_8, "Nom\nDUPONT\nMARTIN\n"));
        assertThat(i.headers()).containsExactly("Nom");
        assertThat(i.recordCount()).isEqualTo(2);
    }

    @Test
    void refusesASingleColumnThatIsNotAName() throws IOException {
        Path file = write(folder, "letter.txt", UTF_8, "Madame, Monsieur\nVeuillez trouver ci-joint\n");
        assertFails(() -> inspector.inspect(file), "import.noDelimiter");
    }

    @Test
    void refusesAMissingFile() {
        assertFails(() -> inspector.inspect(folder.resolve("absent.csv")), "import.fileNotFound");
    }

    @Test
    void refusesAFolder() {
        assertFails(() -> inspector.inspect(folder), "import.notAFile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n\r\n", "   \n\t\n", "\uFEFF"})
    void refusesAnEmptyFile(String text) throws IOException {
        Path file = write(folder, "e.csv", UTF_8, text);
        assertFails(() -> inspector.inspect(file), "import.emptyFile");
    }

    @Test
    void refusesASpreadsheetSavedAsXlsx() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 'x', 'l', '/', 'w', 'o', 'r', 'k'};
        Path file = write(folder, "eleves.xlsx", zip);
        assertFails(() -> inspector.inspect(file), "import.binaryFile");
    }

    @Test
    void refusesAFileOfControlCharactersWithoutNulBytes() throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 26);
        }
        Path file = write(folder, "noise.csv", bytes);
        assertFails(() -> inspector.inspect(file), "import.binaryFile");
    }

    @Test
    void skipsRowsOfEmptyCellsBeforeTheHeader() throws IOException {
        CsvInspection i = inspector.inspect(write(folder, "h.csv", UTF_8, ";;\n ; ; \nNom;Prénom;Classe\nDUPONT;Jean;3e A\n"));
        assertThat(i.headers()).containsExactly("Nom", "Prénom", "Classe");
        assertThat(i.preview()).singleElement().extracting(CsvRow::line).isEqualTo(4);
    }

    @Test
    void refusesAFirstRowWithoutAnyLetter() throws IOException {
        Path file = write(folder, "n.csv", UTF_8, "1;75019;2010-05-12\n2;75011;2011-06-13\n");
        assertFails(() -> inspector.inspect(file), "import.noHeader");
    }

    @Test
    void refusesAFileThatStartsWithData() throws IOException {
        Path file = write(folder, "d.csv", UTF_8, "DUPONT;Jean;jean.dupont@orange.fr\nMARTIN;Léa;lea@free.fr\n");
        assertFails(() -> inspector.inspect(file), "import.noHeader");
    }

    @Test
    void refusesAQuoteThatIsNeverClosedAndSaysWhere() throws IOException {
        Path file = write(folder, "q.csv", UTF_8, "Nom;Adresse\nA;1 rue X\nB;\"2 rue Y\nC;3 rue Z\n");
        assertThat(assertFails(() -> inspector.inspect(file), "import.unclosedQuote").userMessage().args())
                .containsExactly("q.csv", "3");
    }

    @Test
    void suggestsTheMappingOfItsHeaders() throws IOException {
        CsvInspection i = inspector.inspect(write(folder, "m.csv", UTF_8, "Prénom;Nom\nJean;DUPONT\n"));
        assertThat(i.suggestedMapping().targets()).isEqualTo(List.of(ContactField.FIRST_NAME, ContactField.LAST_NAME));
    }
}
