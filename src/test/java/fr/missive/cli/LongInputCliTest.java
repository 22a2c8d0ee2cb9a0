package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A huge line or a very wide header gives a short message, and a wide header still has its separator found. */
class LongInputCliTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;
    /** Far longer than any excerpt, far shorter than the input. */
    private static final int SHORT_MESSAGE = 600;

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege().exitCode()).isZero();
    }

    @Test
    void aFiveMegabyteFirstLineIsQuotedAsAShortExcerpt() throws IOException {
        Path file = files.resolve("one-line.csv");
        Files.writeString(file, "Observations" + "x".repeat(FIVE_MB) + "\nDupont\n", StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("contacts", "import", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("No column separator", "Observationsxxx", "…");
        assertThat(r.err().length() + r.out().length()).isLessThan(SHORT_MESSAGE);
    }

    @Test
    void aFiveMegabyteValueIsQuotedAsAShortExcerptInTheReport() throws IOException {
        Path file = files.resolve("long-value.csv");
        Files.writeString(file, "Nom;Prénom;Courriel\nDupont;Jeanne;" + "a".repeat(FIVE_MB) + "\n",
                StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("contacts", "import", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("line 2: ", "aaaa…");
        assertThat(r.out().length()).isLessThan(SHORT_MESSAGE);
    }

    @Test
    void aHeaderOfTwentyThousandColumnsHasItsSeparatorFound() throws IOException {
        StringBuilder header = new StringBuilder("Nom,Prénom");
        StringBuilder row = new StringBuilder("Dupont,Jeanne");
        for (int i = 3; i <= 20_000; i++) {
            header.append(",Colonne ").append(i);
            row.append(",v").append(i);
        }
        Path file = files.resolve("wide.csv");
        Files.writeString(file, header + "\n" + row + "\n", StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("contacts", "import", file.toString(), "--dry-run");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Lines read: 1.");
        assertThat(r.out().length()).isLessThan(SHORT_MESSAGE);
    }

    @Test
    void aWideHeaderWithoutAnySeparatorIsReportedShortly() throws IOException {
        Path file = files.resolve("wide-spaces.csv");
        StringBuilder header = new StringBuilder("Remarques");
        for (int i = 0; i < 20_000; i++) {
            header.append(" Colonne").append(i);
        }
        Files.writeString(file, header + "\nune remarque\n", StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("contacts", "import", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("No column separator", "Remarques Colonne0");
        assertThat(r.err().length()).isLessThan(SHORT_MESSAGE);
    }

    @Test
    void anUnknownHeaderInMapListsTheColumnsShortly() throws IOException {
        StringBuilder header = new StringBuilder("Nom;Prénom");
        for (int i = 3; i <= 20_000; i++) {
            header.append(";Colonne ").append(i);
        }
        Path file = files.resolve("wide-map.csv");
        Files.writeString(file, header + "\nDupont;Jeanne\n", StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("contacts", "import", file.toString(), "--map", "Absente=email");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Absente", "Nom, Prénom, Colonne 3");
        assertThat(r.err().length()).isLessThan(SHORT_MESSAGE);
        List<Map<String, Object>> none = cli.run("contacts", "list", "--format", "json").jsonArray();
        assertThat(none).isEmpty();
    }
}
