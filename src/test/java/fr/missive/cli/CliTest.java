package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.store.db.ChildJvm;
import fr.missive.store.db.HoldDatabaseMain;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(folder, Locale.ENGLISH);
    }

    private void init() {
        assertThat(cli.run("init", "--institution", "Collège Jean Moulin", "--admin", "Claire Martin",
                "--admin-email", "claire@college.fr", "--city", "Lyon").exitCode()).isZero();
    }

    @Test
    void initSetsUpTheFolderOnce() {
        CliRunner.Result first = cli.run("init", "--institution", "Collège Jean Moulin", "--admin", "Claire Martin",
                "--city", "Lyon", "--sender-name", "Secrétariat du collège");
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Collège Jean Moulin").contains("Claire Martin");

        CliRunner.Result second = cli.run("init", "--institution", "Other", "--admin", "Someone");
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.errLines()).containsExactly("missive: This data folder is already set up.");
    }

    @Test
    void commandsRefuseAFolderNotSetUp() {
        CliRunner.Result r = cli.run("contacts", "list");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not been set up");
    }

    @Test
    void initRefusesAnInvalidAdministratorAddressAndWritesNothing() {
        CliRunner.Result r = cli.run("init", "--institution", "Collège", "--admin", "Claire", "--admin-email", "claire@@x.fr");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("admin.email");
        assertThat(cli.run("user", "list").exitCode()).isEqualTo(2);
    }

    @Test
    void addsAndListsUsersAsJson() throws Exception {
        init();
        CliRunner.Result added = cli.runWithInput("motdepasse\n", "user", "add", "Paul Durand", "--role", "staff",
                "--email", "paul.durand@college.fr", "--password-stdin");
        assertThat(added.exitCode()).as(added.err()).isZero();

        CliRunner.Result list = cli.run("user", "list", "--format", "json");
        assertThat(list.exitCode()).isZero();
        List<Map<String, Object>> users = list.jsonArray();
        assertThat(users).extracting(u -> u.get("name")).containsExactly("Claire Martin", "Paul Durand");
        assertThat(users.get(1)).containsEntry("role", "staff").containsEntry("hasPassword", true)
                .containsEntry("email", "paul.durand@college.fr");
        assertThat(list.out()).doesNotContain("motdepasse").doesNotContain("pbkdf2");
    }

    @Test
    void asRunsAsAnotherUserWithThePasswordOnStandardInput() {
        init();
        cli.runWithInput("secret\n", "user", "add", "Paul", "--password-stdin");
        CliRunner.Result refused = cli.runWithInput("wrong\n", "--as", "Paul", "contacts", "list");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).containsExactly("missive: Wrong password for Paul.");

        CliRunner.Result noPassword = cli.run("--as", "Paul", "contacts", "list");
        assertThat(noPassword.exitCode()).isEqualTo(2);
        assertThat(noPassword.err()).contains("password of Paul");

        CliRunner.Result accepted = cli.runWithInput("secret\n", "--as", "Paul", "contacts", "list");
        assertThat(accepted.exitCode()).isZero();

        CliRunner.Result staffAddsUser = cli.runWithInput("secret\n", "--as", "Paul", "user", "add", "Anne");
        assertThat(staffAddsUser.exitCode()).isEqualTo(1);
        assertThat(staffAddsUser.err()).contains("Only an administrator");
    }

    @Test
    void badArgumentsGiveOneLineAndExitTwo() {
        init();
        for (String[] args : List.of(new String[] {"--bogus"}, new String[] {"user", "add"},
                new String[] {"user", "add", "X", "--role", "king"}, new String[] {"contacts", "list", "--format", "xml"},
                new String[] {"frobnicate"})) {
            CliRunner.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void messagesFollowTheUsersLanguage() {
        init();
        CliRunner.Result r = new CliRunner(folder, Locale.FRENCH).run("init", "--institution", "X", "--admin", "Y");
        assertThat(r.errLines()).containsExactly("missive: Ce dossier de données est déjà configuré.");
    }

    @Test
    void aSecondInstanceIsRefusedWithExitCodeThree() throws Exception {
        init();
        try (ChildJvm child = ChildJvm.start(HoldDatabaseMain.class, folder.toString())) {
            child.awaitLine("COMMITTED");
            CliRunner.Result r = cli.run("contacts", "list");
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.errLines()).singleElement().asString().startsWith("missive: Missive is already open on this PC");
        }
    }

    @Test
    void helpAndVersionExitZero() {
        CliRunner.Result help = cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("init").contains("contacts").contains("user").contains("MISSIVE_HOME");
        CliRunner.Result version = cli.run("--version");
        assertThat(version.out()).startsWith("Missive ");
    }
}
