package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init --database}, {@code database join-file}, {@code join}, {@code database revoke-pc}, end to end. */
class SharedDatabaseCliTest {

    @TempDir
    Path temp;

    @Test
    void anUnreachableServerExitsWithOneAndOneClearLine() {
        CliRunner cli = new CliRunner(temp.resolve("pc"), Locale.ENGLISH);

        CliRunner.Result r = cli.runWithInput("secret\n", "init", "--institution", "Collège Jean Moulin", "--admin",
                "Claire Martin", "--database", "jdbc:postgresql://127.0.0.1:9/missive", "--database-user", "missive",
                "--database-password-stdin");

        assertThat(r.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(r.errLines()).containsExactly("missive: The database server 127.0.0.1:9 cannot be reached."
                + " Check the address and the network, or ask whoever looks after the server.");
        assertThat(temp.resolve("pc")).doesNotExist();
    }

    @Test
    void aSecondPcJoinsWithTheJoinFileAndIsRefusedOnceRevoked() throws Exception {
        TestDatabases.requireServer("join a second PC");
        DatabaseTarget.Server server = TestDatabases.newServerDatabase();
        // PC roles are cluster-wide: names of the run's own, dropped at its end.
        String pc = TestDatabases.newPcName();
        CliRunner first = new CliRunner(temp.resolve("first"), Locale.ENGLISH);
        CliRunner second = new CliRunner(temp.resolve("second"), Locale.ENGLISH);
        Path joinFile = temp.resolve("vie-scolaire.join");
        assertThat(first.runWithInput(server.password() + "\n", "init", "--institution", "Collège Jean Moulin",
                "--admin", "Claire Martin", "--database", server.url(), "--database-user", server.user(),
                "--database-password-stdin", "--pc", TestDatabases.newPcName()).exitCode()).isZero();
        assertThat(first.runWithInput("phrase dite de vive voix\n", "database", "join-file", "--pc", pc,
                "--out", joinFile.toString(), "--passphrase-stdin").exitCode()).isZero();

        CliRunner.Result wrong = second.runWithInput("une autre phrase\n", "join", joinFile.toString(),
                "--passphrase-stdin");
        assertThat(wrong.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(wrong.errLines()).containsExactly("missive: The passphrase is not the one this file was"
                + " protected with (or the file was altered).");
        assertThat(temp.resolve("second")).doesNotExist();

        assertThat(second.runWithInput("phrase dite de vive voix\n", "join", joinFile.toString(),
                "--passphrase-stdin").exitCode()).isZero();
        assertThat(second.run("user", "list").out()).contains("Claire Martin");
        assertThat(first.run("database", "pcs").out()).containsPattern(pc + "\\s+missive_pc_" + pc + "\\s+joined");

        assertThat(first.run("database", "revoke-pc", pc).exitCode()).isZero();
        CliRunner.Result refused = second.run("user", "list");
        assertThat(refused.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(refused.errLines()).hasSize(1).first().asString().contains("refused the user missive_pc_" + pc);
        assertThat(Files.readString(temp.resolve("second").resolve("database.properties")))
                .doesNotContain("password=" + server.password() + "\n");
    }
}
