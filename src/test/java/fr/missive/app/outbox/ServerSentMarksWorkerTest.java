package fr.missive.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.store.db.PcIdentity;
import fr.missive.store.outbox.SentMark;
import fr.missive.store.outbox.ServerSentMarks;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker of a shared outbox marking each message sent in the database's table of marks
 * ({@link ServerSentMarks}): the outbox records a batch's marks while the next batch goes, every
 * message once, and a crashed PC's marks are recorded by another PC without their messages being
 * sent again. On the engine of the run (HSQLDB, then PostgreSQL in the pom's execution).
 */
class ServerSentMarksWorkerTest {

    @TempDir
    Path folder;

    @Test
    void everyMessageIsRecordedSentOnceBatchAfterBatchAndTheHooksHearOfEach() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start();
             OutboxFixture f = new OutboxFixture(folder.resolve("data"), server.port(), OutboxFixture.QUICK)) {
            List<Long> ids = f.queue(120); // three batches of a shared outbox's 50
            List<Long> told = new CopyOnWriteArrayList<>();

            DeliveryWorker.RunSummary summary = worker(f, told).runForeground(true, Duration.ofSeconds(60));

            assertThat(summary.sent()).isEqualTo(120);
            assertThat(summary.waiting()).isZero();
            assertThat(f.entries()).extracting(OutboxEntry::state, OutboxEntry::attempts)
                    .containsOnly(Tuple.tuple(OutboxState.SENT, 1));
            assertThat(told).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(ReceivedMessages.messageIds(server.messages())).hasSize(120).doesNotHaveDuplicates();
            assertThat(marksLeft(f)).as("every mark recorded, then deleted").isZero();
        }
    }

    @Test
    void aCrashedPcsMarksAreRecordedByAnotherPcWithoutTheirMessagesBeingSentAgain() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start();
             OutboxFixture f = new OutboxFixture(folder.resolve("data"), server.port(), OutboxFixture.QUICK)) {
            List<Long> ids = f.queue(3);
            // PC A claimed the three, its server accepted two of them, and it died before recording them.
            String crashed = OutboxHolder.thisProcess(PcIdentity.newId()).name();
            assertThat(f.store.claimDue(crashed, Duration.ofMinutes(2), Instant.now(), 50)).hasSize(3);
            for (long id : ids.subList(0, 2)) {
                f.store.addSentMark(crashed, new SentMark(id, Instant.now(), "250 2.0.0 Ok: queued",
                        List.of(f.entry(id).recipients().get(0))));
            }
            expireLeases(f);
            List<Long> told = new CopyOnWriteArrayList<>();

            DeliveryWorker.RunSummary summary = worker(f, told).runForeground(true, Duration.ofSeconds(60));

            assertThat(summary.sent()).as("sent by PC B").isEqualTo(1);
            assertThat(ReceivedMessages.messageIds(server.messages()))
                    .containsExactly(f.entry(ids.get(2)).messageId());
            assertThat(f.entries()).extracting(OutboxEntry::state, OutboxEntry::attempts)
                    .containsOnly(Tuple.tuple(OutboxState.SENT, 1));
            assertThat(told).as("the Sent-folder copies hear of all three").containsExactlyInAnyOrderElementsOf(ids);
            assertThat(marksLeft(f)).isZero();
        }
    }

    private static DeliveryWorker worker(OutboxFixture f, List<Long> told) {
        DeliveryWorker.AfterSent hook = OutboxFixture.telling(told);
        OutboxHolder holder = OutboxHolder.thisProcess(PcIdentity.newId());
        return new DeliveryWorker(f.store, f.accountStore, f.resolver, f.transport,
                new ProviderLimits(new fr.missive.app.accounts.ProviderPresets()), Clock.systemUTC(),
                OutboxFixture.QUICK, hook, holder, new ServerSentMarks(f.store, holder.name()));
    }

    private static void expireLeases(OutboxFixture f) {
        f.db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET lease_until = ?")) {
                p.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
                return p.executeUpdate();
            }
        });
    }

    private static int marksLeft(OutboxFixture f) {
        return f.db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM outbox_sent_mark");
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
