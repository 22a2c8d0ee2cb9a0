package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.sandbox.SandboxFolder;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code missive --sandbox …}: every command runs on the demonstration sandbox, which sends only to its catcher. */
class SandboxCliTest {

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder, Locale.ENGLISH);
    }

    @Test
    void listsTheSampleContactsOfTheSandboxAndLeavesTheDataFolderAlone() {
        CliRunner.Result result = cli.run("--sandbox", "contacts", "list", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.jsonArray()).filteredOn(c -> "pupil".equals(c.get("kind"))).hasSize(13)
                .anySatisfy(c -> assertThat(c.get("lastName")).isEqualTo("BÉGUÉ"));
        assertThat(result.jsonArray()).filteredOn(c -> "guardian".equals(c.get("kind"))).hasSize(14);
        assertThat(folder.resolve("sandbox").resolve(SandboxFolder.MARKER)).exists();
        assertThat(folder.resolve("db")).doesNotExist();
        // Without --sandbox the data folder is the real one, still to set up.
        assertThat(cli.run("contacts", "list").exitCode()).isEqualTo(Cli.USAGE);
    }

    @Test
    void deliversToTheCatcherAndCopiesToItsSentFolder() {
        assertThat(cli.run("--sandbox", "send", "mail", "--to", "parent@example.org", "--subject", "Essai",
                "--body", "Bonjour").exitCode()).isZero();
        CliRunner.Result run = cli.run("--sandbox", "outbox", "run", "--until-empty", "--max-seconds", "30");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        var sent = cli.run("--sandbox", "sent", "list", "--format", "json").jsonArray();
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.get("subject")).isEqualTo("Essai");
            assertThat(m.get("status")).isEqualTo("sent");
            assertThat(m.get("sentFolderCopy")).isEqualTo("done");
        });
    }

    @Test
    void aBackupOfTheRealFolderLeavesTheSandboxOutAndARestoreLeavesItInPlace() throws Exception {
        assertThat(cli.run("init", "--institution", "Collège Réel", "--admin", "Directrice").exitCode()).isZero();
        assertThat(cli.run("--sandbox", "contacts", "list").exitCode()).isZero();
        Path archive = folder.resolveSibling(folder.getFileName() + "-backup.zip");
        try {
            assertThat(cli.run("backup", archive.toString()).exitCode()).isZero();
            try (var zip = new java.util.zip.ZipFile(archive.toFile())) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).isNotEmpty()
                        .noneMatch(name -> name.startsWith("sandbox"));
            }
            assertThat(cli.run("restore", archive.toString(), "--force").exitCode()).isZero();
            assertThat(cli.run("--sandbox", "contacts", "list", "--format", "json").jsonArray())
                    .filteredOn(c -> "pupil".equals(c.get("kind"))).hasSize(13);
        } finally {
            java.nio.file.Files.deleteIfExists(archive);
        }
    }

    @Test
    void refusesAnAccountOnARealServer() {
        assertThat(cli.run("--sandbox", "account", "add", "personal", "--name", "Réel", "--address",
                "claire.martin@gmail.com", "--host", "smtp.gmail.com", "--port", "587", "--security", "starttls",
                "--owner", "Claire Martin").exitCode()).isZero();
        CliRunner.Result test = cli.run("--sandbox", "account", "test", "Réel");
        assertThat(test.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(test.err()).contains("demonstration mailbox", "smtp.gmail.com:587", "Nothing was sent");
    }
}
