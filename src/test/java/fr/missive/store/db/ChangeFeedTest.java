package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.store.contacts.ContactStore;
import fr.missive.store.contacts.JdbcContactStore;
import java.nio.file.Path;
import java.time.Duration;
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
 */
@PostgresqlOnly
class ChangeFeedTest {

    /** Far longer than the test waits: a change that arrives came by a notification, not the poll. */
    private static final Duration NO_POLL = Duration.ofMinutes(10);

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
        // Told of the rows while hidden (by id): a PC reading them then finds nothing yet.
        List<ChangeFeed.Change> whileHidden = new ArrayList<>();
        for (ChangeFeed.Change c = told.poll(10, TimeUnit.SECONDS); c != null; c = told.poll(1, TimeUnit.SECONDS)) {
            whileHidden.add(c);
        }
        assertThat(whileHidden).isNotEmpty().allSatisfy(c -> assertThat(c.many()).isFalse());
        assertThat(new JdbcContactStore(here).find(ids[0])).isEmpty();

        staged.show(List.of(), List.of(), n -> { }, () -> false);

        ChangeFeed.Change shown = told.poll(10, TimeUnit.SECONDS);
        assertThat(shown).as("told when shown").isNotNull();
        assertThat(shown.table()).isEqualTo("contact");
        assertThat(shown.many()).as("everything to read again").isTrue();
        assertThat(new JdbcContactStore(here).find(ids[0])).isPresent();
    }

    private static Contact pupil(String first) {
        return new Contact(null, ContactKind.PUPIL, "", first, "DURAND", "3e A", null, null,
                new Consent(false, LocalDate.of(2026, 9, 1), ""), Map.of());
    }
}
