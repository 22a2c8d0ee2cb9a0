package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.render.PdfProbe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code missive letter import|export|list|render} on a real data folder, PDFs read back with PDFBox. */
class LetterCliTest {

    static final String CONVOCATION = """
            ---
            designation: Convocation parents
            category: convocation
            subject: Rendez-vous au sujet de {{first_name}}
            fields: date_rdv
            ---
            Madame, Monsieur,

            Je vous prie de venir au collège le **{{date_rdv}}** au sujet de {{first_name}} {{last_name}} ({{class}}).

            Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
            """;

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRunner(folder, Locale.FRENCH);
        assertThat(cli.initCollege(
                "--address", "12 avenue des Frères-Lumière", "--postcode", "69008", "--city", "Lyon").exitCode())
                .isZero();
        Path csv = files.resolve("eleves.csv");
        Files.writeString(csv, """
                Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel
                SIMON;Anaïs;3e A;59 chemin du Moulin;74000;Annecy;anais.simon@example.org
                BÈGUE;Océane;3e A;2 rue de la Paix;69001;Lyon;
                ΑΛΕΞΊΟΥ;Νίκος;4e B;Οδός Ερμού 12;105 63;Αθήνα;
                SANSADRESSE;Léo;3e A;;;;leo@example.org
                """, StandardCharsets.UTF_8);
        CliRunner.Result imported = cli.run("contacts", "import", csv.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    private Path template(String name, String text) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String pdfText(Path pdf) throws IOException {
        return PdfProbe.text(Files.readAllBytes(pdf));
    }

    @Test
    void importsListsAndExportsTheSameText() throws IOException {
        CliRunner.Result imported = cli.run("letter", "import", template("convocation.md", CONVOCATION).toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Lettre type «\u00a0Convocation parents\u00a0» importée (convocation).");

        List<Map<String, Object>> list = cli.run("letter", "list", "--format", "json").jsonArray();
        assertThat(list).singleElement().satisfies(t -> assertThat(t)
                .containsEntry("designation", "Convocation parents").containsEntry("category", "convocation")
                .containsEntry("subject", "Rendez-vous au sujet de {{first_name}}")
                .containsEntry("letterFields", List.of("date_rdv")).containsEntry("updatedBy", "Claire Martin"));
        assertThat(cli.run("letter", "list").out()).contains("DESIGNATION", "Convocation parents", "date_rdv");

        CliRunner.Result toStdout = cli.run("letter", "export", "convocation PARENTS");
        assertThat(toStdout.exitCode()).isZero();
        assertThat(toStdout.out()).isEqualTo(CONVOCATION);
        Path exported = files.resolve("export.md");
        assertThat(cli.run("letter", "export", "Convocation parents", "--out", exported.toString()).exitCode()).isZero();
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).isEqualTo(CONVOCATION);

        CliRunner.Result again = cli.run("letter", "import", exported.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("Une lettre type s’appelle déjà");
        assertThat(cli.run("letter", "import", "--replace", exported.toString()).exitCode()).isZero();
    }

    @Test
    void duplicatesRenamesAndDeletes() throws IOException {
        cli.run("letter", "import", template("convocation.md", CONVOCATION).toString());
        CliRunner.Result copy = cli.run("letter", "duplicate", "Convocation parents");
        assertThat(copy.exitCode()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("«\u00a0Copie de Convocation parents\u00a0»");
        CliRunner.Result taken = cli.run("letter", "rename", "Copie de Convocation parents", "convocation PARENTS");
        assertThat(taken.exitCode()).isEqualTo(2);
        assertThat(taken.err()).contains("Désignation\u00a0: Une lettre type s’appelle déjà");
        assertThat(cli.run("letter", "rename", "Copie de Convocation parents", "Convocation 3e").exitCode()).isZero();
        assertThat(cli.run("letter", "delete", "Convocation parents").exitCode()).isZero();
        assertThat(cli.run("letter", "list", "--format", "json").jsonArray()).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("designation", "Convocation 3e")
                        .containsEntry("letterFields", List.of("date_rdv")));
        assertThat(cli.run("letter", "delete", "Convocation parents").exitCode()).isEqualTo(2);
    }

    @Test
    void refusedFilesAndLettersExitTwoWithTheLine() throws IOException {
        CliRunner.Result noHeader = cli.run("letter", "import", template("a.md", "---\ndesignation: x\ncolour: red\n"
                + "---\nText").toString());
        assertThat(noHeader.exitCode()).isEqualTo(2);
        assertThat(noHeader.errLines()).singleElement().asString().startsWith("missive: Ligne 3\u00a0: en-tête");

        CliRunner.Result unknownField = cli.run("letter", "import", template("b.md", "---\ndesignation: x\n---\n"
                + "Bonjour {{prenom}}").toString());
        assertThat(unknownField.exitCode()).isEqualTo(2);
        // On the command line, where letter files are written with codes, a field is named both ways.
        assertThat(unknownField.err()).contains("Champ inconnu\u00a0: {{prenom}}", "Prénom ({{first_name}})");

        // Each field at fault on a line of its own, named as the user knows it.
        CliRunner.Result twoFaults = cli.run("letter", "import", template("c.md", "---\ndesignation: y\n"
                + "fields: [date-rdv]\n---\n").toString());
        assertThat(twoFaults.exitCode()).isEqualTo(2);
        assertThat(twoFaults.errLines()).containsExactlyInAnyOrder("missive: Texte\u00a0: La lettre n’a pas de texte.",
                "missive: Champs propres au courrier\u00a0: «\u00a0date-rdv\u00a0» ne peut pas être un nom de champ\u00a0:"
                        + " lettres, chiffres et _ seulement.");

        CliRunner.Result missing = cli.run("letter", "export", "Nope");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Il n’existe pas de lettre type");
        assertThat(cli.run("letter", "list", "--format", "json").jsonArray()).isEmpty();
    }

    @Test
    void rendersOnePdfPerContactWithTheMergedText() throws IOException {
        cli.run("letter", "import", template("convocation.md", CONVOCATION).toString());
        Path out = files.resolve("courriers");
        CliRunner.Result r = cli.run("letter", "render", "Convocation parents", "--contacts", "class=3e A",
                "--out", out.toString(), "--field", "date_rdv=mardi 1er décembre à 17 h 30");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 courriers écrits dans " + out);
        assertThat(r.err()).contains("attention\u00a0: Léo SANSADRESSE n’a pas d’adresse postale");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("SIMON Anaïs.pdf", "BÈGUE Océane.pdf", "SANSADRESSE Léo.pdf");
        }
        assertThat(pdfText(out.resolve("SIMON Anaïs.pdf"))).contains("Collège Jean Moulin",
                "Lyon, le ", "Anaïs SIMON", "59 chemin du Moulin", "74000 ANNECY",
                "Rendez-vous au sujet de Anaïs", "mardi 1er décembre à 17 h 30", "au sujet de Anaïs SIMON", "(3e A)",
                "Claire Martin");
        assertThat(pdfText(out.resolve("SANSADRESSE Léo.pdf"))).contains("(adresse postale manquante)");
    }

    @Test
    void rendersACombinedFileToPrint() throws IOException {
        cli.run("letter", "import", template("convocation.md", CONVOCATION).toString());
        Path combined = files.resolve("impression.pdf");
        CliRunner.Result r = cli.run("letter", "render", "Convocation parents", "--contacts", "all",
                "--combined", combined.toString(), "--field", "date_rdv=lundi");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (PDDocument document = Loader.loadPDF(combined.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Collège Jean Moulin");
        }
        assertThat(pdfText(combined)).contains("Νίκος ΑΛΕΞΊΟΥ", "Οδός Ερμού 12", "Océane BÈGUE", "Anaïs SIMON",
                "Objet");

        Path english = files.resolve("english.pdf");
        assertThat(cli.run("letter", "render", "Convocation parents", "--contacts", "ids=1", "--language", "en",
                "--combined", english.toString(), "--field", "date_rdv=Monday").exitCode()).isZero();
        assertThat(pdfText(english)).contains("Subject").doesNotContain("Objet");
    }

    @Test
    void checksEverythingBeforeRendering() throws IOException {
        cli.run("letter", "import", template("convocation.md", CONVOCATION).toString());
        Path out = files.resolve("courriers");
        CliRunner.Result noField = cli.run("letter", "render", "Convocation parents", "--contacts", "all",
                "--out", out.toString());
        assertThat(noField.exitCode()).isEqualTo(2);
        assertThat(noField.err()).contains("Indiquez la valeur de ces champs pour cet envoi\u00a0: Date rdv ({{date_rdv}})",
                "--field date_rdv=VALEUR");
        assertThat(out).doesNotExist();

        for (String[] args : List.of(
                new String[] {"letter", "render", "Convocation parents", "--contacts", "3e A", "--out", out.toString()},
                new String[] {"letter", "render", "Convocation parents", "--contacts", "kind=parents", "--out",
                        out.toString()},
                new String[] {"letter", "render", "Convocation parents", "--contacts", "search=personne", "--out",
                        out.toString(), "--field", "date_rdv=x"},
                new String[] {"letter", "render", "Convocation parents", "--contacts", "all"},
                new String[] {"letter", "render", "Absent", "--contacts", "all", "--out", out.toString()})) {
            CliRunner.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.err()).doesNotContain("Exception");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void aLetterFileWithControlCharactersImportsReportsTheLinesAndRenders() throws IOException {
        String text = CONVOCATION.replace("Madame, Monsieur,\n", "Madame,\u0000\u0001\u0002 Monsieur,\n")
                .replace("({{class}}).", "({{class}}).\u001B");
        CliRunner.Result imported = cli.run("letter", "import", template("controle.md", text).toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("ligne 7\u00a0: caractères de contrôle retirés",
                "ligne 9\u00a0: caractères de contrôle retirés");
        Path out = files.resolve("controle");
        CliRunner.Result r = cli.run("letter", "render", "Convocation parents", "--contacts", "class=3e A",
                "--out", out.toString(), "--field", "date_rdv=lundi\u0000");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Exception", "glyph");
        try (var pdfs = Files.list(out)) {
            for (Path pdf : pdfs.toList()) {
                assertThat(pdfText(pdf)).contains("Madame, Monsieur,").doesNotContain("\uFFFD");
            }
        }
    }
}
