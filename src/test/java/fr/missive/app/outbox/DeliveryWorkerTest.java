package fr.missive.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.mail.Security;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker against the scripted SMTP server: one connection, 4xx retried, 5xx failed, partial refusal. */
class DeliveryWorkerTest {

    @TempDir
    Path folder;

    @Test
    void aBatchGoesOverOneConnectionWithTheMessageIdsFixedAtQueueTime() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), OutboxFixture.QUICK)) {
            List<Long> ids = f.queue(5);
            assertThat(f.inState(OutboxState.QUEUED)).isEqualTo(5);

            DeliveryWorker.RunSummary summary = f.worker.runForeground(true, Duration.ofSeconds(30));

            assertThat(summary.sent()).isEqualTo(5);
            assertThat(summary.waiting()).isZero();
            assertThat(server.commands()).filteredOn(c -> c.startsWith("EHLO")).hasSize(1);
            assertThat(server.commands()).filteredOn(c -> c.startsWith("MAIL FROM")).hasSize(5);
            assertThat(ReceivedMessages.messageIds(server.messages()))
                    .containsExactlyElementsOf(ids.stream().map(id -> f.entry(id).messageId()).toList());
            OutboxEntry first = f.entry(ids.get(0));
            assertThat(first.state()).isEqualTo(OutboxState.SENT);
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.serverReply()).startsWith("250");
            assertThat(first.sentAt()).isNotNull();
        }
    }

    @Test
    void aTemporaryRefusalIsDeferredThenSentWithTheSameMessageId() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .afterDataThen("451 4.7.1 Greylisted, please try again later").start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), OutboxFixture.QUICK)) {
            long id = f.queue(1).get(0);

            DeliveryWorker.RunSummary once = f.worker.runForeground(false, null);

            assertThat(once.deferred()).isEqualTo(1);
            OutboxEntry deferred = f.entry(id);
            assertThat(deferred.state()).isEqualTo(OutboxState.DEFERRED);
            assertThat(deferred.attempts()).isEqualTo(1);
            assertThat(deferred.nextAttemptAt()).isAfter(Instant.now().minusSeconds(1));
            assertThat(deferred.serverReply()).startsWith("451 4.7.1");
            assertThat(deferred.lastError()).isNotNull();

            DeliveryWorker.RunSummary later = f.worker.runForeground(true, Duration.ofSeconds(30));

            assertThat(later.sent()).isEqualTo(1);
            OutboxEntry sent = f.entry(id);
            assertThat(sent.state()).isEqualTo(OutboxState.SENT);
            assertThat(sent.attempts()).isEqualTo(2);
            assertThat(sent.lastError()).isNull();
            assertThat(ReceivedMessages.messageIds(server.messages())).containsExactly(sent.messageId(),
                    sent.messageId());
        }
    }

    @Test
    void aPermanentRefusalFailsAtOnceWithTheServersReply() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .afterDataThen("554 5.7.1 Message refused: looks like spam").start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), OutboxFixture.QUICK)) {
            List<Long> ids = f.queue(2);

            DeliveryWorker.RunSummary summary = f.worker.runForeground(true, Duration.ofSeconds(30));

            assertThat(summary.failed()).isEqualTo(1);
            assertThat(summary.sent()).isEqualTo(1);
            OutboxEntry failed = f.entry(ids.get(0));
            assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.serverReply()).isEqualTo("554 5.7.1 Message refused: looks like spam");
            assertThat(failed.lastError().key()).startsWith("diagnosis.");
            assertThat(f.entry(ids.get(1)).state()).isEqualTo(OutboxState.SENT);
            assertThat(server.messages()).hasSize(2);
        }
    }

    @Test
    void recipientsRefusedWhileOthersAcceptedAreRecorded() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .onRecipient("inconnu@college-test.fr", "550 5.1.1 <inconnu@college-test.fr>: user unknown")
                .onRecipient("pleine@college-test.fr", "452 4.2.2 Mailbox full").start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), OutboxFixture.QUICK)) {
            List<Long> ids = f.outbox.send(f.admin, new MailDraft(OutboxFixture.ACCOUNT,
                    "parent@college-test.fr, inconnu@college-test.fr; pleine@college-test.fr", "Réunion", "Bonjour\n",
                    List.of()));

            f.worker.runForeground(false, null);

            OutboxEntry partly = f.entry(ids.get(0));
            assertThat(partly.state()).isEqualTo(OutboxState.DEFERRED);
            assertThat(partly.recipients()).containsExactly("pleine@college-test.fr");
            assertThat(partly.refused()).containsExactly(
                    "inconnu@college-test.fr: 550 5.1.1 <inconnu@college-test.fr>: user unknown",
                    "pleine@college-test.fr: 452 4.2.2 Mailbox full");
            assertThat(partly.lastError().key()).isEqualTo("outbox.partlyDelivered");
            assertThat(partly.lastError().args()).containsExactly("pleine@college-test.fr");
            assertThat(server.messages()).hasSize(1);
        }
    }

    @Test
    void aRefusedSignInFailsTheAccountsMessagesAfterOneTry() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .on("AUTH", "535 5.7.8 Authentication credentials invalid").start();
             OutboxFixture f = new OutboxFixture(folder, new SmtpDraft("127.0.0.1", server.port(), Security.NONE,
                     "secretariat", "mauvais".toCharArray(), null, true, null), OutboxFixture.QUICK)) {
            f.queue(3);

            DeliveryWorker.RunSummary summary = f.worker.runForeground(true, Duration.ofSeconds(30));

            assertThat(summary.failed()).isEqualTo(3);
            assertThat(server.commands()).filteredOn(c -> c.startsWith("AUTH")).hasSize(1);
            assertThat(f.entries()).allSatisfy(e -> {
                assertThat(e.state()).isEqualTo(OutboxState.FAILED);
                assertThat(e.lastError().key()).isEqualTo("diagnosis.AUTH_REFUSED");
                assertThat(e.serverReply()).startsWith("535 5.7.8");
            });
        }
    }

    @Test
    void anAccountsPerMinuteLimitHoldsTheRestOfTheBatch() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start();
             OutboxFixture f = new OutboxFixture(folder, new SmtpDraft("127.0.0.1", server.port(), Security.NONE, null,
                     null, null, false, null), OutboxFixture.QUICK,
                     new ProviderLimits(new ProviderPresets(), Map.of("127.0.0.1", new SendingLimits(2, 0))))) {
            List<Long> ids = f.queue(3);

            DeliveryWorker.RunSummary summary = f.worker.runForeground(true, Duration.ofSeconds(3));

            assertThat(summary.sent()).isEqualTo(2);
            assertThat(summary.waiting()).isEqualTo(1);
            assertThat(server.messages()).hasSize(2);
            OutboxEntry held = f.entry(ids.get(2));
            assertThat(held.state()).isEqualTo(OutboxState.QUEUED);
            assertThat(held.attempts()).isZero();
        }
    }

    @Test
    void givesUpOnceTheRetryPeriodIsOver() throws Exception {
        // A period long enough for a second attempt even on a loaded machine (1.5 s failed at a load of 15 on 2 cores).
        RetryPolicy impatient = new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(4));
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .afterDataThen(Collections.nCopies(100, "421 4.3.2 Busy").toArray(String[]::new)).start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), impatient)) {
            long id = f.queue(1).get(0);

            DeliveryWorker.RunSummary summary = f.worker.runForeground(true, Duration.ofSeconds(20));

            assertThat(summary.failed()).isEqualTo(1);
            OutboxEntry failed = f.entry(id);
            assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
            assertThat(failed.attempts()).isGreaterThan(1);
            assertThat(failed.serverReply()).startsWith("421");
        }
    }
}
