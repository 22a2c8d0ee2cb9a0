package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code send mail} and the {@code outbox} commands, against GreenMail on loopback. */
class OutboxCliTest {

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;
    private GreenMail greenMail;

    @BeforeEach
    void start() {
        cli = new CliRunner(folder, Locale.ENGLISH);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        assertThat(cli.initCollege().exitCode())
                .isZero();
        assertThat(cli.addLoopbackAccount(greenMail.getSmtp().getPort()).exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String text) {
        return JsonMapper.builder().build().readValue(text, Map.class);
    }

    @Test
    void sendMailQueuesThenOutboxRunDeliversIt() throws Exception {
        Path body = files.resolve("message.txt");
        Files.writeString(body, "Bonjour,\nveuillez trouver le relevé ci-joint.\n", StandardCharsets.UTF_8);
        Path pdf = files.resolve("Relevé Élodie.pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        CliRunner.Result queued = cli.run("send", "mail", "--account", "Secrétariat", "--to",
                "famille.begue@élève.fr,claire@college-test.fr", "--subject", "Relevé de notes — Élodie",
                "--body-file", body.toString(), "--attach", pdf.toString());

        assertThat(queued.exitCode()).as(queued.err()).isZero();
        assertThat(queued.out()).contains("Queued: one message in the outbox");
        assertThat(object(cli.run("outbox", "status", "--format", "json").out()))
                .containsEntry("queued", 1).containsEntry("waiting", 1);
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        CliRunner.Result run = cli.run("outbox", "run", "--until-empty", "--max-seconds", "30");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Sent: 1");
        List<Map<String, Object>> list = cli.run("outbox", "list", "--format", "json").jsonArray();
        assertThat(list).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("state", "sent").containsEntry("subject", "Relevé de notes — Élodie")
                    .containsEntry("attempts", 1);
            assertThat(m.get("recipients")).isEqualTo(List.of("famille.begue@xn--lve-6lad.fr",
                    "claire@college-test.fr"));
        });
        assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo(list.get(0).get("messageId"));
        assertThat(((Multipart) received.getContent()).getBodyPart(1).getFileName()).isEqualTo("Relevé Élodie.pdf");
    }

    @Test
    void aSentMessageCannotBeCancelledAndRetryWantsAnIdOrFailed() {
        assertThat(cli.run("send", "mail", "--account", "Secrétariat", "--to", "claire@college-test.fr",
                "--subject", "Essai", "--body", "Bonjour").exitCode()).isZero();
        assertThat(cli.run("outbox", "run").exitCode()).isZero();

        CliRunner.Result cancel = cli.run("outbox", "cancel", "1");
        assertThat(cancel.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(cancel.err()).contains("Message 1 cannot be cancelled");

        assertThat(cli.run("outbox", "retry").exitCode()).isEqualTo(Cli.USAGE);
        assertThat(cli.run("outbox", "retry", "--failed").out()).contains("No failed message to queue again");
    }

    @Test
    void aQueuedMessageCanBeCancelledAndIsThenNeverSent() {
        assertThat(cli.run("send", "mail", "--account", "Secrétariat", "--to", "claire@college-test.fr",
                "--subject", "Essai", "--body", "Bonjour").exitCode()).isZero();

        assertThat(cli.run("outbox", "cancel", "1").exitCode()).isZero();
        assertThat(cli.run("outbox", "run", "--until-empty").exitCode()).isZero();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(cli.run("outbox", "list", "--format", "json").jsonArray()).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("state", "cancelled"));
    }

    @Test
    void badRecipientsAreRefusedBeforeAnythingIsQueued() {
        CliRunner.Result result = cli.run("send", "mail", "--account", "Secrétariat", "--to", "claire@, paul",
                "--subject", "Essai", "--body", "Bonjour");

        assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).startsWith("missive: To: ");
        assertThat(object(cli.run("outbox", "status", "--format", "json").out())).containsEntry("waiting", 0);
    }
}
