package fr.missive.store.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.ChangedMeanwhileException;
import fr.missive.model.RecordVersion;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people, one letter (migration V23): a save from a version no longer current is refused. */
class LetterTemplateVersionsTest {

    private static final Instant NINE = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path folder;
    private Database db;
    private JdbcTemplateStore store;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        store = new JdbcTemplateStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theSecondSaveFromTheSameVersionIsRefusedAndAnOverwriteNamingTheNewOneSaves() {
        StoredTemplate letter = store.insert(letter("Bonjour"), "Claire Martin", NINE);
        RecordVersion start = store.versionOf(letter.id()).orElseThrow();

        store.update(letter.id(), letter("Bonjour Claire"), "Claire Martin", NINE.plusSeconds(60), start.number());

        assertThatThrownBy(() -> store.update(letter.id(), letter("Bonjour Marc"), "Marc Petit", NINE.plusSeconds(90),
                start.number()))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class, e -> {
                    assertThat(e.current().changedBy()).isEqualTo("Claire Martin");
                    assertThat(e.current().changedAt()).isEqualTo(NINE.plusSeconds(60));
                    assertThat(e.userMessage().key()).isEqualTo("concurrency.changedMeanwhileBy");
                });
        assertThat(store.find(letter.id()).orElseThrow().template().body()).isEqualTo("Bonjour Claire");

        RecordVersion now = store.versionOf(letter.id()).orElseThrow();
        store.update(letter.id(), letter("Bonjour Marc"), "Marc Petit", NINE.plusSeconds(120), now.number());
        assertThat(store.find(letter.id()).orElseThrow().template().body()).isEqualTo("Bonjour Marc");
        assertThat(store.versionOf(letter.id()).orElseThrow().changedBy()).isEqualTo("Marc Petit");
    }

    @Test
    void anUncheckedUpdateIsANewVersionToo() {
        StoredTemplate letter = store.insert(letter("Bonjour"), "Claire Martin", NINE);
        RecordVersion start = store.versionOf(letter.id()).orElseThrow();

        store.update(letter.id(), letter("Bonjour, madame"), "Claire Martin", NINE.plusSeconds(60));

        assertThat(store.versionOf(letter.id()).orElseThrow().number()).isGreaterThan(start.number());
        assertThatThrownBy(() -> store.update(letter.id(), letter("Bonjour Marc"), "Marc Petit", NINE.plusSeconds(90),
                start.number())).isInstanceOf(ChangedMeanwhileException.class);
    }

    private static LetterTemplate letter(String body) {
        return new LetterTemplate("Convocation", Category.CONVOCATION, "Convocation", body, List.of(), Map.of());
    }
}
