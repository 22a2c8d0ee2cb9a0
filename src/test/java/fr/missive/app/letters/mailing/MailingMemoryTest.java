package fr.missive.app.letters.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.settings.JdbcSettingsStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each user's last print-or-e-mail choices, in a real database and across a reopening. */
class MailingMemoryTest {

    @TempDir
    Path dataFolder;

    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dataFolder);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void keepsEachUsersChoicesApartAndAcrossAReopening() {
        MailingChoices claire = new MailingChoices("EMAIL", "/home/claire/Courriers", false, true, true, "FOLDER",
                Optional.of(7L), Optional.of(MailingChoices.NO_SIGNATURE));
        new MailingMemory(new JdbcSettingsStore(db)).remember(1L, claire);
        db.close();
        db = TestDatabases.open(dataFolder);
        MailingMemory memory = new MailingMemory(new JdbcSettingsStore(db));

        assertThat(memory.recall(1L)).contains(claire);
        assertThat(memory.recall(2L)).isEmpty();
        MailingChoices paul = new MailingChoices("PRINTER", "", true, false, false, "", Optional.empty(),
                Optional.empty());
        memory.remember(2L, paul);
        assertThat(memory.recall(2L)).contains(paul);
        assertThat(memory.recall(1L)).contains(claire);
    }

    @Test
    void noReadReceiptIsEverAmongTheRememberedChoices() {
        assertThat(Arrays.stream(MailingChoices.class.getRecordComponents())
                .map(c -> c.getName().toLowerCase(Locale.ROOT)))
                .noneMatch(name -> name.contains("receipt") || name.contains("notification")
                        || name.contains("disposition"));
    }
}
