package fr.missive.store.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.Guardianship;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.db.StorageException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pupils' guardians in a real HSQLDB file database (migration V14), kept across a reopening. */
class GuardianLinksTest {

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
    void separatedParentsAreEachAGuardianOfThePupilInTheirRankOrder() {
        Contact anais = store.save(pupil("Anaïs", "DURAND"));
        Contact mother = store.save(guardian("Mme", "Claire", "DURAND", "claire.durand@example.fr"));
        Contact father = store.save(guardian("M.", "Marc", "MARTIN", "marc.martin@example.fr"));

        store.link(List.of(new Guardianship(anais.id(), father.id(), 2), new Guardianship(anais.id(), mother.id(), 1)));

        assertThat(store.guardiansOf(anais.id())).extracting(Contact::lastName).containsExactly("DURAND", "MARTIN");
        assertThat(store.guardiansOf(anais.id()).get(1)).isEqualTo(father);
        assertThat(store.childrenOf(father.id())).containsExactly(anais);
        assertThat(store.guardiansOf(mother.id())).isEmpty();
    }

    @Test
    void aGuardianOfTwoPupilsListsBothChildrenAndRelinkingChangesOnlyTheRank() {
        Contact zoe = store.save(pupil("Zoé", "PETIT"));
        Contact adam = store.save(pupil("Adam", "PETIT"));
        Contact mother = store.save(guardian("Mme", "Inès", "PETIT", "ines.petit@example.fr"));
        Contact father = store.save(guardian("M.", "Paul", "PETIT", null));
        store.link(List.of(new Guardianship(zoe.id(), mother.id(), 1), new Guardianship(adam.id(), mother.id(), 1),
                new Guardianship(adam.id(), father.id(), 2)));

        store.link(List.of(new Guardianship(adam.id(), mother.id(), 3)));

        assertThat(store.childrenOf(mother.id())).extracting(Contact::firstName).containsExactly("Adam", "Zoé");
        assertThat(store.guardiansOf(adam.id())).extracting(Contact::firstName).containsExactly("Paul", "Inès");
        assertThat(store.allGuardianships()).containsExactly(
                new Guardianship(zoe.id(), mother.id(), 1),
                new Guardianship(adam.id(), father.id(), 2),
                new Guardianship(adam.id(), mother.id(), 3));
    }

    @Test
    void deletingAContactOrUnlinkingRemovesOnlyTheLink() {
        Contact pupil = store.save(pupil("Léa", "ROUX"));
        Contact mother = store.save(guardian("Mme", "Anne", "ROUX", null));
        Contact father = store.save(guardian("M.", "Luc", "ROUX", null));
        store.link(List.of(new Guardianship(pupil.id(), mother.id(), 1), new Guardianship(pupil.id(), father.id(), 2)));

        store.unlink(pupil.id(), father.id());
        store.delete(List.of(mother.id()));

        assertThat(store.guardiansOf(pupil.id())).isEmpty();
        assertThat(store.find(father.id())).isPresent();
        assertThat(store.allGuardianships()).isEmpty();
    }

    @Test
    void linksSurviveAReopeningAndALinkToAMissingContactIsRefusedWhole() {
        Contact pupil = store.save(pupil("Noé", "BLANC"));
        Contact mother = store.save(guardian("Mme", "Julie", "BLANC", null));
        store.link(List.of(new Guardianship(pupil.id(), mother.id(), 1)));

        assertThatThrownBy(() -> store.link(List.of(new Guardianship(pupil.id(), mother.id(), 2),
                new Guardianship(pupil.id(), 999_999L, 2)))).isInstanceOf(StorageException.class);
        db.close();
        db = TestDatabases.open(folder);
        store = new JdbcContactStore(db);

        assertThat(store.allGuardianships()).containsExactly(new Guardianship(pupil.id(), mother.id(), 1));
    }

    private static Contact pupil(String first, String last) {
        return new Contact(null, ContactKind.PUPIL, "", first, last, "4e B", null, null, consent(false), Map.of());
    }

    private static Contact guardian(String title, String first, String last, String email) {
        return new Contact(null, ContactKind.GUARDIAN, title, first, last, "", null,
                email == null ? null : EmailAddress.parse(email), consent(email != null), Map.of());
    }

    private static Consent consent(boolean accepts) {
        return new Consent(accepts, LocalDate.of(2026, 9, 1), "test");
    }
}
