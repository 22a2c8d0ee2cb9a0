package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sent} commands against GreenMail: list, search, CSV, show, resend, purge and who may see what. */
class SentCliTest {

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;
    private GreenMail greenMail;

    @BeforeEach
    void start() throws Exception {
        cli = new CliRunner(folder, Locale.ENGLISH);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        assertThat(cli.initCollege().exitCode())
                .isZero();
        assertThat(cli.run("user", "add", "Paul Durand").exitCode()).isZero();
        assertThat(cli.run("account", "add", "personal", "--name", "Claire", "--address",
                "claire@college-test.fr", "--host", "127.0.0.1", "--port",
                String.valueOf(greenMail.getSmtp().getPort()), "--security", "none").exitCode()).isZero();
        Path pdf = files.resolve("Bulletin Élodie.pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path body = files.resolve("body.txt");
        Files.writeString(body, "Madame, voici le bulletin du trimestre.\n", StandardCharsets.UTF_8);
        assertThat(cli.run("send", "mail", "--account", "Claire", "--to", "famille.dupnot@college-test.fr",
                "--subject", "Bulletin d'Élodie", "--body-file", body.toString(), "--attach", pdf.toString())
                .exitCode()).isZero();
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void listSearchCsvShowAndResendToACorrectedAddress() throws Exception {
        List<Map<String, Object>> list = cli.run("sent", "list", "--format", "json").jsonArray();
        assertThat(list).singleElement().satisfies(m -> assertThat(m).containsEntry("status", "sent")
                .containsEntry("account", "Claire").containsEntry("subject", "Bulletin d'Élodie"));
        String id = String.valueOf(list.get(0).get("id"));
        assertThat(cli.run("sent", "list", "--search", "trimestre", "--format", "json").jsonArray()).hasSize(1);
        assertThat(cli.run("sent", "list", "--search", "elodie dupnot", "--format", "json").jsonArray()).hasSize(1);
        assertThat(cli.run("sent", "list", "--search", "absence", "--format", "json").jsonArray()).isEmpty();
        assertThat(cli.run("sent", "list", "--until", "2020-01-01", "--format", "json").jsonArray()).isEmpty();
        assertThat(cli.run("sent", "list", "--status", "failed", "--format", "json").jsonArray()).isEmpty();

        String csv = cli.run("sent", "list", "--format", "csv").out();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv))) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.get("id")).isEqualTo(id);
                assertThat(r.get("subject")).isEqualTo("Bulletin d'Élodie");
                assertThat(r.get("status")).isEqualTo("Sent");
            });
        }

        CliRunner.Result show = cli.run("sent", "show", id);
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("famille.dupnot@college-test.fr", "Bulletin Élodie.pdf",
                "voici le bulletin du trimestre", "250");
        assertThat(cli.run("sent", "show", id, "--raw").out()).contains("Message-ID: " + list.get(0).get("messageId"));

        CliRunner.Result resent = cli.run("sent", "resend", id, "--to", "famille.dupont@college-test.fr");
        assertThat(resent.exitCode()).as(resent.err()).isZero();
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
        List<Map<String, Object>> after = cli.run("sent", "list", "--format", "json").jsonArray();
        assertThat(after).hasSize(2);
        assertThat(after.get(0)).containsEntry("resendOf", Integer.valueOf(id))
                .containsEntry("recipients", List.of("famille.dupont@college-test.fr"));
        assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
    }

    @Test
    void aStaffUserDoesNotSeeAnotherUsersPersonalAccount() {
        String id = String.valueOf(cli.run("sent", "list", "--format", "json").jsonArray().get(0).get("id"));

        assertThat(cli.run("--as", "Paul Durand", "sent", "list", "--format", "json").jsonArray()).isEmpty();
        CliRunner.Result show = cli.run("--as", "Paul Durand", "sent", "show", id);
        assertThat(show.exitCode()).isNotZero();
        assertThat(show.err()).contains("There is no message " + id);
        assertThat(cli.run("--as", "Paul Durand", "sent", "list", "--account", "Claire").exitCode()).isNotZero();
        assertThat(cli.run("--as", "Paul Durand", "sent", "resend", id).exitCode()).isNotZero();
    }

    @Test
    void forwardSendsTheOriginalTextAndFileToTheNewAddressesAndAStaffUserCannotForwardWhatTheyDoNotSee()
            throws Exception {
        String id = String.valueOf(cli.run("sent", "list", "--format", "json").jsonArray().get(0).get("id"));
        CliRunner.Result refused = cli.run("--as", "Paul Durand", "sent", "forward", id, "--to", "paul@example.org");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("There is no message " + id);
        assertThat(cli.run("--as", "Paul Durand", "sent", "purge", "--contact", "1").exitCode()).isNotZero();
        assertThat(cli.run("sent", "forward", id, "--to", "not an address").exitCode()).isNotZero();

        CliRunner.Result forwarded = cli.run("sent", "forward", id, "--to",
                "principal@college-test.fr,cpe@college-test.fr", "--note", "For your information.");
        assertThat(forwarded.exitCode()).as(forwarded.err()).isZero();
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();

        assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
        jakarta.mail.internet.MimeMessage principal =
                greenMail.getReceivedMessagesForDomain("principal@college-test.fr")[0];
        assertThat(principal.getSubject()).isEqualTo("Fwd: Bulletin d'Élodie");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        principal.writeTo(bytes);
        fr.missive.model.sentlog.SentContent content = new fr.missive.mail.MimeReader().read(bytes.toByteArray());
        assertThat(content.attachments()).containsExactly("Bulletin Élodie.pdf");
        assertThat(content.text()).startsWith("For your information.").contains("-------- Forwarded message --------",
                "From: claire@college-test.fr", "Subject: Bulletin d'Élodie", "voici le bulletin du trimestre");
        List<Map<String, Object>> after = cli.run("sent", "list", "--format", "json").jsonArray();
        assertThat(after.get(0)).containsEntry("forwardOf", Integer.valueOf(id))
                .containsEntry("recipients", List.of("principal@college-test.fr", "cpe@college-test.fr"));
        assertThat(cli.run("sent", "show", String.valueOf(after.get(0).get("id"))).out())
                .contains("Forward of", "For your information.", "Madame, voici le bulletin du trimestre.");
    }

    @Test
    void theRetentionIsAnAdministratorsSettingAndPurgeKeepsRecentMail() {
        assertThat(cli.run("sent", "retention").out()).contains("kept for 365 days");
        assertThat(cli.run("--as", "Paul Durand", "sent", "retention", "30").exitCode()).isNotZero();
        assertThat(cli.run("sent", "retention", "30").out()).contains("kept for 30 days");

        CliRunner.Result purge = cli.run("sent", "purge");

        assertThat(purge.exitCode()).as(purge.err()).isZero();
        assertThat(purge.out()).contains("no message deleted");
        assertThat(cli.run("sent", "list", "--format", "json").jsonArray()).hasSize(1);
        assertThat(cli.run("sent", "purge", "--address", "famille.dupnot@college-test.fr").out())
                .contains("one message deleted");
        assertThat(cli.run("sent", "list", "--format", "json").jsonArray()).isEmpty();
    }

    @Test
    void accountImapSetsAndTestsTheMailboxThenSentMailIsCopiedIntoIt() throws Exception {
        GreenMail imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        try {
            imap.setUser("claire@college-test.fr", "claire", "boite-secret");
            String port = String.valueOf(imap.getImap().getPort());
            CliRunner.Result wrong = cli.runWithInput("mauvais\n", "account", "imap", "Claire", "--host",
                    "127.0.0.1", "--port", port, "--security", "none", "--user", "claire", "--password-stdin");
            assertThat(wrong.exitCode()).isEqualTo(1);
            assertThat(wrong.err()).contains("refused the connection");

            CliRunner.Result set = cli.runWithInput("boite-secret\n", "account", "imap", "Claire", "--host",
                    "127.0.0.1", "--port", port, "--security", "none", "--user", "claire", "--password-stdin",
                    "--sent-folder", "INBOX");
            assertThat(set.exitCode()).as(set.err()).isZero();
            assertThat(set.out()).contains("copied into INBOX");

            assertThat(cli.run("send", "mail", "--account", "Claire", "--to", "famille@college-test.fr",
                    "--subject", "Copie", "--body", "Texte").exitCode()).isZero();
            assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();

            Map<String, Object> latest = cli.run("sent", "list", "--format", "json").jsonArray().get(0);
            assertThat(latest).containsEntry("subject", "Copie").containsEntry("sentFolderCopy", "done");
            assertThat(imap.getReceivedMessages()).extracting(m -> m.getSubject()).contains("Copie");
        } finally {
            imap.stop();
        }
    }
}
