package fr.missive.store.outbox;

import static fr.missive.store.outbox.TestAccountRows.account;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.UserMessage;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.QueuedMessage;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared outbox's claims, leases and sending slots, on the engine of the run (HSQLDB, then
 * PostgreSQL in the pom's {@code postgresql} execution): two holders stand for two PCs.
 */
class OutboxLeasesTest {

    private static final String PC_A = "pc-aaaaaaaaaaaaaaaa:100:1";
    private static final String PC_B = "pc-bbbbbbbbbbbbbbbb:200:2";
    private static final Duration LEASE = Duration.ofMinutes(2);

    @TempDir
    Path folder;

    private Database db;
    private JdbcOutboxStore store;
    private long account;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        store = new JdbcOutboxStore(db);
        account = account(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void twoPcsClaimingAtOnceNeverGetTheSameMessage() throws Exception {
        queue(100);
        ExecutorService pcs = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> a = pcs.submit(claimAll(PC_A));
            Future<List<Long>> b = pcs.submit(claimAll(PC_B));
            List<Long> all = new ArrayList<>(a.get());
            all.addAll(b.get());

            assertThat(all).hasSize(100).doesNotHaveDuplicates();
            assertThat(store.countByState().get(OutboxState.SENDING)).isEqualTo(100);
        } finally {
            pcs.shutdownNow();
        }
    }

    @Test
    void aLeaseIsTakenOverOnlyOnceItHasExpired() {
        List<Long> ids = queue(3);
        assertThat(store.claimDue(PC_A, LEASE, Instant.now(), 10)).extracting(QueuedMessage::id)
                .containsExactlyElementsOf(ids);

        assertThat(store.claimDue(PC_B, LEASE, Instant.now(), 10)).as("A's leases hold").isEmpty();

        expireLease(ids.get(1));
        assertThat(store.claimDue(PC_B, LEASE, Instant.now(), 10)).extracting(QueuedMessage::id)
                .containsExactly(ids.get(1));
        assertThat(holderOf(ids.get(1))).isEqualTo(PC_B);
        assertThat(holderOf(ids.get(0))).isEqualTo(PC_A);
    }

    @Test
    void aPcThatLostItsLeaseCannotRecordAnOutcome() {
        long id = queue(1).get(0);
        store.claimDue(PC_A, LEASE, Instant.now(), 10);
        expireLease(id);
        store.claimDue(PC_B, LEASE, Instant.now(), 10);

        assertThat(store.markSent(id, PC_A, Instant.now(), "250 ok", List.of())).isFalse();
        assertThat(store.markFailed(id, PC_A, UserMessage.of("outbox.tryLater", "x"), "550 no", List.of())).isFalse();
        assertThat(store.markDeferred(id, PC_A, Instant.now().plusSeconds(60), UserMessage.of("outbox.tryLater", "x"),
                "450 later", null, List.of())).isFalse();
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(OutboxState.SENDING);

        assertThat(store.markSent(id, PC_B, Instant.now(), "250 ok", List.of())).isTrue();
        OutboxEntry sent = store.find(id).orElseThrow();
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
        assertThat(holderOf(id)).as("who sent it stays written").isEqualTo(PC_B);
    }

    @Test
    void aMessageWithASentMarkIsNeverClaimedAgainAndAnyPcRecordsItOnceNoLeaseHoldsIt() {
        List<Long> ids = queue(2);
        store.claimDue(PC_A, LEASE, Instant.now(), 10);
        Instant at = Instant.now();
        // A's server accepted the first message; A stopped (crashed) before recording its batch.
        store.addSentMark(PC_A, new SentMark(ids.get(0), at, "250 2.0.0 Ok", List.of("famille0@college-test.fr")));
        assertThat(store.recordSentMarks(PC_B)).as("A's lease holds: its marks are A's to record").isEmpty();

        expireLease(ids.get(0));
        expireLease(ids.get(1));
        assertThat(store.claimDue(PC_B, LEASE, Instant.now(), 10)).as("the marked message is sent already")
                .extracting(QueuedMessage::id).containsExactly(ids.get(1));
        assertThat(store.recordSentMarks(PC_B)).containsExactly(ids.get(0));
        assertThat(store.recordSentMarks(PC_B)).as("recorded once").isEmpty();

        OutboxEntry sent = store.find(ids.get(0)).orElseThrow();
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(holderOf(ids.get(0))).as("who sent it stays written").isEqualTo(PC_A);
    }

