package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code account edit|question|make-personal} and {@code profile delete}, on a real data folder. */
class AccountChangeCliTest {

    private static final String ADDRESS = "secretariat@college-test.fr";

    @TempDir
    Path folder;

    private CliRunner cli;
    private GreenMail greenMail;

    @BeforeEach
    void start() {
        cli = new CliRunner(folder, Locale.ENGLISH);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        assertThat(cli.initCollege().exitCode())
                .isZero();
        assertThat(cli.run("user", "add", "Paul Durand").exitCode()).isZero();
        assertThat(cli.run("profile", "add", "Relais", "--host", "127.0.0.1", "--port",
                String.valueOf(greenMail.getSmtp().getPort()), "--security", "none").exitCode()).isZero();
        assertThat(cli.run("account", "add", "institution", "--name", "Secrétariat", "--address", ADDRESS,
                "--profile", "Relais", "--users", "Paul Durand").exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> account(String name) {
        List<Map<String, Object>> all = JsonMapper.builder().build()
                .readValue(cli.run("account", "list", "--format", "json").out(), List.class);
        return all.stream().filter(a -> a.get("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anInstitutionAccountSendsUnderTheInstitutionsSenderNameUntilItIsChanged() {
        assertThat(account("Secrétariat")).containsEntry("senderName", "Collège Jean Moulin");

        assertThat(cli.run("account", "edit", "Secrétariat", "--sender-name", "Secrétariat du collège Jean Moulin")
                .exitCode()).isZero();

        assertThat(account("Secrétariat")).containsEntry("senderName", "Secrétariat du collège Jean Moulin")
                .containsEntry("name", "Secrétariat");
    }

    @Test
    void aStaffUserChangesTheSharedAccountWithTheAnswerToItsSecretQuestion() {
        CliRunner.Result refused = cli.run("--as", "Paul Durand", "account", "edit", "Secrétariat", "--name", "Accueil");
        assertThat(refused.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(refused.err()).contains("Only an administrator");

        assertThat(cli.runWithInput("Élodie\n", "account", "question", "Secrétariat", "--question",
                "Prénom de la première directrice ?").exitCode()).isZero();
        assertThat(account("Secrétariat")).containsEntry("secretQuestion", true);

        CliRunner.Result onTheCommandLine = cli.run("--as", "Paul Durand", "account", "edit", "Secrétariat",
                "--name", "Accueil", "--secret-answer", "Mélanie");
        assertThat(onTheCommandLine.exitCode()).as("the answer never goes on the command line")
                .isEqualTo(Cli.USAGE);
        CliRunner.Result noAnswer = cli.run("--as", "Paul Durand", "account", "edit", "Secrétariat", "--name",
                "Accueil", "--secret-answer-stdin");
        assertThat(noAnswer.exitCode()).isEqualTo(Cli.USAGE);

        CliRunner.Result wrong = cli.runWithInput("Mélanie\n", "--as", "Paul Durand", "account", "edit", "Secrétariat",
                "--name", "Accueil", "--secret-answer-stdin");
        assertThat(wrong.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(wrong.err()).contains("not the answer");

        CliRunner.Result right = cli.runWithInput("ELODIE\n", "--as", "Paul Durand", "account", "edit", "Secrétariat",
                "--name", "Accueil", "--secret-answer-stdin", "--mask-recipients");
        assertThat(right.exitCode()).as(right.err()).isZero();
        Map<String, Object> changed = account("Accueil");
        assertThat(changed).containsEntry("users", List.of("Paul Durand")).containsEntry("profile", "Relais");
        assertThat(changed).as("masking is the administrator's choice").containsEntry("maskRecipients", false);

        assertThat(cli.run("account", "question", "Accueil", "--remove").exitCode()).isZero();
        assertThat(cli.runWithInput("Élodie\n", "--as", "Paul Durand", "account", "edit", "Accueil", "--name",
                "Secrétariat", "--secret-answer-stdin").exitCode()).isEqualTo(Cli.FAILED);
    }

    @Test
    void editKeepsWhatIsNotGivenAndSetsOrRemovesTheMailbox() {
        CliRunner.Result edited = cli.runWithInput("imap-secret\n", "account", "edit", "Secrétariat", "--reply-to",
                "cpe@college-test.fr", "--mask-recipients", "--imap-host", "imap.college-test.fr",
                "--imap-password-stdin", "--sent-folder", "Envoyés");
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        Map<String, Object> account = account("Secrétariat");
        assertThat(account).containsEntry("replyTo", "cpe@college-test.fr").containsEntry("maskRecipients", true)
                .containsEntry("profile", "Relais").containsEntry("address", ADDRESS);
        assertThat(withoutNulls(account.get("imap"))).isEqualTo(Map.of("host", "imap.college-test.fr", "port", 993,
                "security", "tls", "sentFolder", "Envoyés"));

        assertThat(cli.run("account", "edit", "Secrétariat", "--no-imap").exitCode()).isZero();
        assertThat(account("Secrétariat").get("imap")).isNull();
    }

    @Test
    void aSharedAccountOfOneUserBecomesTheirsAndAProfileInUseIsNotDeleted() {
        CliRunner.Result inUse = cli.run("profile", "delete", "Relais");
        assertThat(inUse.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(inUse.err()).contains("Secrétariat");

        CliRunner.Result made = cli.run("account", "make-personal", "Secrétariat");
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("personal account of Paul Durand");
        assertThat(account("Secrétariat")).containsEntry("kind", "personal").containsEntry("owner", "Paul Durand");

        assertThat(cli.run("workstation", "set", "--host", "relay.college-test.fr", "--security", "none").exitCode())
                .isZero();
        assertThat(cli.run("account", "edit", "Secrétariat", "--workstation").exitCode()).isZero();
        assertThat(cli.run("profile", "delete", "Relais").exitCode()).isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNulls(Object map) {
        Map<String, Object> copy = new java.util.HashMap<>((Map<String, Object>) map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
