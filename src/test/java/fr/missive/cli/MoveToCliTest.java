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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code missive database move-to}: a one-PC folder set up and used through the real commands
 * (contacts, an account whose password only the folder's key decrypts, a message delivered to
 * GreenMail and logged) moved up to an empty PostgreSQL database, compared row by row by the
 * command, then used from there — down to the stored password — while its own database files
 * are left as they were.
 */
class MoveToCliTest {

    private static final String LOGIN = "claire";
    private static final String PASSWORD = "Mot-de-passe-2026";
    private static final String ADDRESS = "claire.martin@college-test.fr";

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
        ok(cli.run("user", "add", "Paul Durand", "--email", "paul.durand@college-test.fr"));
        ok(cli.run("contacts", "import", sample("guardians-utf8-bom.csv").toString()));
        ok(cli.runWithInput(PASSWORD + "\n", "account", "add", "personal", "--name", "Claire", "--address", ADDRESS,
                "--host", "127.0.0.1", "--port", String.valueOf(greenMail.getSmtp().getPort()), "--security", "none",
                "--user", LOGIN, "--password-stdin", "--allow-plain-password"));
        ok(cli.run("account", "test", "Claire"));
        ok(cli.run("send", "mail", "--account", "Claire", "--to", "famille@example.org", "--subject", "Relevé",
                "--body", "Bonjour"));
        ok(cli.run("outbox", "run", "--until-empty"));
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void movesEveryTableToTheServerChecksThemAndSwitchesThisPc() throws Exception {
        if ("true".equals(System.getenv("CI"))) {
            TestDatabases.serverUrl();
        }
        Assumptions.assumeTrue(TestDatabases.serverGiven(), "No PostgreSQL server: set "
                + TestDatabases.SERVER_VARIABLE + " (docs/several-pcs.md)");
        DatabaseTarget.Server server = TestDatabases.newServerDatabase();
        String pc = "move_" + HexFormat.of().formatHex(SecureRandom.getSeed(3));
        List<String> lists = List.of("user", "contacts", "account", "sent");
        java.util.Map<String, Object> before = new java.util.LinkedHashMap<>();
        for (String list : lists) {
            before.put(list, cli.run(list, "list", "--format", "json").jsonArray());
        }
        try {
            CliRunner.Result moved = cli.runWithInput(server.password() + "\n", "database", "move-to", server.url(),
                    "--database-user", server.user(), "--database-password-stdin", "--pc", pc);

            assertThat(moved.exitCode()).as(moved.err()).isZero();
            assertThat(moved.out()).contains("checked one by one").contains(folder.resolve("db").toString());
            assertThat(moved.err()).contains("contact");
            assertThat(folder.resolve("database.properties")).exists();
            for (String list : lists) {
                assertThat(cli.run(list, "list", "--format", "json").jsonArray()).as(list)
                        .isNotEmpty().isEqualTo(before.get(list));
            }
            // The stored password came across encrypted and still opens the account (GreenMail checks it).
            CliRunner.Result test = cli.run("account", "test", "Claire");
            assertThat(test.exitCode()).as(test.err()).isZero();
            assertThat(greenMail.getReceivedMessages()).hasSize(3);
            assertThat(cli.run("database", "pcs").out()).contains(pc);
            // The folder's own database is still there, whole: without the connection file it opens again.
            Path connection = folder.resolve("database.properties");
            Files.move(connection, files.resolve("database.properties"));
            for (String list : lists) {
                assertThat(cli.run(list, "list", "--format", "json").jsonArray()).as(list).isEqualTo(before.get(list));
            }
            Files.move(files.resolve("database.properties"), connection);

            CliRunner.Result again = cli.runWithInput(server.password() + "\n", "database", "move-to", server.url(),
                    "--database-user", server.user(), "--database-password-stdin");
            assertThat(again.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(again.errLines()).hasSize(1).first().asString().contains("already uses a shared database");
        } finally {
            try (Connection c = TestDatabases.adminConnection(); Statement s = c.createStatement()) {
                s.execute("DROP ROLE IF EXISTS missive_pc_" + pc);
            }
        }
    }

    @Test
    void anEmptyFolderHasNothingToMove() {
        CliRunner empty = new CliRunner(files.resolve("new"), Locale.ENGLISH);

        CliRunner.Result refused = empty.runWithInput("x\n", "database", "move-to",
                "jdbc:postgresql://127.0.0.1:9/missive", "--database-user", "missive", "--database-password-stdin");

        assertThat(refused.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(refused.errLines()).hasSize(1).first().asString().contains("has no database to move");
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