    @Test
    void aSecondMarkOfOneMessageIsNotKeptAndItsOwnMarksAreRecordedByTheHolder() {
        long id = queue(1).get(0);
        store.claimDue(PC_A, LEASE, Instant.now(), 10);
        SentMark mark = new SentMark(id, Instant.now(), "250 Ok", List.of("famille0@college-test.fr"));
        store.addSentMark(PC_A, mark);
        // Sent by a second PC too (A's lease lapsed meanwhile): the first mark says it already.
        store.addSentMark(PC_B, mark);

        assertThat(store.recordSentMarks(PC_A)).containsExactly(id);
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        assertThat(store.recordSentMarks(PC_B)).isEmpty();
        int left = db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM outbox_sent_mark");
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(left).as("recorded marks go").isZero();
    }

    @Test
    void renewingKeepsTheLeaseAndReleasingFreesTheMessagesForAnyPc() {
        List<Long> ids = queue(2);
        store.claimDue(PC_A, Duration.ofSeconds(1), Instant.now(), 10);
        expireLease(ids.get(0));
        assertThat(store.renewLeases(PC_A, LEASE)).isEqualTo(2);
        assertThat(store.claimDue(PC_B, LEASE, Instant.now(), 10)).as("renewed in time").isEmpty();

        store.releaseClaims(PC_A, List.of(ids.get(0)));
        assertThat(store.claimDue(PC_B, LEASE, Instant.now(), 10)).extracting(QueuedMessage::id)
                .containsExactly(ids.get(0));
        assertThat(store.releaseAllClaims(PC_B)).isEqualTo(1);
        assertThat(store.releaseAllClaims(PC_A)).isEqualTo(1);
        assertThat(store.countByState().get(OutboxState.QUEUED)).isEqualTo(2);
        assertThat(store.claimHolders()).isEmpty();
    }

    @Test
    void theNextAttemptSaysInTheSameReadWhetherAnotherPcIsSending() {
        assertThat(store.nextAttempt()).as("nothing waits").isEmpty();
        List<Long> ids = queue(2);
        OutboxStore.NextAttempt queued = store.nextAttempt().orElseThrow();
        assertThat(queued.sending()).isFalse();
        assertThat(queued.at()).isBefore(Instant.now());

        store.claimDue(PC_B, LEASE, Instant.now(), 10);
        OutboxStore.NextAttempt claimed = store.nextAttempt().orElseThrow();
        assertThat(claimed.sending()).as("B sends them").isTrue();
        assertThat(claimed.at()).as("B's lease, after which they are taken over").isAfter(Instant.now().plus(LEASE)
                .minusSeconds(30));

        for (long id : ids) {
            assertThat(store.markSent(id, PC_B, Instant.now(), "250 2.0.0 Ok", List.of())).isTrue();
        }
        assertThat(store.nextAttempt()).as("B is done: a run until empty ends rather than wait for B's lease")
                .isEmpty();
    }

    @Test
    void anAccountThatCannotSendDefersOnlyWhatNoOtherPcIsSending() {
        List<Long> ids = queue(3);
        store.claimDue(PC_A, LEASE, Instant.now(), 1);
        store.claimDue(PC_B, LEASE, Instant.now(), 1);

        int deferred = store.deferAccount(account, PC_B, Instant.now().plusSeconds(300),
                UserMessage.of("outbox.tryLater", "x"));

        assertThat(deferred).as("B's own message and the one waiting").isEqualTo(2);
        assertThat(store.find(ids.get(0)).orElseThrow().state()).as("A's").isEqualTo(OutboxState.SENDING);
        assertThat(store.find(ids.get(1)).orElseThrow().state()).isEqualTo(OutboxState.DEFERRED);
        assertThat(store.find(ids.get(2)).orElseThrow().state()).isEqualTo(OutboxState.DEFERRED);
    }

