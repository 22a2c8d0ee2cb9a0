package fr.missive.app.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.ValidationException;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactServiceTest {

    @TempDir
    Path folder;

    private Database db;
    private ContactService contacts;
    private final User claire = new User(1L, "Claire Martin", null, Role.STAFF, null);

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        contacts = new ContactService(new JdbcContactStore(db),
                Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ContactDraft draft(Long id, String email, boolean consent) {
        return new ContactDraft(id, ContactKind.GUARDIAN, "Mme", "Anaïs", "Simon", "3e A",
                List.of("59 chemin du Moulin", "", "Bâtiment B"), "74000", "Annecy", "", email, consent,
                Map.of("Élève", "Noé Simon"));
    }

    @Test
    void savesEveryFieldAndReadsItBack() {
        Contact saved = contacts.save(claire, draft(null, " Anais.Simon@SFR.fr ", true));
        Contact read = contacts.find(saved.id()).orElseThrow();
        assertThat(read.email()).hasToString("Anais.Simon@sfr.fr");
        assertThat(read.address().lines()).containsExactly("59 chemin du Moulin", "Bâtiment B");
        assertThat(read.custom()).containsExactly(Map.entry("Élève", "Noé Simon"));
        assertThat(read.consent().accepts()).isTrue();
        assertThat(read.consent().recordedOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(read.consent().source()).isEqualTo("Claire Martin");
        assertThat(read.reachableByEmail()).isTrue();
    }

    @Test
    void firstGivesTheOldestContactsOnlyInTheOrderOfTheWholeList() {
        for (String[] name : new String[][] {{"Émile", "ZOLA"}, {"Paul", "ÉLUARD"}, {"léa", "MARTIN"},
            {"Océane", "BÈGUE"}, {"Noël", "ØRSTED"}}) {
            contacts.save(claire, new ContactDraft(null, ContactKind.PUPIL, "", name[0], name[1], "3e A", List.of(),
                    "", "", "", "", false, Map.of()));
        }
        assertThat(contacts.first(3)).extracting(Contact::lastName).containsExactly("ÉLUARD", "MARTIN", "ZOLA");
        assertThat(contacts.first(10)).extracting(Contact::id)
                .containsExactlyElementsOf(contacts.list().stream().map(Contact::id).toList());
        assertThat(contacts.list()).extracting(Contact::lastName)
                .containsExactly("BÈGUE", "ÉLUARD", "MARTIN", "ØRSTED", "ZOLA");
    }

    @Test
    void refusesAnInvalidAddressOnTheEmailField() {
        assertThatThrownBy(() -> contacts.save(claire, draft(null, "anais.simon@sfr", true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.field()).isEqualTo("email"));
                    assertThat(e.errorFor("email")).get().extracting(m -> m.key())
                            .isEqualTo("email.problem.DOMAIN_WITHOUT_DOT");
                });
        assertThat(contacts.count()).isZero();
    }

    @Test
    void refusesAContactWithoutAnyName() {
        ContactDraft nameless = new ContactDraft(null, ContactKind.PUPIL, "", " ", "", "", List.of(), "", "", "",
                "", false, Map.of());
        assertThatThrownBy(() -> contacts.save(claire, nameless))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("lastName")).isPresent());
    }

    @Test
    void keepsTheConsentRecordWhenItDidNotChange() {
        Contact saved = contacts.save(claire, draft(null, "anais@sfr.fr", false));
        User paul = new User(2L, "Paul", null, Role.STAFF, null);
        Contact edited = contacts.save(paul, draft(saved.id(), "anais.simon@sfr.fr", false));
        assertThat(edited.consent().source()).isEqualTo("Claire Martin");
        Contact consented = contacts.save(paul, draft(saved.id(), "anais.simon@sfr.fr", true));
        assertThat(consented.consent().source()).isEqualTo("Paul");
        assertThat(contacts.count()).isEqualTo(1);
    }

    @Test
    void listsInFrenchDictionaryOrder() {
        for (String name : List.of("BERNARD", "ØRSTED", "BÉGUÉ", "Zola", "Émile", "ABADIE")) {
            contacts.save(claire, new ContactDraft(null, ContactKind.PUPIL, "", "", name, "", List.of(), "", "", "",
                    "", false, Map.of()));
        }
        assertThat(contacts.list()).extracting(Contact::lastName)
                .containsExactly("ABADIE", "BÉGUÉ", "BERNARD", "Émile", "ØRSTED", "Zola");
    }

    @Test
    void deletesTheSelection() {
        Contact a = contacts.save(claire, draft(null, "", false));
        Contact b = contacts.save(claire, draft(null, "", false));
        contacts.save(claire, draft(null, "", false));
        contacts.delete(List.of(a.id(), b.id()));
        assertThat(contacts.list()).hasSize(1).extracting(Contact::id).doesNotContain(a.id(), b.id());
    }
}
