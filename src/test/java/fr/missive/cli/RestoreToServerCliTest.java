package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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
    void theBackupGoesIntoAnEmptyServerDatabaseWithItsListsAndItsPasswordsAndANonEmptyOneIsRefused() {
        TestDatabases.requireServer("restore a backup on it");
        Map<String, Object> before = FolderInUse.lists(cli);
        Path archive = files.resolve("college.zip");
        FolderInUse.ok(cli.run("backup", archive.toString()));
        DatabaseTarget.Server server = TestDatabases.newServerDatabase();
        String pc = TestDatabases.newPcName();
        CliRunner newPc = new CliRunner(files.resolve("new-pc"), Locale.ENGLISH);

        CliRunner.Result restored = newPc.runWithInput(server.password() + "\n", "restore", archive.toString(),
                "--database", server.url(), "--database-user", server.user(), "--database-password-stdin",
                "--pc", pc);

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("checked one by one").contains(server.url()).contains(pc);
        assertThat(restored.err()).contains("contact");
        assertThat(files.resolve("new-pc").resolve("database.properties")).exists();
        assertThat(files.resolve("new-pc").resolve("db")).doesNotExist();
        for (String list : FolderInUse.LISTS) {
            assertThat(newPc.run(list, "list", "--format", "json").jsonArray()).as(list)
                    .isNotEmpty().isEqualTo(before.get(list));
        }
        // The password came across encrypted under the archive's key and still signs in (GreenMail checks it).
        int received = inUse.messagesReceived();
        FolderInUse.ok(newPc.run("account", "test", FolderInUse.ACCOUNT));
        assertThat(inUse.messagesReceived()).isEqualTo(received + 1);
        assertThat(newPc.run("database", "pcs").out()).contains(pc);

        CliRunner another = new CliRunner(files.resolve("another-pc"), Locale.ENGLISH);
        CliRunner.Result again = another.runWithInput(server.password() + "\n", "restore", archive.toString(),
                "--database", server.url(), "--database-user", server.user(), "--database-password-stdin",
                "--pc", TestDatabases.newPcName());
        assertThat(again.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(again.errLines()).hasSize(1).first().asString().contains("already a Missive database");
        assertThat(files.resolve("another-pc").resolve("database.properties")).doesNotExist();
    }

    @Test
    void theDatabaseOptionsNeedTheDatabase() {
        CliRunner.Result refused = cli.runWithInput("x\n", "restore", files.resolve("none.zip").toString(),
                "--database-user", "missive", "--database-password-stdin");

        assertThat(refused.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(refused.errLines()).first().asString().contains("go with --database");
    }
}