    @Test
    void aPerMinuteLimitHoldsTheNextSlotUntilTheOldestIsAMinuteOld() {
        List<Long> ids = queue(3);
        Instant now = Instant.parse("2026-11-27T17:00:00Z");

        assertThat(store.takeSendingSlot(ids.get(0), account, 2, 0, now)).isEmpty();
        assertThat(store.takeSendingSlot(ids.get(1), account, 2, 0, now.plusSeconds(10))).isEmpty();

        assertThat(store.takeSendingSlot(ids.get(2), account, 2, 0, now.plusSeconds(20))).contains(now.plusSeconds(60));
        assertThat(store.takeSendingSlot(ids.get(2), account, 2, 0, now.plusSeconds(61))).isEmpty();
    }

    @Test
    void aPerDayLimitCountsWhatWasSentBeforeThisVersionAndEveryPc() {
        List<Long> ids = queue(3);
        Instant now = Instant.parse("2026-11-27T17:00:00Z");
        // Sent an hour ago (as before V22, by its sent_at alone: the migration copied it to slot_at).
        store.markSending(List.of(ids.get(0)));
        store.markSent(ids.get(0), now.minus(Duration.ofHours(1)), "250 ok", List.of());
        setSlotAt(ids.get(0), now.minus(Duration.ofHours(1)));

        assertThat(store.takeSendingSlot(ids.get(1), account, 0, 2, now)).isEmpty();
        assertThat(store.takeSendingSlot(ids.get(2), account, 0, 2, now.plusSeconds(5)))
                .contains(now.minus(Duration.ofHours(1)).plus(Duration.ofDays(1)));
    }

    @Test
    void noLimitAlwaysGivesASlot() {
        List<Long> ids = queue(50);
        for (long id : ids) {
            assertThat(store.takeSendingSlot(id, account, 0, 0, Instant.now())).isEmpty();
        }
    }

    @Test
    void slotsTakenByTwoPcsAtOnceNeverExceedTheLimit() throws Exception {
        List<Long> ids = queue(40);
        Instant now = Instant.parse("2026-11-27T17:00:00Z");
        ExecutorService pcs = Executors.newFixedThreadPool(2);
        try {
            Set<Long> taken = java.util.Collections.synchronizedSet(new HashSet<>());
            List<Future<?>> runs = new ArrayList<>();
            for (int pc = 0; pc < 2; pc++) {
                List<Long> mine = ids.subList(pc * 20, pc * 20 + 20);
                runs.add(pcs.submit(() -> {
                    for (long id : mine) {
                        if (store.takeSendingSlot(id, account, 5, 0, now).isEmpty()) {
                            taken.add(id);
                        }
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            assertThat(taken).hasSize(5);
        } finally {
            pcs.shutdownNow();
        }
    }

    /** Claims by small batches until nothing is left; the ids claimed. */
    private Callable<List<Long>> claimAll(String holder) {
        return () -> {
            List<Long> mine = new ArrayList<>();
            List<QueuedMessage> batch;
            while (!(batch = store.claimDue(holder, LEASE, Instant.now(), 7)).isEmpty()) {
                batch.forEach(m -> mine.add(m.id()));
            }
            return mine;
        };
    }

    private List<Long> queue(int count) {
        List<NewOutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(new NewOutboxMessage(account, 1, "<" + i + "." + System.nanoTime() + "@college-test.fr>",
                    "Absence " + i, "secretariat@college-test.fr", List.of("famille" + i + "@college-test.fr"),
                    ("Subject: " + i + "\r\n\r\nBonjour\r\n").getBytes(StandardCharsets.US_ASCII)));
        }
        return store.enqueue(messages, Instant.now().minusSeconds(1));
    }

    private void expireLease(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET lease_until = ? WHERE id = ?")) {
                p.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
                p.setLong(2, id);
                return p.executeUpdate();
            }
        });
    }

    private void setSlotAt(long id, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET slot_at = ? WHERE id = ?")) {
                p.setTimestamp(1, Timestamp.from(at));
                p.setLong(2, id);
                return p.executeUpdate();
            }
        });
    }

    private String holderOf(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT claimed_by FROM outbox_message WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
