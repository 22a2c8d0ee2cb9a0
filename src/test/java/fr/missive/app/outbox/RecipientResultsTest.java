package fr.missive.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.RecipientKind;
import fr.missive.model.outbox.RecipientStatus;
import fr.missive.model.outbox.RetryPolicy;
import fr.missive.model.sentlog.RecipientResult;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.store.outbox.RecipientRows;
import fr.missive.store.sentlog.JdbcSentLogStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One result per recipient, against the scripted SMTP server: a retry tries only the deferred
 * recipients and changes only their results; a refusal for good and a first delivery stay.
 */
class RecipientResultsTest {

    private static final String ACCEPTED = "accepte@college-test.fr";
    private static final String UNKNOWN = "inconnu@college-test.fr";
    private static final String GREY1 = "grise1@college-test.fr";
    private static final String GREY2 = "grise2@college-test.fr";
    private static final String USER_UNKNOWN = "550 5.1.1 <inconnu@college-test.fr>: Recipient address rejected";
    private static final String GREYLISTED = "451 4.7.1 Greylisted, please try again later";

    /** A retry late enough that the first run ends before it, soon enough for the second to wait for it. */
    private static final RetryPolicy PATIENT = new RetryPolicy(Duration.ofMillis(800), Duration.ofSeconds(2),
            Duration.ofMinutes(1));

    @TempDir
    Path folder;

