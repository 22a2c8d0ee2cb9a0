package fr.missive.store.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.ChangedMeanwhileException;
import fr.missive.model.Versioned;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people, one contact (migration V23): the second save from a stale version is refused. */
class ContactVersionsTest {

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
    void theSecondOfTwoSavesFromTheSameVersionIsRefusedNamingWhoSavedFirst() {
        Contact noel = store.save(guardian("Noël", "ØRSTED", "Rennes"));
        Versioned<Contact> claire = store.findVersioned(noel.id()).orElseThrow();
        Versioned<Contact> marc = store.findVersioned(noel.id()).orElseThrow();

        Versioned<Contact> saved = store.save(withCity(claire.value(), "Annecy"), claire.version().number(),
                "Claire Martin");

        assertThat(saved.version().number()).isGreaterThan(claire.version().number());
        assertThat(saved.version().changedBy()).isEqualTo("Claire Martin");
        assertThatThrownBy(() -> store.save(withCity(marc.value(), "Brest"), marc.version().number(), "Marc Petit"))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class, e -> {
                    assertThat(e.current()).isEqualTo(saved.version());
                    assertThat(e.userMessage().key()).isEqualTo("concurrency.changedMeanwhileBy");
                    assertThat(e.userMessage().args().get(0)).isEqualTo("Claire Martin");
                    assertThat((String) e.userMessage().args().get(1)).matches("\\d\\d:\\d\\d");
                });
        assertThat(store.find(noel.id()).orElseThrow().address().city()).as("nothing of the refused save").isEqualTo("Annecy");
    }

    @Test
    void anOverwriteNamingTheCurrentVersionSavesAndIsThenTheVersionToName() {
        Contact noel = store.save(guardian("Noël", "ØRSTED", "Rennes"));
        long start = store.findVersioned(noel.id()).orElseThrow().version().number();
        store.save(withCity(noel, "Annecy"), start, "Claire Martin");
        ChangedMeanwhileException refused = org.junit.jupiter.api.Assertions.assertThrows(ChangedMeanwhileException.class,
                () -> store.save(withCity(noel, "Brest"), start, "Marc Petit"));

        Versioned<Contact> overwritten = store.save(withCity(noel, "Brest"), refused.current().number(), "Marc Petit");

        assertThat(store.findVersioned(noel.id()).orElseThrow()).isEqualTo(overwritten);
        assertThat(overwritten.value().address().city()).isEqualTo("Brest");
        assertThat(overwritten.version().changedBy()).isEqualTo("Marc Petit");
    }

    @Test
    void anImportChangesTheVersionSoAnEditorWhoStartedBeforeIsTold() {
        Contact noel = store.save(guardian("Noël", "ØRSTED", "Rennes"));
        Versioned<Contact> editing = store.findVersioned(noel.id()).orElseThrow();

        store.stageImport().show(List.of(withCity(noel, "Lorient")), List.of(), n -> { }, () -> false);

        assertThatThrownBy(() -> store.save(withCity(noel, "Brest"), editing.version().number(), "Marc Petit"))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("concurrency.changedMeanwhile"));
        assertThat(store.find(noel.id()).orElseThrow().address().city()).isEqualTo("Lorient");
    }

    @Test
    void ofTwoSavesRacingFromTheSameVersionExactlyOneIsKept() throws Exception {
        Contact noel = store.save(guardian("Noël", "ØRSTED", "Rennes"));
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long version = store.findVersioned(noel.id()).orElseThrow().version().number();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> saves = new ArrayList<>();
                for (String city : List.of("Annecy-" + round, "Brest-" + round)) {
                    saves.add(two.submit(() -> {
                        go.await();
                        try {
                            store.save(withCity(noel, city), version, city);
                            return city;
                        } catch (ChangedMeanwhileException refused) {
                            return null;
                        }
                    }));
                }
                go.countDown();
                List<String> kept = new ArrayList<>();
                for (Future<String> save : saves) {
                    String city = save.get();
                    if (city != null) {
                        kept.add(city);
                    }
                }
                assertThat(kept).as("round " + round).hasSize(1);
                assertThat(store.find(noel.id()).orElseThrow().address().city()).isEqualTo(kept.get(0));
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aContactDeletedMeanwhileHasNoVersionToEdit() {
        Contact noel = store.save(guardian("Noël", "ØRSTED", "Rennes"));
        store.delete(List.of(noel.id()));

        assertThat(store.findVersioned(noel.id())).isEmpty();
    }

    private static Contact guardian(String first, String last, String city) {
        return new Contact(null, ContactKind.GUARDIAN, "M.", first, last, "", new PostalAddress(List.of("1 rue Haute"),
                "35000", city, ""), null, new Consent(false, LocalDate.of(2026, 9, 1), ""), Map.of());
    }

    private static Contact withCity(Contact c, String city) {
        return new Contact(c.id(), c.kind(), c.title(), c.firstName(), c.lastName(), c.className(),
                new PostalAddress(List.of("1 rue Haute"), c.address().postcode(), city, ""), c.email(), c.consent(),
                c.custom());
    }
}
