package fr.missive.app.journal;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.AppVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the journal back: its recent part across generations, and the text copied for support. */
@NoDatabase
class JournalTest {

    @TempDir
    Path dataFolder;

    @Test
    void anAbsentJournalIsEmpty() {
        Journal journal = new Journal(dataFolder);

        assertThat(journal.recent(1024)).isEmpty();
        assertThat(journal.file()).isEqualTo(dataFolder.resolve("missive.log"));
    }

    @Test
    void theRecentPartTakesTheOlderGenerationFirstAndStartsAtAWholeLine() throws Exception {
        Files.writeString(dataFolder.resolve("missive.log.1"), "line A été\nline B\nline C\n", StandardCharsets.UTF_8);
        Files.writeString(dataFolder.resolve("missive.log"), "line D\nline E\n", StandardCharsets.UTF_8);
        Journal journal = new Journal(dataFolder);

        assertThat(journal.recent(10_000)).isEqualTo("line A été\nline B\nline C\nline D\nline E\n");
        // 17 bytes reach 3 bytes into "line C" of the older file: it starts at the next whole line.
        assertThat(journal.recent(17)).isEqualTo("line D\nline E\n");
        assertThat(journal.recent(22)).isEqualTo("line C\nline D\nline E\n");
    }

    @Test
    void whatIsCopiedForSupportNamesTheVersionsOfMissiveJavaAndTheSystem() throws Exception {
        Files.writeString(dataFolder.resolve("missive.log"), "2026-12-06 SEVERE fr.missive: Unexpected failure\n");

        String support = new Journal(dataFolder).forSupport();

        assertThat(support).startsWith("Missive " + AppVersion.current())
                .contains("Java " + System.getProperty("java.version"))
                .contains(System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .endsWith("SEVERE fr.missive: Unexpected failure\n")
                .doesNotContain(dataFolder.toString());
    }
}
