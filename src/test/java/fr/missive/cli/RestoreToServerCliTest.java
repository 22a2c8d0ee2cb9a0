package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code missive restore FILE --database URL}: the backup of a one-PC folder in use (contacts, an
 * account whose password only the folder's key decrypts, a message delivered to GreenMail and
 * logged) restored into an empty PostgreSQL database as the school's shared one, on a new PC's
 * folder — the same lists, and the stored password still signs in; a database that holds tables
 * is refused.
 */
class RestoreToServerCliTest {

    private static final String LOGIN = "claire";
    private static final String PASSWORD = "Mot-de-passe-2026";
    private static final String ADDRESS = "claire.martin@college-test.fr";
    private static final List<String> LISTS = List.of("user", "contacts", "account", "sent");

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private GreenMail greenMail;
    private CliRunner cli;

    @BeforeEach
    void aFolderInUseOnOnePc() throws IOException {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
        cli = new CliRunner(folder, Locale.ENGLISH);
        ok(cli.initCollege("--city", "Lyon", "--address", "12 rue des Écoles", "--postcode", "69003"));
        ok(cli.run("contacts", "import", sample("guardians-utf8-bom.csv").toString()));
        ok(cli.runWithInput(PASSWORD + "\n", "account", "add", "personal", "--name", "Claire", "--address", ADDRESS,
                "--host", "127.0.0.1", "--port", String.valueOf(greenMail.getSmtp().getPort()), "--security", "none",
                "--user", LOGIN, "--password-stdin", "--allow-plain-password"));
        ok(cli.run("send", "mail", "--account", "Claire", "--to", "famille@example.org", "--subject", "Relevé",
                "--body", "Bonjour"));
        ok(cli.run("outbox", "run", "--until-empty"));
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void theBackupGoesIntoAnEmptyServerDatabaseWithItsListsAndItsPasswordsAndANonEmptyOneIsRefused()
            throws Exception {
        if ("true".equals(System.getenv("CI"))) {
            TestDatabases.serverUrl();
        }
        Assumptions.assumeTrue(TestDatabases.serverGiven(), "No PostgreSQL server: set "
                + TestDatabases.SERVER_VARIABLE + " (docs/several-pcs.md)");
        Map<String, Object> before = new LinkedHashMap<>();
        for (String list : LISTS) {
            before.put(list, cli.run(list, "list", "--format", "json").jsonArray());
        }
        Path archive = files.resolve("college.zip");
        ok(cli.run("backup", archive.toString()));
        DatabaseTarget.Server server = TestDatabases.newServerDatabase();
        String pc = "restore_" + HexFormat.of().formatHex(SecureRandom.getSeed(3));
        CliRunner newPc = new CliRunner(files.resolve("new-pc"), Locale.ENGLISH);
        try {
            CliRunner.Result restored = newPc.runWithInput(server.password() + "\n", "restore", archive.toString(),
                    "--database", server.url(), "--database-user", server.user(), "--database-password-stdin",
                    "--pc", pc);

            assertThat(restored.exitCode()).as(restored.err()).isZero();
            assertThat(restored.out()).contains("checked one by one").contains(server.url()).contains(pc);
            assertThat(restored.err()).contains("contact");
            assertThat(files.resolve("new-pc").resolve("database.properties")).exists();
            assertThat(files.resolve("new-pc").resolve("db")).doesNotExist();
            for (String list : LISTS) {
                assertThat(newPc.run(list, "list", "--format", "json").jsonArray()).as(list)
                        .isNotEmpty().isEqualTo(before.get(list));
            }
            // The password came across encrypted under the archive's key and still signs in (GreenMail checks it).
            CliRunner.Result test = newPc.run("account", "test", "Claire");
            assertThat(test.exitCode()).as(test.err()).isZero();
            assertThat(greenMail.getReceivedMessages()).hasSize(2);
            assertThat(newPc.run("database", "pcs").out()).contains(pc);

            CliRunner another = new CliRunner(files.resolve("another-pc"), Locale.ENGLISH);
            CliRunner.Result again = another.runWithInput(server.password() + "\n", "restore", archive.toString(),
                    "--database", server.url(), "--database-user", server.user(), "--database-password-stdin",
                    "--pc", pc + "b");
            assertThat(again.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(again.errLines()).hasSize(1).first().asString().contains("already a Missive database");
            assertThat(files.resolve("another-pc").resolve("database.properties")).doesNotExist();
        } finally {
            try (Connection c = TestDatabases.adminConnection(); Statement s = c.createStatement()) {
                s.execute("DROP ROLE IF EXISTS missive_pc_" + pc);
            }
        }
    }

    @Test
    void theDatabaseOptionsNeedTheDatabase() {
        CliRunner.Result refused = cli.runWithInput("x\n", "restore", files.resolve("none.zip").toString(),
                "--database-user", "missive", "--database-password-stdin");

        assertThat(refused.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(refused.errLines()).first().asString().contains("go with --database");
    }

    private static void ok(CliRunner.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    private Path sample(String name) throws IOException {
        Path file = files.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/contacts/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