    @Test
    void aRetryDeliversOnlyTheDeferredRecipientsAndKeepsTheOthersResults() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().onRecipient(UNKNOWN, USER_UNKNOWN)
                .onRecipientThen(GREY1, GREYLISTED).onRecipientThen(GREY2, GREYLISTED).start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), PATIENT)) {
            long id = f.outbox.send(f.admin, new MailDraft(OutboxFixture.ACCOUNT,
                    String.join(", ", ACCEPTED, UNKNOWN, GREY1, GREY2), "Conseil de classe", "Bonjour\n",
                    List.of())).get(0);

            f.worker.runForeground(false, null);

            assertThat(f.entry(id).state()).isEqualTo(OutboxState.DEFERRED);
            Map<String, RecipientResult> first = results(f, id);
            assertThat(first.keySet()).containsExactly(ACCEPTED, UNKNOWN, GREY1, GREY2);
            assertThat(first.get(ACCEPTED)).satisfies(r -> {
                assertThat(r.status()).isEqualTo(RecipientStatus.ACCEPTED);
                assertThat(r.attempt()).isEqualTo(1);
                assertThat(r.smtpCode()).isEqualTo(250);
                assertThat(r.kind()).isEqualTo(RecipientKind.TO);
                assertThat(r.at()).isNotNull();
            });
            assertThat(first.get(UNKNOWN)).satisfies(r -> {
                assertThat(r.status()).isEqualTo(RecipientStatus.REFUSED);
                assertThat(r.smtpCode()).isEqualTo(550);
                assertThat(r.smtpText()).isEqualTo(USER_UNKNOWN);
            });
            for (String grey : List.of(GREY1, GREY2)) {
                assertThat(first.get(grey)).satisfies(r -> {
                    assertThat(r.status()).isEqualTo(RecipientStatus.DEFERRED);
                    assertThat(r.attempt()).isEqualTo(1);
                    assertThat(r.smtpCode()).isEqualTo(451);
                    assertThat(r.deferredAt()).isNotNull();
                });
            }
            assertThat(f.entry(id).recipients()).containsExactly(GREY1, GREY2);

            f.worker.runForeground(true, Duration.ofSeconds(30));

            assertThat(server.commands()).filteredOn(c -> c.startsWith("RCPT")).extracting(RecipientResultsTest::rcpt)
                    .containsExactly(ACCEPTED, UNKNOWN, GREY1, GREY2, GREY1, GREY2);
            assertThat(server.messages()).hasSize(2);
            OutboxEntry sent = f.entry(id);
            assertThat(sent.state()).isEqualTo(OutboxState.SENT);
            assertThat(sent.attempts()).isEqualTo(2);
            assertThat(sent.refused()).containsExactly(UNKNOWN + ": " + USER_UNKNOWN);
            Map<String, RecipientResult> after = results(f, id);
            assertThat(after.get(ACCEPTED)).isEqualTo(first.get(ACCEPTED));
            assertThat(after.get(UNKNOWN)).isEqualTo(first.get(UNKNOWN));
            for (String grey : List.of(GREY1, GREY2)) {
                assertThat(after.get(grey)).satisfies(r -> {
                    assertThat(r.status()).isEqualTo(RecipientStatus.ACCEPTED);
                    assertThat(r.attempt()).isEqualTo(2);
                    assertThat(r.acceptedOnRetry()).isTrue();
                    assertThat(r.deferredAt()).isEqualTo(first.get(grey).deferredAt());
                    assertThat(r.at()).isAfterOrEqualTo(first.get(grey).at());
                });
            }

            SentEntry logged = new JdbcSentLogStore(f.db).find(id).orElseThrow();
            assertThat(logged.recipients()).containsExactly(ACCEPTED, UNKNOWN, GREY1, GREY2);
            assertThat(logged.partlySent()).isTrue();
            assertThat(Messages.forLocale(Locale.FRENCH).get(logged.statusKey())).isEqualTo("Envoyé en partie");
            // A family's data erased by its address finds the message though the retry did not send to it.
            assertThat(new JdbcSentLogStore(f.db).purgeRecipient(UNKNOWN)).isEqualTo(1);
        }
    }

    @Test
    void everyRecipientRefusedFailsTheMessageNamingEachWithItsReason() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .onRecipient("a@college-test.fr", "550 5.1.1 <a@college-test.fr>: user unknown")
                .onRecipient("b@college-test.fr", "553 5.1.3 bad address syntax")
                .onRecipient("c@college-test.fr", "550 5.7.1 relaying denied").start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), PATIENT)) {
            long id = f.outbox.send(f.admin, new MailDraft(OutboxFixture.ACCOUNT,
                    "a@college-test.fr, b@college-test.fr, c@college-test.fr", "Réunion", "Bonjour\n", List.of()))
                    .get(0);

            DeliveryWorker.RunSummary summary = f.worker.runForeground(true, Duration.ofSeconds(30));

            assertThat(summary.failed()).isEqualTo(1);
            assertThat(server.messages()).isEmpty();
            OutboxEntry failed = f.entry(id);
            assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
            assertThat(failed.attempts()).isEqualTo(1);
            String error = Messages.forLocale(Locale.ENGLISH).get(failed.lastError());
            assertThat(error).startsWith("The server refused every recipient: ").contains(
                    "a@college-test.fr (550 5.1.1 <a@college-test.fr>: user unknown)",
                    "b@college-test.fr (553 5.1.3 bad address syntax)",
                    "c@college-test.fr (550 5.7.1 relaying denied)");
            assertThat(results(f, id).values()).extracting(RecipientResult::status, RecipientResult::smtpCode)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(RecipientStatus.REFUSED, 550),
                            org.assertj.core.groups.Tuple.tuple(RecipientStatus.REFUSED, 553),
                            org.assertj.core.groups.Tuple.tuple(RecipientStatus.REFUSED, 550));
            assertThat(new JdbcSentLogStore(f.db).find(id).orElseThrow().statusKey()).isEqualTo("outbox.state.FAILED");
        }
    }

    @Test
    void aSingleRefusedRecipientKeepsTheDiagnosisWithItsAdvice() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().onRecipient(UNKNOWN, USER_UNKNOWN).start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), PATIENT)) {
            long id = f.outbox.send(f.admin, new MailDraft(OutboxFixture.ACCOUNT, UNKNOWN, "Réunion", "Bonjour\n",
                    List.of())).get(0);

            f.worker.runForeground(true, Duration.ofSeconds(30));

            OutboxEntry failed = f.entry(id);
            assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
            assertThat(failed.lastError().key()).isEqualTo("diagnosis.RECIPIENT_REFUSED");
            assertThat(failed.serverReply()).isEqualTo(USER_UNKNOWN);
            assertThat(results(f, id).get(UNKNOWN).status()).isEqualTo(RecipientStatus.REFUSED);
        }
    }

    @Test
    void aMessageRefusedAsAWholeGivesEachRecipientTheServersWords() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .afterDataThen("554 5.7.1 Message refused: looks like spam").start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), PATIENT)) {
            long id = f.outbox.send(f.admin, new MailDraft(OutboxFixture.ACCOUNT, ACCEPTED + ", " + GREY1, "Réunion",
                    "Bonjour\n", List.of())).get(0);

            f.worker.runForeground(true, Duration.ofSeconds(30));

            assertThat(f.entry(id).state()).isEqualTo(OutboxState.FAILED);
            assertThat(results(f, id).values()).extracting(RecipientResult::status, RecipientResult::smtpText)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple(RecipientStatus.REFUSED,
                            "554 5.7.1 Message refused: looks like spam"))
                    .hasSize(2);
        }
    }

    @Test
    void noRecipientAcceptedYetWaitsForTheDeferredOnesAndKeepsTheRefusal() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().onRecipient(UNKNOWN, USER_UNKNOWN)
                .onRecipientThen(GREY1, GREYLISTED).start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), PATIENT)) {
            long id = f.outbox.send(f.admin, new MailDraft(OutboxFixture.ACCOUNT, UNKNOWN + ", " + GREY1,
                    "Réunion", "Bonjour\n", List.of())).get(0);

            f.worker.runForeground(false, null);

            OutboxEntry deferred = f.entry(id);
            assertThat(deferred.state()).isEqualTo(OutboxState.DEFERRED);
            assertThat(deferred.recipients()).containsExactly(GREY1);
            assertThat(Messages.forLocale(Locale.ENGLISH).get(deferred.lastError()))
                    .contains(GREY1, USER_UNKNOWN, GREYLISTED);
            assertThat(server.messages()).isEmpty();

            f.worker.runForeground(true, Duration.ofSeconds(30));

            assertThat(f.entry(id).state()).isEqualTo(OutboxState.SENT);
            assertThat(results(f, id).values()).extracting(RecipientResult::address, RecipientResult::status,
                    RecipientResult::attempt).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(UNKNOWN, RecipientStatus.REFUSED, 1),
                    org.assertj.core.groups.Tuple.tuple(GREY1, RecipientStatus.ACCEPTED, 2));
            assertThat(new JdbcSentLogStore(f.db).find(id).orElseThrow().partlySent()).isTrue();
        }
    }

    private static Map<String, RecipientResult> results(OutboxFixture f, long id) {
        List<RecipientResult> rows = f.db.inTransaction(c -> RecipientRows.read(c, List.of(id))).get(id);
        return rows.stream().collect(Collectors.toMap(RecipientResult::address, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static String rcpt(String command) {
        return command.substring(command.indexOf('<') + 1, command.indexOf('>'));
    }
}
