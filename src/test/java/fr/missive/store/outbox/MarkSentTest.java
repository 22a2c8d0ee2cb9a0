package fr.missive.store.outbox;

import static fr.missive.store.outbox.TestAccountRows.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.missive.model.UserMessage;
import fr.missive.model.mail.SmtpReply;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.RecipientOutcome;
import fr.missive.model.outbox.RecipientStatus;
import fr.missive.model.sentlog.RecipientResult;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "sent" mark of a message whose recipients were all accepted, which takes the short path
 * (one statement for every recipient row): what it records is what the long path records.
 */
class MarkSentTest {

    private static final Instant QUEUED = Instant.parse("2026-12-06T08:00:00Z");
    private static final Instant FIRST = QUEUED.plusSeconds(60);
    private static final Instant SECOND = QUEUED.plusSeconds(3600);

    @TempDir
    Path folder;

    @Test
    void aRetryAcceptedByEveryoneKeepsTheEarlierRefusalAndAddsAnAnsweredRecipientWithoutARow() {
        try (Database db = TestDatabases.open(folder)) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            long id = refusedThenDeferred(db, outbox, "<1@college-test.fr>", "Famille@Example.org");

            // The server's answer names the address in another case, and one it was not sent to.
            SmtpReply ok = SmtpReply.parse("250 2.0.0 Ok: queued as 4F2A");
            outbox.markSent(id, SECOND, ok.text(), List.of(
                    new RecipientOutcome("famille@example.org", RecipientStatus.ACCEPTED, ok, SECOND),
                    new RecipientOutcome("cousin@example.org", RecipientStatus.ACCEPTED, ok, SECOND)));

            OutboxEntry entry = outbox.find(id).orElseThrow();
            assertSentOnTheSecondAttempt(entry, SECOND);
            assertThat(entry.refused()).containsExactly("refuse@example.org: 550 5.1.1 user unknown");
            List<RecipientResult> rows = db.inTransaction(c -> RecipientRows.read(c, List.of(id))).get(id);
            assertThat(rows).extracting(RecipientResult::address, RecipientResult::status, RecipientResult::attempt,
                    RecipientResult::smtpCode, RecipientResult::at).containsExactly(
                    tuple("refuse@example.org", RecipientStatus.REFUSED, 1, 550, FIRST),
                    tuple("Famille@Example.org", RecipientStatus.ACCEPTED, 2, 250, SECOND),
                    tuple("cousin@example.org", RecipientStatus.ACCEPTED, 2, 250, SECOND));
            assertThat(rows.get(1).smtpText()).isEqualTo(ok.text());
            assertThat(rows.get(1).deferredAt()).as("when it was first deferred").isEqualTo(FIRST);
        }
    }

    @Test
    void aFirstDeliveryAcceptedByEveryoneMarksEachPendingRecipient() {
        try (Database db = TestDatabases.open(folder)) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            long id = outbox.enqueue(List.of(new NewOutboxMessage(account(db), 1, "<2@college-test.fr>", "Absence",
                    "secretariat@college-test.fr", List.of("mere@example.org", "pere@example.org"),
                    "Subject: Absence\r\n\r\nBonjour\r\n".getBytes(StandardCharsets.US_ASCII))), QUEUED).get(0);
            SmtpReply ok = SmtpReply.parse("250 Ok");

            outbox.markSent(id, FIRST, ok.text(), List.of(
                    new RecipientOutcome("mere@example.org", RecipientStatus.ACCEPTED, ok, FIRST),
                    new RecipientOutcome("pere@example.org", RecipientStatus.ACCEPTED, ok, FIRST)));

            OutboxEntry entry = outbox.find(id).orElseThrow();
            assertThat(entry.state()).isEqualTo(OutboxState.SENT);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.refused()).isEmpty();
            assertThat(db.inTransaction(c -> RecipientRows.read(c, List.of(id))).get(id))
                    .extracting(RecipientResult::address, RecipientResult::status, RecipientResult::attempt,
                            RecipientResult::smtpCode, RecipientResult::smtpText)
                    .containsExactly(tuple("mere@example.org", RecipientStatus.ACCEPTED, 1, 250, "250 Ok"),
                            tuple("pere@example.org", RecipientStatus.ACCEPTED, 1, 250, "250 Ok"));
        }
    }

    /** The message is sent, its second attempt counted once, at {@code at}, with no error left. */
    private static void assertSentOnTheSecondAttempt(OutboxEntry entry, Instant at) {
        assertThat(entry.state()).isEqualTo(OutboxState.SENT);
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(entry.sentAt()).isEqualTo(at);
        assertThat(entry.error()).isEmpty();
    }

    /**
     * A message to {@code refuse@example.org} and {@code family}, whose first attempt (at FIRST)
     * was refused for good for the one and deferred for the other; returns its id.
     */
    private static long refusedThenDeferred(Database db, JdbcOutboxStore outbox, String messageId, String family) {
        long id = outbox.enqueue(List.of(new NewOutboxMessage(account(db), 1, messageId, "Absence",
                "secretariat@college-test.fr", List.of("refuse@example.org", family),
                "Subject: Absence\r\n\r\nBonjour\r\n".getBytes(StandardCharsets.US_ASCII))), QUEUED).get(0);
        SmtpReply refused = SmtpReply.parse("550 5.1.1 user unknown");
        SmtpReply later = SmtpReply.parse("451 4.3.0 try later");
        outbox.markDeferred(id, SECOND, UserMessage.of("outbox.tryLater", "451"), later.text(), List.of(family),
                List.of(new RecipientOutcome("refuse@example.org", RecipientStatus.REFUSED, refused, FIRST),
                        new RecipientOutcome(family, RecipientStatus.DEFERRED, later, FIRST)));
        return id;
    }

    @Test
    void aJournalMarkCountsItsAttemptOnceAndKeepsAnEarlierRefusal() {
        try (Database db = TestDatabases.open(folder)) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            long id = refusedThenDeferred(db, outbox, "<4@college-test.fr>", "famille@example.org");
            assertThat(outbox.claimDue("pc-aaaaaaaaaaaaaaaa:100:1", java.time.Duration.ofMinutes(2), Instant.now(), 10))
                    .hasSize(1);

            Instant at = Instant.parse("2026-12-06T10:00:00Z");
            SentMark mark = new SentMark(id, at, "250 2.0.0 Ok: queued as 5B3C", List.of("famille@example.org"));
            assertThat(outbox.applySentMarks(List.of(mark))).containsExactly(id);
            assertThat(outbox.applySentMarks(List.of(mark))).as("replayed: already recorded").isEmpty();

            OutboxEntry entry = outbox.find(id).orElseThrow();
            assertSentOnTheSecondAttempt(entry, at);
            assertThat(entry.refused()).containsExactly("refuse@example.org: 550 5.1.1 user unknown");
            assertThat(db.inTransaction(c -> RecipientRows.read(c, List.of(id))).get(id))
                    .extracting(RecipientResult::address, RecipientResult::status, RecipientResult::attempt)
                    .containsExactly(tuple("refuse@example.org", RecipientStatus.REFUSED, 1),
                            tuple("famille@example.org", RecipientStatus.ACCEPTED, 2));
        }
    }

    @Test
    void aSharedOutboxsMarksRecordedTogetherAreWhatOneMarkRecords() {
        try (Database db = TestDatabases.open(folder)) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            String pc = "pc-aaaaaaaaaaaaaaaa:100:1";
            long retried = refusedThenDeferred(db, outbox, "<5@college-test.fr>", "Famille@Example.org");
            long account = outbox.find(retried).orElseThrow().accountId();
            long first = outbox.enqueue(List.of(new NewOutboxMessage(account, 1, "<6@college-test.fr>", "Absence",
                    "secretariat@college-test.fr", List.of("mere@example.org", "pere@example.org"),
                    "Subject: Absence\r\n\r\nBonjour\r\n".getBytes(StandardCharsets.US_ASCII))), QUEUED).get(0);
            assertThat(outbox.claimDue(pc, java.time.Duration.ofMinutes(2), Instant.now(), 10)).hasSize(2);

            Instant at = Instant.parse("2026-12-06T10:00:00Z");
            String reply = "250 2.0.0 Ok: queued as 5B3C";
            // The envelope names the address in another case than the row.
            outbox.addSentMark(pc, new SentMark(retried, at, reply, List.of("famille@example.org")));
            outbox.addSentMark(pc, new SentMark(first, at, reply, List.of("mere@example.org", "pere@example.org")));
            assertThat(outbox.recordSentMarks(pc)).containsExactlyInAnyOrder(retried, first);
            assertThat(outbox.recordSentMarks(pc)).as("recorded once").isEmpty();

            OutboxEntry entry = outbox.find(retried).orElseThrow();
            assertSentOnTheSecondAttempt(entry, at);
            assertThat(entry.serverReply()).isEqualTo(reply);
            assertThat(entry.refused()).containsExactly("refuse@example.org: 550 5.1.1 user unknown");
            assertThat(db.inTransaction(c -> RecipientRows.read(c, List.of(retried))).get(retried))
                    .extracting(RecipientResult::address, RecipientResult::status, RecipientResult::attempt,
                            RecipientResult::smtpCode, RecipientResult::at)
                    .containsExactly(tuple("refuse@example.org", RecipientStatus.REFUSED, 1, 550, FIRST),
                            tuple("Famille@Example.org", RecipientStatus.ACCEPTED, 2, 250, at));
            OutboxEntry sent = outbox.find(first).orElseThrow();
            assertThat(sent.state()).isEqualTo(OutboxState.SENT);
            assertThat(sent.attempts()).isEqualTo(1);
            assertThat(sent.refused()).isEmpty();
            assertThat(db.inTransaction(c -> RecipientRows.read(c, List.of(first))).get(first))
                    .extracting(RecipientResult::address, RecipientResult::status, RecipientResult::attempt,
                            RecipientResult::smtpCode, RecipientResult::smtpText)
                    .containsExactly(tuple("mere@example.org", RecipientStatus.ACCEPTED, 1, 250, reply),
                            tuple("pere@example.org", RecipientStatus.ACCEPTED, 1, 250, reply));
        }
    }

    @Test
    void aMarkByTheMessagesHolderEndsItsLeaseAndKeepsAnEarlierRefusal() {
        try (Database db = TestDatabases.open(folder)) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            long id = refusedThenDeferred(db, outbox, "<3@college-test.fr>", "famille@example.org");
            String pc = "pc-aaaaaaaaaaaaaaaa:100:1";
            assertThat(outbox.claimDue(pc, java.time.Duration.ofMinutes(2), Instant.now(), 10)).hasSize(1);

            SmtpReply ok = SmtpReply.parse("250 2.0.0 Ok: queued as 5B3C");
            Instant at = Instant.parse("2026-12-06T10:00:00Z");
            assertThat(outbox.markSent(id, pc, at, ok.text(), List.of(
                    new RecipientOutcome("famille@example.org", RecipientStatus.ACCEPTED, ok, at)))).isTrue();

            OutboxEntry entry = outbox.find(id).orElseThrow();
            assertSentOnTheSecondAttempt(entry, at);
            assertThat(entry.serverReply()).isEqualTo(ok.text());
            assertThat(entry.refused()).containsExactly("refuse@example.org: 550 5.1.1 user unknown");
            assertThat(db.inTransaction(c -> RecipientRows.read(c, List.of(id))).get(id))
                    .extracting(RecipientResult::address, RecipientResult::status, RecipientResult::attempt,
                            RecipientResult::smtpCode, RecipientResult::at)
                    .containsExactly(tuple("refuse@example.org", RecipientStatus.REFUSED, 1, 550, FIRST),
                            tuple("famille@example.org", RecipientStatus.ACCEPTED, 2, 250, at));
            String holderAndLease = db.inTransaction(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT claimed_by, lease_until FROM outbox_message"
                        + " WHERE id = ?")) {
                    p.setLong(1, id);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        return rs.getString(1) + " " + rs.getTimestamp(2);
                    }
                }
            });
            assertThat(holderAndLease).as("who sent it stays written; its lease is over").isEqualTo(pc + " null");
            assertThat(outbox.markSent(id, pc, at, ok.text(), List.of())).as("no longer held").isFalse();
        }
    }
}
