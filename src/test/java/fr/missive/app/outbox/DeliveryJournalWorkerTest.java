package fr.missive.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.store.db.EmbeddedOnly;
import fr.missive.store.db.PcIdentity;
import fr.missive.store.db.StorageException;
import fr.missive.store.outbox.DeliveryJournal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker marking each message sent in the delivery journal (the embedded outbox's way):
 * every message is recorded once, in batches, and the hooks hear of each; a mark that cannot be
 * written stops the delivery before the next message is accepted, and marks nothing sent.
 */
@EmbeddedOnly // the journal is the embedded database's; a shared server keeps one commit per mark
class DeliveryJournalWorkerTest {

    @TempDir
    Path folder;

    @Test
    void everyMessageIsRecordedSentOnceTheHooksHearOfEachAndTheJournalIsLeftEmpty() throws Exception {
        Path file = folder.resolve("outbox.journal");
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start();
             OutboxFixture f = new OutboxFixture(folder.resolve("data"), server.port(), OutboxFixture.QUICK);
             DeliveryJournal journal = DeliveryJournal.open(file)) {
            List<Long> ids = f.queue(260); // more than one batch of 250
            List<Long> told = new CopyOnWriteArrayList<>();
            DeliveryWorker worker = worker(f, journal, told);

            DeliveryWorker.RunSummary summary = worker.runForeground(true, Duration.ofSeconds(60));

            assertThat(summary.sent()).isEqualTo(260);
            assertThat(summary.waiting()).isZero();
            assertThat(f.entries()).extracting(OutboxEntry::state, OutboxEntry::attempts)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple(OutboxState.SENT, 1));
            assertThat(told).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(ReceivedMessages.messageIds(server.messages())).hasSize(260).doesNotHaveDuplicates();
            assertThat(journal.pending()).isEmpty();
        }
        try (DeliveryJournal reopened = DeliveryJournal.open(file)) {
            assertThat(reopened.pending()).as("every mark was recorded").isEmpty();
        }
    }

    @Test
    void aSlowServersBatchIsRecordedAsItGoesSoThatTheWindowsSeeItsProgress() throws Exception {
        // 20 messages of one batch at 150 ms each: three seconds, where the marks are recorded
        // every second, not only at the batch's end.
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().delayAfterData(150).start();
             OutboxFixture f = new OutboxFixture(folder.resolve("data"), server.port(), OutboxFixture.QUICK);
             DeliveryJournal journal = DeliveryJournal.open(folder.resolve("outbox.journal"))) {
            f.queue(20);
            DeliveryWorker worker = worker(f, journal, new CopyOnWriteArrayList<>());
            CompletableFuture<DeliveryWorker.RunSummary> run = CompletableFuture.supplyAsync(
                    () -> worker.runForeground(true, Duration.ofSeconds(60)));

            Await.until("ten messages received", Duration.ofSeconds(30), () -> server.messages().size() >= 10);
            long sentMidway = f.inState(OutboxState.SENT);

            assertThat(run.get().sent()).isEqualTo(20);
            assertThat(sentMidway).as("sent, as the outbox says with half the batch received").isBetween(3L, 10L);
        }
    }

    @Test
    void aMarkThatCannotBeWrittenStopsTheDeliveryMarksNothingSentAndCostsOneDuplicateAtMost() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start();
             OutboxFixture f = new OutboxFixture(folder.resolve("data"), server.port(), OutboxFixture.QUICK)) {
            List<Long> ids = f.queue(5);
            // A journal that fails at its first write, as a failing or full disk would make it.
            DeliveryJournal broken = DeliveryJournal.open(folder.resolve("broken.journal"));
            broken.close();

            assertThatThrownBy(() -> worker(f, broken, new CopyOnWriteArrayList<>())
                    .runForeground(true, Duration.ofSeconds(30))).isInstanceOf(StorageException.class);

            assertThat(server.messages()).as("the next message waited for the mark, and was not accepted")
                    .hasSize(1);
            assertThat(f.inState(OutboxState.SENT)).isZero();
            assertThat(f.inState(OutboxState.QUEUED)).isEqualTo(5);

            try (DeliveryJournal journal = DeliveryJournal.open(folder.resolve("outbox.journal"))) {
                assertThat(worker(f, journal, new CopyOnWriteArrayList<>()).runForeground(true, Duration.ofSeconds(30))
                        .sent()).isEqualTo(5);
            }
            Map<String, Long> copies = ReceivedMessages.messageIds(server.messages()).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(
                    ids.stream().map(id -> f.entry(id).messageId()).toList());
            assertThat(copies.get(f.entry(ids.get(0)).messageId())).as("the one whose mark failed").isEqualTo(2);
            assertThat(server.messages()).hasSize(6);
            assertThat(f.inState(OutboxState.SENT)).isEqualTo(5);
        }
    }

    private static DeliveryWorker worker(OutboxFixture f, DeliveryJournal journal, List<Long> told) {
        DeliveryWorker.AfterSent hook = OutboxFixture.telling(told);
        return new DeliveryWorker(f.store, f.accountStore, f.resolver, f.transport,
                new ProviderLimits(new fr.missive.app.accounts.ProviderPresets()), Clock.systemUTC(),
                OutboxFixture.QUICK, hook, OutboxHolder.thisProcess(PcIdentity.newId()), journal);
    }
}
