package fr.missive.store.outbox;

import static fr.missive.store.outbox.TestAccountRows.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.RecipientStatus;
import fr.missive.model.sentlog.RecipientResult;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery journal: the "sent" marks written to it are read back after the process ends,
 * a record torn by a crash is left out with nothing after it, the outbox records the marks once
 * however often they are replayed, and once recorded they are never read again.
 */
class DeliveryJournalTest {

    private static final Instant QUEUED = Instant.parse("2026-12-06T08:00:00Z");
    /** As precise as the databases keep it (microseconds); the journal keeps nanoseconds. */
    private static final Instant SENT = Instant.parse("2026-12-06T08:01:02.345678Z");
    private static final String OK = "250 2.0.0 Ok: queued as 4F2A";

    @TempDir
    Path folder;

    @Test
    void marksWrittenAreReadBackByTheNextProcessExactly() throws IOException {
        Path file = folder.resolve("outbox.journal");
        List<SentMark> written = List.of(
                new SentMark(7, SENT.plusNanos(901), OK, List.of("famille.lefèvre@example.org", "Ørsted@example.org")),
                new SentMark(8, SENT.plusMillis(3), null, List.of("n'diaye@example.org")),
                new SentMark(9, SENT.plusMillis(6), OK, List.of()));
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            assertThat(journal.pending()).isEmpty();
            written.forEach(journal::append);
        }
        assertThat(Files.size(file)).as("preallocated, so that a mark only changes data").isGreaterThan(100_000);
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            assertThat(journal.pending()).isEqualTo(written);
        }
    }

    @Test
    void aLastRecordTornByACrashIsLeftOutAndTheOthersKept() throws IOException {
        Path file = folder.resolve("outbox.journal");
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            for (long id = 1; id <= 3; id++) {
                journal.append(new SentMark(id, SENT, OK, List.of("famille" + id + "@example.org")));
            }
        }
        long third = recordOffset(file, 2);
        // Only the first half of the third record reached the disk.
        int length = readInt(file, third);
        overwrite(file, third + 8 + length / 2, new byte[length - length / 2]);
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            assertThat(journal.pending()).extracting(SentMark::id).containsExactly(1L, 2L);
            // The next mark takes the torn one's place, and is read back with the two before it.
            journal.append(new SentMark(4, SENT, OK, List.of("famille4@example.org")));
        }
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            assertThat(journal.pending()).extracting(SentMark::id).containsExactly(1L, 2L, 4L);
        }
    }

    @Test
    void aRecordWhoseBytesChangedEndsTheReading() throws IOException {
        Path file = folder.resolve("outbox.journal");
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            for (long id = 1; id <= 3; id++) {
                journal.append(new SentMark(id, SENT, OK, List.of("famille" + id + "@example.org")));
            }
        }
        overwrite(file, recordOffset(file, 1) + 20, new byte[] {0x55});
        try (DeliveryJournal journal = DeliveryJournal.open(file)) {
            assertThat(journal.pending()).as("nothing after a bad record is trusted").extracting(SentMark::id)
                    .containsExactly(1L);
        }
    }

    @Test
    void marksReplayedTwiceAreRecordedOnceAndThenNeverReadAgain() {
        Path file = folder.resolve("outbox.journal");
        try (Database db = TestDatabases.open(folder.resolve("data"))) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            long account = account(db);
            List<Long> ids = outbox.enqueue(List.of(message(account, 1, "famille1@example.org"),
                    message(account, 2, "Famille2@Example.org"), message(account, 3, "famille3@example.org")), QUEUED);
            outbox.markSending(ids);
            List<SentMark> marks = List.of(new SentMark(ids.get(0), SENT, OK, List.of("famille1@example.org")),
                    new SentMark(ids.get(1), SENT, OK, List.of("Famille2@Example.org")));
            try (DeliveryJournal journal = DeliveryJournal.open(file)) {
                marks.forEach(journal::append);
            }

            // A process killed after the outbox recorded them and before the journal started afresh.
            assertThat(outbox.applySentMarks(marks)).containsExactly(ids.get(0), ids.get(1));
            try (DeliveryJournal journal = DeliveryJournal.open(file)) {
                assertThat(journal.pending()).hasSize(2);
                assertThat(journal.replayInto(outbox)).as("already recorded: nothing changes").isEmpty();
                assertThat(journal.pending()).isEmpty();
            }
            try (DeliveryJournal journal = DeliveryJournal.open(file)) {
                assertThat(journal.pending()).as("recorded marks are not read again").isEmpty();
            }

            assertThat(outbox.find(ids.get(0)).orElseThrow()).extracting(OutboxEntry::state, OutboxEntry::attempts,
                    OutboxEntry::sentAt).containsExactly(OutboxState.SENT, 1, SENT);
            assertThat(outbox.find(ids.get(1)).orElseThrow().state()).isEqualTo(OutboxState.SENT);
            assertThat(outbox.find(ids.get(2)).orElseThrow().state()).as("not in the journal")
                    .isEqualTo(OutboxState.SENDING);
            List<RecipientResult> rows = db.inTransaction(c -> RecipientRows.read(c, List.of(ids.get(1))))
                    .get(ids.get(1));
            assertThat(rows).extracting(RecipientResult::address, RecipientResult::status, RecipientResult::attempt,
                    RecipientResult::smtpCode, RecipientResult::at)
                    .containsExactly(tuple("Famille2@Example.org", RecipientStatus.ACCEPTED, 1, 250, SENT));
        }
    }

    @Test
    void aMarkForAMessageCancelledOrGoneChangesNothing() {
        try (Database db = TestDatabases.open(folder.resolve("data"))) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            long id = outbox.enqueue(List.of(message(account(db), 1, "famille1@example.org")), QUEUED).get(0);
            assertThat(outbox.cancel(id)).isTrue();
            assertThat(outbox.applySentMarks(List.of(new SentMark(id, SENT, OK, List.of("famille1@example.org")),
                    new SentMark(id + 1000, SENT, OK, List.of("x@example.org"))))).isEmpty();
            assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(OutboxState.CANCELLED);
        }
    }

    /** Where the record numbered {@code index} (from 0) begins: after the header and the records before it. */
    private static long recordOffset(Path file, int index) throws IOException {
        long at = 32;
        for (int i = 0; i < index; i++) {
            at += 8 + readInt(file, at);
        }
        return at;
    }

    private static int readInt(Path file, long at) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(4);
            ch.read(b, at);
            return b.getInt(0);
        }
    }

    private static void overwrite(Path file, long at, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(bytes), at);
        }
        assertThat(Files.size(file)).isGreaterThan(at);
    }

    private static NewOutboxMessage message(long account, int n, String to) {
        return new NewOutboxMessage(account, 1, "<" + n + "@college-test.fr>", "Absence",
                "secretariat@college-test.fr", List.of(to),
                ("Subject: Absence " + n + "\r\n\r\nBonjour\r\n").getBytes(StandardCharsets.US_ASCII));
    }
}
