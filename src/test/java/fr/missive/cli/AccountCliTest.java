package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The profile, workstation, account and detect commands, against GreenMail on loopback. */
class AccountCliTest {

    private static final String LOGIN = "secretariat";
    private static final String PASSWORD = "Bonjour-2026-cli";
    private static final String ADDRESS = "secretariat@college-test.fr";

    @TempDir
    Path folder;

    private CliRunner cli;
    private GreenMail greenMail;
    private String port;

    @BeforeEach
    void start() {
        cli = new CliRunner(folder, Locale.ENGLISH);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
        port = String.valueOf(greenMail.getSmtp().getPort());
        assertThat(cli.initCollege().exitCode())
                .isZero();
        assertThat(cli.run("user", "add", "Paul Durand").exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> json(String text) {
        return JsonMapper.builder().build().readValue(text, List.class);
    }

    private CliRunner.Result addSecretariat(String password) {
        return cli.runWithInput(password + "\n", "account", "add", "institution", "--name", "Secrétariat",
                "--address", ADDRESS, "--host", "127.0.0.1", "--port", port, "--security", "none", "--user", LOGIN,
                "--password-stdin", "--allow-plain-password", "--users", "Paul Durand", "--mask-recipients");
    }

    @Test
    void addsAProfileAndListsItAsJsonWithoutItsPassword() {
        CliRunner.Result added = cli.runWithInput("mdp-profil\n", "profile", "add", "Académie", "--host", "smtp.ac-lyon.fr",
                "--port", "465", "--security", "tls", "--user", "college", "--password-stdin", "--timeout", "60");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Académie").contains("smtp.ac-lyon.fr:465 tls");

        CliRunner.Result list = cli.run("profile", "list", "--format", "json");

        assertThat(list.exitCode()).isZero();
        List<Map<String, Object>> profiles = json(list.out());
        assertThat(profiles).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("name", "Académie").containsEntry("hasPassword", true);
            assertThat(smtp(p)).containsEntry("host", "smtp.ac-lyon.fr")
                    .containsEntry("port", 465).containsEntry("security", "tls").containsEntry("user", "college")
                    .containsEntry("timeoutSeconds", 60);
        });
        assertThat(list.out()).doesNotContain("mdp-profil");
    }

    @Test
    void aProfileWithAnUnusablePortIsRefusedWithExitTwo() {
        CliRunner.Result r = cli.run("profile", "add", "X", "--host", "smtp.ac-lyon.fr", "--port", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        // Named as the window names it, not by the code's own name for the field.
        assertThat(r.errLines()).singleElement().asString().startsWith("missive: Port: The port must be");
    }

    @Test
    void anInstitutionAccountIsTestedAndVerifiedWithTheCodeItReceived() {
        CliRunner.Result added = addSecretariat(PASSWORD);
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("A verification code was sent to " + ADDRESS);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        Matcher code = Pattern.compile("Verification code: (\\d{6})").matcher(GreenMailUtil.getBody(received[0]));
        assertThat(code.find()).isTrue();

        CliRunner.Result wrong = cli.run("account", "verify", "Secrétariat", "--code", code.group(1).equals("000000")
                ? "111111" : "000000");
        assertThat(wrong.exitCode()).isEqualTo(1);
        CliRunner.Result verified = cli.run("account", "verify", "Secrétariat", "--code", code.group(1));
        assertThat(verified.exitCode()).as(verified.err()).isZero();

        CliRunner.Result test = cli.run("account", "test", "Secrétariat", "--to", "claire@college-test.fr");
        assertThat(test.exitCode()).as(test.err()).isZero();
        assertThat(test.out()).contains("the server accepted it");
        assertThat(greenMail.getReceivedMessages()).hasSize(2);

        List<Map<String, Object>> accounts = json(cli.run("account", "list", "--format", "json").out());
        assertThat(accounts).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("kind", "institution").containsEntry("verified", true)
                .containsEntry("maskRecipients", true).containsEntry("settings", "own")
                .containsEntry("users", List.of("Paul Durand")));
    }

