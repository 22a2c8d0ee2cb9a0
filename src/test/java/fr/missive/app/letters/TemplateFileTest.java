package fr.missive.app.letters;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.i18n.Messages;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NoDatabase
class TemplateFileTest {

    static final String FILE = """
            ---
            designation: Convocation réunion parents-professeurs
            category: convocation
            subject: Réunion du {{date_rdv}} : {{full_name}}
            fields: date_rdv, heure_rdv
            ---
            Madame, Monsieur,

            Réunion le **{{date_rdv}}** à {{heure_rdv}}.

            - point 1
            - point 2
            """;

    @TempDir
    Path folder;

    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    void readsTheHeaderAndKeepsTheBodyAsWritten() {
        LetterTemplate t = TemplateFile.parse(FILE);
        assertThat(t.designation()).isEqualTo("Convocation réunion parents-professeurs");
        assertThat(t.category()).isEqualTo(Category.CONVOCATION);
        assertThat(t.subject()).isEqualTo("Réunion du {{date_rdv}} : {{full_name}}");
        assertThat(t.letterFields()).containsExactly("date_rdv", "heure_rdv");
        assertThat(t.body()).startsWith("Madame, Monsieur,\n\nRéunion").endsWith("- point 2\n");
    }

    /** A header copied from a YAML front matter lists the fields in brackets, sometimes quoted. */
    @Test
    void fieldsWrittenAsAYamlListAreTheSameFields() {
        String yaml = FILE.replace("fields: date_rdv, heure_rdv", "fields: [\"date_rdv\", 'heure_rdv']");
        assertThat(yaml).isNotEqualTo(FILE);

        assertThat(TemplateFile.parse(yaml).letterFields()).containsExactly("date_rdv", "heure_rdv");
        assertThat(TemplateFile.parse(FILE.replace("fields: date_rdv, heure_rdv", "fields: []")).letterFields())
                .isEmpty();
    }

    @Test
    void writingWhatWasReadGivesTheSameText() {
        assertThat(TemplateFile.write(TemplateFile.parse(FILE))).isEqualTo(FILE);
        LetterTemplate tricky = new LetterTemplate("Attestation", Category.CERTIFICATE, "",
                "---\nno header here\r\n\n\n  indented  \n", List.of());
        assertThat(TemplateFile.parse(TemplateFile.write(tricky))).isEqualTo(tricky);
    }

    @Test
    void roundTripsThroughAUtf8FileWithBomAndWindowsHeaderLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("convocation.md");
        TemplateFile.write(TemplateFile.parse(FILE), file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(FILE);
        assertThat(TemplateFile.read(file)).isEqualTo(TemplateFile.parse(FILE));

        Path windows = dir.resolve("windows.md");
        Files.write(windows, ("\uFEFF---\r\nDésignation : Absence\r\ncatégorie: Réunion\r\nobjet: Absence\r\n---\r\n"
                + "Corps\r\n").getBytes(StandardCharsets.UTF_8));
        LetterTemplate read = TemplateFile.read(windows);
        assertThat(read.designation()).isEqualTo("Absence");
        assertThat(read.category()).isEqualTo(Category.MEETING);
        assertThat(read.body()).isEqualTo("Corps\r\n");
    }

    static final String LABELLED = """
            ---
            designation: Convocation réunion parents-professeurs
            category: convocation
            subject: Réunion du {{date_rdv}} : {{full_name}}
            fields: date_rdv, heure_rdv, salle
            labels: date_rdv = Date du rendez-vous; heure_rdv = Heure (matin = 8 h)
            ---
            Madame, Monsieur,

            Réunion le **{{date_rdv}}** à {{heure_rdv}}, salle {{salle}}.
            """;

    @Test
    void aLetterWithFieldLabelsIsExportedAndImportedAsTheSameText() throws IOException {
        LetterTemplate read = TemplateFile.parse(LABELLED);
        assertThat(read.letterFields()).containsExactly("date_rdv", "heure_rdv", "salle");
        assertThat(read.fieldLabels()).containsExactly(Map.entry("date_rdv", "Date du rendez-vous"),
                Map.entry("heure_rdv", "Heure (matin = 8 h)"));
        Path exported = folder.resolve("labels.md");
        TemplateFile.write(read, exported);
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).isEqualTo(LABELLED);
        assertThat(TemplateFile.read(exported)).isEqualTo(read);
    }

    @Test
    void aFileWithoutLabelsOpensAndIsWrittenUnchanged() throws IOException {
        Path old = folder.resolve("ancien.md");
        Files.writeString(old, FILE, StandardCharsets.UTF_8);
        LetterTemplate read = TemplateFile.read(old);
        assertThat(read.fieldLabels()).isEmpty();
        assertThat(TemplateFile.write(read)).isEqualTo(FILE).doesNotContain("labels");
    }

    @Test
    void labelsMayBeWrittenInFrenchAndOnlyForDeclaredFields() {
        LetterTemplate read = TemplateFile.parse("---\ndésignation: x\nchamps: date_rdv\n"
                + "Libellés : date_rdv = Date du rendez-vous ; autre = Ignoré; sans signe égal\n---\nLe {{date_rdv}}");
        assertThat(read.fieldLabels()).containsExactly(Map.entry("date_rdv", "Date du rendez-vous"));
        assertThat(TemplateFile.write(read)).contains("labels: date_rdv = Date du rendez-vous\n");
    }

    @Test
    void errorsSayWhichLine() {
        assertError("Dear Sir,\n", "Line 1: a template file starts with a line \"---\", then designation, category and"
                + " subject, then \"---\".");
        assertError("---\ndesignation: x\nsubject: y\n", "Line 3: the header is not closed by a line \"---\".");
        assertError("---\ndesignation: x\nthe subject\n---\nbody", "Line 3: expected \"name: value\""
                + " (designation, category, subject or fields).");
        assertError("---\ndesignation: x\nauthor: me\n---\n", "Line 3: unknown header \"author\"; use designation,"
                + " category, subject, fields or labels.");
        assertError("---\ndesignation: x\ncategory: invitation\n---\n", "Line 3: unknown category \"invitation\";"
                + " use one of: absence, convocation, meeting, certificate, other.");
        assertError("---\ndesignation: x\ndesignation: y\n---\n", "Line 3: \"designation\" is given twice.");
        assertError("---\ncategory: other\n---\nbody", "Line 3: the header has no designation.");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsName() throws IOException {
        Path latin1 = folder.resolve("lettre.md");
        Files.write(latin1, "---\ndesignation: Réunion\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TemplateFile.read(latin1)).isInstanceOf(TemplateFileException.class)
                .extracting(e -> english.get(((TemplateFileException) e).userMessage()))
                .isEqualTo("The file lettre.md is not UTF-8 text: save it again as UTF-8.");
        assertThatThrownBy(() -> TemplateFile.read(folder.resolve("missing.md")))
                .isInstanceOf(TemplateFileException.class);
    }

    private void assertError(String text, String message) {
        assertThatThrownBy(() -> TemplateFile.parse(text)).as(text).isInstanceOf(TemplateFileException.class)
                .extracting(e -> english.get(((TemplateFileException) e).userMessage())).isEqualTo(message);
    }
}
