package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.mail.ScriptedSmtpServer;
import java.io.StringReader;
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

/**
 * {@code sent list} and {@code sent show} after a message to four recipients was accepted for
 * one, refused for good (550) for one and deferred (451) for two, then retried for those two.
 */
class PartlySentCliTest {

    private static final String ACCEPTED = "accepte@college-test.fr";
    private static final String UNKNOWN = "inconnu@college-test.fr";
    private static final String GREY1 = "grise1@college-test.fr";
    private static final String GREY2 = "grise2@college-test.fr";
    private static final String USER_UNKNOWN = "550 5.1.1 <inconnu@college-test.fr>: Recipient address rejected";

    @TempDir
    Path folder;

    private ScriptedSmtpServer server;
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedSmtpServer().onRecipient(UNKNOWN, USER_UNKNOWN)
                .onRecipientThen(GREY1, "451 4.7.1 Greylisted").onRecipientThen(GREY2, "451 4.7.1 Greylisted")
                .start();
        cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege().exitCode()).isZero();
        assertThat(cli.addLoopbackAccount(server.port()).exitCode()).isZero();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theListAndTheDetailShowAMessagePartlySentWithEachRecipientsResult() throws Exception {
        assertThat(cli.run("send", "mail", "--to", String.join(",", ACCEPTED, UNKNOWN, GREY1, GREY2),
                "--subject", "Conseil de classe", "--body", "Bonjour").exitCode()).isZero();
        assertThat(cli.run("outbox", "run").out()).contains("will be retried: 1");
        String id = String.valueOf(cli.run("outbox", "list", "--format", "json").jsonArray().get(0).get("id"));
        assertThat(cli.run("outbox", "retry", id).exitCode()).isZero();
        assertThat(cli.run("outbox", "run").out()).contains("Sent: 1");

        Map<String, Object> json = cli.run("sent", "list", "--format", "json").jsonArray().get(0);
        assertThat(json).containsEntry("status", "partly_sent")
                .containsEntry("recipients", List.of(ACCEPTED, UNKNOWN, GREY1, GREY2));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) json.get("recipientResults");
        assertThat(results).extracting(r -> r.get("address"), r -> r.get("status"), r -> r.get("attempt"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ACCEPTED, "accepted", 1),
                        org.assertj.core.groups.Tuple.tuple(UNKNOWN, "refused", 1),
                        org.assertj.core.groups.Tuple.tuple(GREY1, "accepted", 2),
                        org.assertj.core.groups.Tuple.tuple(GREY2, "accepted", 2));
        assertThat(results.get(1)).containsEntry("smtpCode", 550).containsEntry("smtpReply", USER_UNKNOWN)
                .containsEntry("kind", "to");
        assertThat(results.get(2).get("deferredAt")).isNotNull();

        assertThat(cli.run("sent", "list").out()).contains("Partly sent").doesNotContain("| Sent ");
        String csv = cli.run("sent", "list", "--format", "csv").out();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv))) {
            CSVRecord row = parser.getRecords().get(0);
            assertThat(row.get("status")).isEqualTo("Partly sent");
            assertThat(row.get("recipients")).isEqualTo(String.join(", ", ACCEPTED, UNKNOWN, GREY1, GREY2));
            assertThat(row.get("recipient_results")).contains(UNKNOWN + ": refused (1) " + USER_UNKNOWN,
                    GREY1 + ": accepted (2)");
        }

        String show = cli.run("sent", "show", id).out();
        assertThat(show).contains("Partly sent", ACCEPTED + " (To): accepted on",
                UNKNOWN + " (To): refused for good on", USER_UNKNOWN,
                GREY1 + " (To): deferred on", "then accepted on");
        CliRunner french = new CliRunner(folder, Locale.FRENCH);
        assertThat(french.run("sent", "list").out()).contains("Envoyé en partie");
        assertThat(french.run("sent", "show", id).out()).contains(UNKNOWN + " (À)\u00a0: refusé définitivement le",
                GREY1 + " (À)\u00a0: différé le");
    }

    @Test
    void everyRecipientRefusedIsNamedWithItsReason() {
        server.onRecipient(ACCEPTED, "550 5.7.1 <accepte@college-test.fr>: Relay access denied");
        assertThat(cli.run("send", "mail", "--to", ACCEPTED + "," + UNKNOWN, "--subject", "Réunion", "--body",
                "Bonjour").exitCode()).isZero();
        assertThat(cli.run("outbox", "run").out()).contains("failed: 1");

        Map<String, Object> json = cli.run("sent", "list", "--format", "json").jsonArray().get(0);
        assertThat(json).containsEntry("status", "failed");
        assertThat((String) json.get("error")).contains(
                ACCEPTED + " (550 5.7.1 <accepte@college-test.fr>: Relay access denied)",
                UNKNOWN + " (" + USER_UNKNOWN + ")");
        assertThat(server.messages()).isEmpty();
    }
}