    @Test
    void aWrongPasswordFailsTheTestWithTheDiagnosisAndNeverPrintsThePassword() {
        String wrongPassword = "Faux-Mot-De-Passe-42";
        CliRunner.Result added = cli.runWithInput(wrongPassword + "\n", "account", "add", "personal", "--name",
                "Claire", "--address", ADDRESS, "--host", "127.0.0.1", "--port", port, "--security", "none", "--user",
                LOGIN, "--password-stdin", "--allow-plain-password");
        assertThat(added.exitCode()).as(added.err()).isZero();

        CliRunner.Result test = cli.run("account", "test", "Claire");

        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.err()).contains("The server refused the user name or the password")
                .contains("Server reply: 535");
        assertThat(test.out() + test.err()).doesNotContain(wrongPassword);
        assertThat(cli.run("account", "list", "--format", "json").out()).doesNotContain(wrongPassword);
    }

    @Test
    void aPersonalAccountOnTheWorkstationSendsFromTheWorkstationWhenItsDomainIsNotAuthorised() throws Exception {
        CliRunner.Result set = cli.runWithInput(PASSWORD + "\n", "workstation", "set", "--host", "127.0.0.1", "--port",
                port, "--security", "none", "--user", LOGIN, "--password-stdin", "--allow-plain-password",
                "--sender-name", "Collège Jean Moulin", "--sender-address", ADDRESS, "--authorised-domains",
                "college-test.fr");
        assertThat(set.exitCode()).as(set.err()).isZero();
        CliRunner.Result shown = cli.run("workstation", "show", "--format", "json");
        assertThat(shown.out()).contains("\"senderAddress\" : \"" + ADDRESS + "\"").contains("college-test.fr")
                .doesNotContain(PASSWORD);
        assertThat(cli.run("account", "add", "personal", "--name", "Paul", "--address", "paul@gmail.com",
                "--owner", "Paul Durand").exitCode()).isZero();

        CliRunner.Result test = cli.run("--as", "Paul Durand", "account", "test", "Paul", "--to", "claire@college-test.fr");

        assertThat(test.exitCode()).as(test.err()).isZero();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getFrom()[0].toString()).contains(ADDRESS);
        assertThat(received.getReplyTo()[0].toString()).isEqualTo("paul@gmail.com");
    }

    @Test
    void anInstitutionAccountAddedWithoutUsersMayBeUsedByTheAdministratorWhoAddedItAndByNobodyWhenAskedSo() {
        CliRunner.Result creator = cli.runWithInput(PASSWORD + "\n", "account", "add", "institution", "--name",
                "Vie scolaire", "--address", ADDRESS, "--host", "127.0.0.1", "--port", port, "--security", "none",
                "--user", LOGIN, "--password-stdin", "--allow-plain-password");
        assertThat(creator.exitCode()).as(creator.err()).isZero();
        CliRunner.Result nobody = cli.runWithInput(PASSWORD + "\n", "account", "add", "institution", "--name",
                "Intendance", "--address", "intendance@college-test.fr", "--host", "127.0.0.1", "--port", port, "--security", "none",
                "--user", LOGIN, "--password-stdin", "--allow-plain-password", "--users", "");
        assertThat(nobody.exitCode()).as(nobody.err()).isZero();

        List<Map<String, Object>> accounts = json(cli.run("account", "list", "--format", "json").out());
        assertThat(accounts).filteredOn(a -> "Vie scolaire".equals(a.get("name"))).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("users", List.of("Claire Martin")));
        assertThat(accounts).filteredOn(a -> "Intendance".equals(a.get("name"))).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("users", List.of()));
    }

    @Test
    void staffMayNotAddAnInstitutionAccount() {
        CliRunner.Result r = cli.run("--as", "Paul Durand", "account", "add", "institution", "--name", "Vie scolaire",
                "--address", "vie-scolaire@college-test.fr");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Only an administrator");
    }

    @Test
    void detectPrintsAProvidersSettingsAsJson() {
        CliRunner.Result r = cli.run("detect", "claire.martin@orange.fr");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Map<String, Object>> found = json(r.out());
        assertThat(found).first().satisfies(d -> {
            assertThat(d).containsEntry("confidence", "preset").containsEntry("preset", "orange");
            assertThat(smtp(d)).containsEntry("host", "smtp.orange.fr")
                    .containsEntry("port", 465).containsEntry("security", "tls")
                    .containsEntry("user", "claire.martin@orange.fr");
        });
    }

    @Test
    void theAsUsersPasswordComesFirstOnStandardInputThenTheServerPassword() {
        assertThat(cli.runWithInput("anne-pw\n", "user", "add", "Anne", "--role", "admin", "--password-stdin")
                .exitCode()).isZero();
        CliRunner.Result added = cli.runWithInput("anne-pw\n" + PASSWORD + "\n", "--as", "Anne", "account", "add",
                "personal", "--name", "Anne", "--address", ADDRESS, "--host", "127.0.0.1", "--port", port,
                "--security", "none", "--user", LOGIN, "--password-stdin", "--allow-plain-password");
        assertThat(added.exitCode()).as(added.err()).isZero();

        CliRunner.Result test = cli.runWithInput("anne-pw\n", "--as", "Anne", "account", "test", "Anne");

        assertThat(test.exitCode()).as(test.err()).isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> smtp(Map<String, Object> object) {
        return (Map<String, Object>) object.get("smtp");
    }
}
