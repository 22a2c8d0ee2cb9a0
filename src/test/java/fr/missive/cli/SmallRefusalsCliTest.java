package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on the command line is a clear refusal with exit code 2 and no stack trace, and a
 * server that does not offer the STARTTLS the account requires fails the message at once.
 */
class SmallRefusalsCliTest {

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;
    private GreenMail greenMail;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege().exitCode()).isZero();
        assertThat(cli.addLoopbackAccount(greenMail.getSmtp().getPort()).exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private static void assertNoTrace(CliRunner.Result r) {
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "Unexpected");
    }

    @Test
    void anAttachmentNameWithALineBreakIsAValidationError() throws IOException {
        Path pdf = Files.write(files.resolve("bulletin\r\nBcc: x@evil.test.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        CliRunner.Result r = cli.run("send", "mail", "--account", "Secrétariat", "--to", "famille@college-test.fr",
                "--subject", "Bulletin", "--body", "Bonjour", "--attach", pdf.toString());
        assertThat(r.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("line break", "Rename the file");
        assertNoTrace(r);
    }

    @Test
    void aSubjectWithALineBreakExitsWithTwo() {
        CliRunner.Result r = cli.run("send", "mail", "--account", "Secrétariat", "--to", "famille@college-test.fr",
                "--subject", "Bulletin\r\nBcc: x@evil.test", "--body", "Bonjour");
        assertThat(r.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("Line breaks");
        assertNoTrace(r);
    }

    @Test
    void aServerWithoutStartTlsFailsTheMessageAtOnceWithTheDiagnosis() {
        assertThat(cli.run("account", "add", "personal", "--name", "Chiffré", "--address", "chiffre@college-test.fr",
                "--host", "127.0.0.1", "--port", String.valueOf(greenMail.getSmtp().getPort()), "--security",
                "starttls").exitCode()).isZero();
        assertThat(cli.run("send", "mail", "--account", "Chiffré", "--to", "famille@college-test.fr",
                "--subject", "Essai", "--body", "Bonjour").exitCode()).isZero();
        cli.run("outbox", "run", "--until-empty", "--max-seconds", "30");

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(cli.run("outbox", "list", "--format", "json").jsonArray()).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("state", "failed"));
    }
}
