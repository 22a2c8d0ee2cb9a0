package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.store.contacts.ContactStore;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.outbox.JdbcOutboxStore;
import fr.missive.store.outbox.OutboxStore;
import fr.missive.store.outbox.TestAccountRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two PCs on one PostgreSQL database (two {@link Database}s, each with its connections): what one
 * writes reaches the other's feed through the triggers of V23 and LISTEN/NOTIFY, its own does not.
 * The outbox's trigger (V26) logs a "sent" mark without waking the feed, which its batch's end does
 * ({@link OutboxStore#announceMarks()}), and does not log what leaves a message SENDING.
 */
@PostgresqlOnly
class ChangeFeedTest {

    /** Far longer than the test waits: a change that arrives came by a notification, not the poll. */
    private static final Duration NO_POLL = Duration.ofMinutes(10);
    private static final String OTHER_PC = "pc-bbbbbbbbbbbbbbbb:200:2";

    @TempDir
    Path folder;
    private Database here;
    private Database otherPc;
    private final BlockingQueue<ChangeFeed.Change> told = new LinkedBlockingQueue<>();
    private ChangeFeed feed;

    @BeforeEach
    void open() {
        here = TestDatabases.open(folder);
        otherPc = TestDatabases.open(folder);
    }

    @AfterEach
    void close() {
        if (feed != null) {
            feed.close();
        }
        otherPc.close();
        here.close();
    }

    @Test
    void aContactSavedOnAnotherPcIsToldByIdWithinSecondsAndOwnWritesAreNot() throws Exception {
        Contact early = new JdbcContactStore(otherPc).save(pupil("Anaïs"));
        feed = ChangeFeed.start(here, changes -> told.addAll(changes), NO_POLL);
        Thread.sleep(1_000); // the feed's LISTEN is in place: an earlier write is not told again

        new JdbcContactStore(here).save(pupil("Zoé"));
        Contact added = new JdbcContactStore(otherPc).save(pupil("Noël"));

        ChangeFeed.Change change = told.poll(10, TimeUnit.SECONDS);
        assertThat(change).as("told of the other PC's insert").isNotNull();
        assertThat(change.table()).isEqualTo("contact");
        assertThat(change.ids()).containsExactly(added.id());
        assertThat(change.many()).isFalse();
        assertThat(told.poll(1, TimeUnit.SECONDS)).as("neither its own write nor the one before it started").isNull();

        new JdbcContactStore(otherPc).delete(List.of(early.id()));
        ChangeFeed.Change deleted = told.poll(10, TimeUnit.SECONDS);
        assertThat(deleted).isNotNull();
        assertThat(deleted.ids()).containsExactly(early.id());
    }

    @Test
    void anImportOfManyContactsIsToldOnceWithoutTheirIds() throws Exception {
        feed = ChangeFeed.start(here, changes -> told.addAll(changes), NO_POLL);
        Thread.sleep(1_000);
        List<Contact> many = new ArrayList<>();
        for (int i = 0; i < ChangeFeed.MAX_IDS + 10; i++) {
            many.add(pupil("Élève " + i));
        }

        ContactStore.StagedImport staged = new JdbcContactStore(otherPc).stageImport();
        staged.add(many);
        staged.show(List.of(), List.of(), n -> { }, () -> false);

        ChangeFeed.Change change = told.poll(10, TimeUnit.SECONDS);
        assertThat(change).isNotNull();
        assertThat(change.many()).isTrue();
        assertThat(change.ids()).isEmpty();
        assertThat(told.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aFewContactsImportedOnAnotherPcAreToldWhenTheImportIsShownSoTheyAreReadAgain() throws Exception {
        feed = ChangeFeed.start(here, changes -> told.addAll(changes), NO_POLL);
        Thread.sleep(1_000);
        ContactStore.StagedImport staged = new JdbcContactStore(otherPc).stageImport();
        long[] ids = staged.add(List.of(pupil("Anaïs"), pupil("Noël")));
        // Rows no one can read yet are not told (V27): the other PCs would read for nothing.
        assertThat(told.poll(3, TimeUnit.SECONDS)).as("told of hidden rows").isNull();
        assertThat(new JdbcContactStore(here).find(ids[0])).isEmpty();

        staged.show(List.of(), List.of(), n -> { }, () -> false);

        ChangeFeed.Change shown = told.poll(10, TimeUnit.SECONDS);
        assertThat(shown).as("told when shown").isNotNull();
        assertThat(shown.table()).isEqualTo("contact");
        assertThat(shown.many()).as("everything to read again").isTrue();
        assertThat(new JdbcContactStore(here).find(ids[0])).isPresent();
    }

    @Test
    void anotherPcsSentMarksWakeTheFeedOnceTheBatchIsAnnouncedAndItsLeaseRenewalsAreNotLogged() throws Exception {
        JdbcOutboxStore outbox = new JdbcOutboxStore(otherPc);
        long id = outbox.enqueue(List.of(new NewOutboxMessage(TestAccountRows.account(otherPc), 1,
                "<feed@college-test.fr>", "Absence", "secretariat@college-test.fr", List.of("famille@example.org"),
                "Subject: Absence\r\n\r\nBonjour\r\n".getBytes(StandardCharsets.US_ASCII))),
                Instant.now().minusSeconds(1)).get(0);
        feed = ChangeFeed.start(here, told::addAll, NO_POLL);
        Thread.sleep(1_000); // the feed's LISTEN is in place

        assertThat(outbox.claimDue(OTHER_PC, Duration.ofMinutes(2), Instant.now(), 10)).hasSize(1);
        ChangeFeed.Change claimed = told.poll(10, TimeUnit.SECONDS);
        assertThat(claimed).as("told of the claim").isNotNull();
        assertThat(claimed.table()).isEqualTo("outbox_message");
        assertThat(claimed.ids()).containsExactly(id);

        int logged = logRowsOf(id);
        assertThat(outbox.renewLeases(OTHER_PC, Duration.ofMinutes(2))).isEqualTo(1);
        assertThat(logRowsOf(id)).as("a renewed lease is not logged").isEqualTo(logged);

        assertThat(outbox.markSent(id, OTHER_PC, Instant.now(), "250 2.0.0 Ok", List.of())).isTrue();
        assertThat(logRowsOf(id)).as("the mark is logged").isEqualTo(logged + 1);
        assertThat(told.poll(2, TimeUnit.SECONDS)).as("the mark alone wakes no one").isNull();

        outbox.announceMarks();
        ChangeFeed.Change sent = told.poll(10, TimeUnit.SECONDS);
        assertThat(sent).as("told once the batch is announced").isNotNull();
        assertThat(sent.table()).isEqualTo("outbox_message");
        assertThat(sent.ids()).containsExactly(id);
    }

    @Test
    void anAnnouncementIsToldAsItArrivesWhileTheReadOfTheLogWaitsForItsGap() throws Exception {
        BlockingQueue<java.util.Set<String>> announced = new LinkedBlockingQueue<>();
        // The feed reads the log as it starts, then not again for ten seconds, far longer than
        // the test waits for an announcement: what arrives meanwhile is announced at once.
        feed = ChangeFeed.start(here, new ChangeFeed.Listener() {
            @Override
            public void changed(List<ChangeFeed.Change> changes) {
                told.addAll(changes);
            }

            @Override
            public void announced(java.util.Set<String> tables) {
                announced.add(tables);
            }
        }, NO_POLL, Duration.ofSeconds(10));
        Thread.sleep(1_000); // the feed's LISTEN is in place

        new JdbcOutboxStore(otherPc).announceMarks();
        assertThat(announced.poll(4, TimeUnit.SECONDS)).containsExactly("outbox_message");
        Contact added = new JdbcContactStore(otherPc).save(pupil("Noël"));
        assertThat(announced.poll(4, TimeUnit.SECONDS)).as("the second announcement, within the gap too")
                .containsExactly("contact");
        assertThat(told.poll(1, TimeUnit.SECONDS)).as("the log is not read before the gap is over").isNull();

        ChangeFeed.Change change = told.poll(20, TimeUnit.SECONDS);
        assertThat(change).as("read once the gap is over").isNotNull();
        assertThat(change.ids()).containsExactly(added.id());
    }

    private int logRowsOf(long id) {
        return here.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM change_log"
                    + " WHERE table_name = 'outbox_message' AND row_id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static Contact pupil(String first) {
        return new Contact(null, ContactKind.PUPIL, "", first, "DURAND", "3e A", null, null,
                new Consent(false, LocalDate.of(2026, 9, 1), ""), Map.of());
    }
}
