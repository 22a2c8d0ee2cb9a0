package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.AppVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code missive log path|show}: the window's journal read from the command line. */
class LogCliTest {

    @TempDir
    Path folder;

    @Test
    void pathPrintsTheJournalFileOfTheDataFolder() {
        CliRunner.Result result = new CliRunner(folder, Locale.ENGLISH).run("log", "path");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo(folder.resolve("missive.log").toAbsolutePath().toString());
    }

    @Test
    void showPrintsTheEndOfTheJournalAndWithSupportTheVersionsFirst() throws Exception {
        Files.writeString(folder.resolve("missive.log.1"), "2026-12-05 INFO older session\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("missive.log"), "2026-12-06 SEVERE fr.missive: Unexpected failure\n",
                StandardCharsets.UTF_8);
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);

        CliRunner.Result plain = cli.run("log", "show");
        CliRunner.Result support = cli.run("log", "show", "--support", "--kb", "1");

        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).isEqualTo("2026-12-05 INFO older session\n"
                + "2026-12-06 SEVERE fr.missive: Unexpected failure\n");
        assertThat(support.out()).startsWith("Missive " + AppVersion.current())
                .contains("Java " + System.getProperty("java.version"))
                .endsWith("SEVERE fr.missive: Unexpected failure\n");
    }

    @Test
    void anEmptyJournalIsSaidOnStandardErrorInTheUsersLanguage() {
        CliRunner.Result result = new CliRunner(folder, Locale.FRENCH).run("log", "show");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Le journal est encore vide");
    }

    @Test
    void aSizeBelowOneKilobyteIsAUsageError() {
        CliRunner.Result result = new CliRunner(folder, Locale.ENGLISH).run("log", "show", "--kb", "0");

        assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("--kb must be a number of KB above 0.");
    }
}
