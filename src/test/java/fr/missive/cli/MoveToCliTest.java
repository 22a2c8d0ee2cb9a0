package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private FolderInUse inUse;
    private CliRunner cli;

    @BeforeEach
    void aFolderInUseOnOnePc() throws IOException {
        inUse = FolderInUse.setUp(folder, files);
        cli = inUse.cli();
    }

    @AfterEach
    void stop() {
        inUse.close();
    }

    @Test
    void movesEveryTableToTheServerChecksThemAndSwitchesThisPc() throws Exception {
        TestDatabases.requireServer("move a folder up");
        DatabaseTarget.Server server = TestDatabases.newServerDatabase();
        String pc = TestDatabases.newPcName();
        Map<String, Object> before = FolderInUse.lists(cli);

        CliRunner.Result moved = cli.runWithInput(server.password() + "\n", "database", "move-to", server.url(),
                "--database-user", server.user(), "--database-password-stdin", "--pc", pc);

        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("checked one by one").contains(folder.resolve("db").toString());
        assertThat(moved.err()).contains("contact");
        assertThat(folder.resolve("database.properties")).exists();
        for (String list : FolderInUse.LISTS) {
            assertThat(cli.run(list, "list", "--format", "json").jsonArray()).as(list)
                    .isNotEmpty().isEqualTo(before.get(list));
        }
        // The stored password came across encrypted and still opens the account (GreenMail checks it).
        int received = inUse.messagesReceived();
        FolderInUse.ok(cli.run("account", "test", FolderInUse.ACCOUNT));
        assertThat(inUse.messagesReceived()).isEqualTo(received + 1);
        assertThat(cli.run("database", "pcs").out()).contains(pc);
        // The folder's own database is still there, whole: without the connection file it opens again.
        Path connection = folder.resolve("database.properties");
        Files.move(connection, files.resolve("database.properties"));
        assertThat(FolderInUse.lists(cli)).isEqualTo(before);
        Files.move(files.resolve("database.properties"), connection);

        CliRunner.Result again = cli.runWithInput(server.password() + "\n", "database", "move-to", server.url(),
                "--database-user", server.user(), "--database-password-stdin");
        assertThat(again.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(again.errLines()).hasSize(1).first().asString().contains("already uses a shared database");
    }

    @Test
    void anEmptyFolderHasNothingToMove() {
        CliRunner empty = new CliRunner(files.resolve("new"), Locale.ENGLISH);

        CliRunner.Result refused = empty.runWithInput("x\n", "database", "move-to",
                "jdbc:postgresql://127.0.0.1:9/missive", "--database-user", "missive", "--database-password-stdin");

        assertThat(refused.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(refused.errLines()).hasSize(1).first().asString().contains("has no database to move");
    }
}
