package fr.missive.store.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.Guardianship;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import written in committed batches (V25): hidden from every read until shown, or deleted. */
class StagedImportTest {

    @TempDir
    Path folder;
    private Database db;
    private JdbcContactStore store;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        store = new JdbcContactStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void writtenContactsAndLinksAreReadByNoOneUntilShownWithTheChangesToKnownContacts() {
        Contact known = store.save(pupil("Anaïs", "3e A"));
        ContactStore.StagedImport staged = store.stageImport();
        long[] ids = staged.add(List.of(guardian("Claire"), pupil("Noël", "6e B")));
        staged.replace(List.of(pupil("Noël", "6e C").withId(ids[1])));
        staged.addLinks(List.of(new Guardianship(known.id(), ids[0], 1), new Guardianship(ids[1], ids[0], 1)));

        assertThat(staged.read(ids[1]).className()).isEqualTo("6e C");
        assertThat(store.findAll()).containsExactly(known);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find(ids[0])).isEmpty();
        assertThat(store.allGuardianships()).isEmpty();
        assertThat(store.guardiansOf(known.id())).isEmpty();

        Contact moved = pupil("Anaïs", "2nde").withId(known.id());
        staged.show(List.of(moved), List.of(), n -> { }, () -> false);

        assertThat(store.findAll()).extracting(Contact::firstName, Contact::className)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anaïs", "2nde"),
                        org.assertj.core.groups.Tuple.tuple("Claire", ""),
                        org.assertj.core.groups.Tuple.tuple("Noël", "6e C"));
        assertThat(store.guardiansOf(known.id())).extracting(Contact::id).containsExactly(ids[0]);
        assertThat(store.childrenOf(ids[0])).extracting(Contact::id).containsExactlyInAnyOrder(known.id(), ids[1]);
        staged.discard();
        assertThat(store.count()).as("once shown, a discard deletes nothing").isEqualTo(3);
    }

    @Test
    void aCancelWhileShowingShowsNothingAndTheDiscardDeletesEveryRowWritten() {
        Contact known = store.save(pupil("Anaïs", "3e A"));
        ContactStore.StagedImport staged = store.stageImport();
        long[] ids = staged.add(List.of(guardian("Claire")));
        staged.addLinks(List.of(new Guardianship(known.id(), ids[0], 1)));

        Contact moved = pupil("Anaïs", "2nde").withId(known.id());
        assertThatThrownBy(() -> staged.show(List.of(moved), List.of(), n -> { }, () -> true))
                .isInstanceOf(ContactStore.ImportCancelledException.class);
        staged.discard();

        assertThat(store.findAll()).containsExactly(known);
        assertThat(rows("contact")).isEqualTo(1);
        assertThat(rows("contact_guardian")).isZero();
        assertThat(rows("contact_import_run")).isZero();
    }

    @Test
    void theNextImportDeletesWhatAnImportAbandonedMoreThanADayAgoLeftHidden() {
        ContactStore.StagedImport killed = store.stageImport();
        killed.add(List.of(pupil("Noël", "6e B")));
        ContactStore.StagedImport recent = store.stageImport();
        recent.add(List.of(pupil("Zoé", "6e B")));
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE contact_import_run SET started_at = ? WHERE id ="
                    + " (SELECT import_run FROM contact WHERE first_name = 'Noël')")) {
                p.setTimestamp(1, Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)));
                return p.executeUpdate();
            }
        });

        store.stageImport();

        assertThat(rows("contact")).as("Zoé's import may still be running").isEqualTo(1);
        assertThat(rows("contact_import_run")).isEqualTo(2);
        assertThat(store.count()).isZero();
    }

    private int rows(String table) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static Contact pupil(String first, String className) {
        return new Contact(null, ContactKind.PUPIL, "", first, "DURAND", className, null, null,
                new Consent(false, LocalDate.of(2026, 9, 1), ""), Map.of());
    }

    private static Contact guardian(String first) {
        return new Contact(null, ContactKind.GUARDIAN, "Mme", first, "DURAND", "", null, null,
                new Consent(false, LocalDate.of(2026, 9, 1), ""), Map.of());
    }
}
