package fr.missive.store.journal;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file of a data folder: written, rotated into a few generations, owner-only, no mail traces. */
@NoDatabase
class JournalHandlerTest {

    private static final long LIMIT = 2_000;
    private static final int GENERATIONS = 3;

    @TempDir
    Path dataFolder;

    private static LogRecord record(Level level, String logger, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        return record;
    }

    private String all() throws Exception {
        StringBuilder text = new StringBuilder();
        for (Path file : JournalFiles.existing(dataFolder, GENERATIONS + 1)) {
            text.append(Files.readString(file, StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    @Test
    void writesRecordsWithTheirStackTraceToMissiveLogInTheDataFolder() throws Exception {
        JournalHandler handler = new JournalHandler(dataFolder, 1024 * 1024, GENERATIONS);
        LogRecord failure = record(Level.SEVERE, "fr.missive.ui.common.ErrorReporter", "Unexpected failure");
        failure.setThrown(new IllegalStateException("bad state"));
        handler.publish(failure);
        handler.close();

        String text = Files.readString(dataFolder.resolve("missive.log"), StandardCharsets.UTF_8);
        assertThat(text).contains("SEVERE fr.missive.ui.common.ErrorReporter: Unexpected failure")
                .contains("java.lang.IllegalStateException: bad state")
                .contains("at fr.missive.store.journal.JournalHandlerTest");
    }

    @Test
    void rotatesPastTheLimitKeepingOnlyTheNewestGenerations() throws Exception {
        JournalHandler handler = new JournalHandler(dataFolder, LIMIT, GENERATIONS);
        for (int i = 1; i <= 200; i++) {
            handler.publish(record(Level.INFO, "fr.missive.test", "record number " + i + " of the day"));
        }
        handler.close();

        assertThat(dataFolder.resolve("missive.log")).exists();
        assertThat(dataFolder.resolve("missive.log.1")).exists();
        assertThat(dataFolder.resolve("missive.log.2")).exists();
        assertThat(dataFolder.resolve("missive.log.3")).doesNotExist();
        for (Path file : JournalFiles.existing(dataFolder, GENERATIONS)) {
            assertThat(Files.size(file)).isLessThan(LIMIT + 200);
        }
        String kept = all();
        assertThat(kept).contains("record number 200 of the day").doesNotContain("record number 1 of the day");
        assertThat(Files.readString(dataFolder.resolve("missive.log.1")))
                .doesNotContain("record number 200 of the day");
    }

    @Test
    void aFileAlreadyFullAtStartIsPutAsideFirst() throws Exception {
        Files.writeString(dataFolder.resolve("missive.log"), "x".repeat((int) LIMIT) + "\nold line\n");
        JournalHandler handler = new JournalHandler(dataFolder, LIMIT, GENERATIONS);
        handler.publish(record(Level.WARNING, "fr.missive.test", "new session"));
        handler.close();

        assertThat(Files.readString(dataFolder.resolve("missive.log"))).contains("new session")
                .doesNotContain("old line");
        assertThat(Files.readString(dataFolder.resolve("missive.log.1"))).contains("old line");
    }

    @Test
    void everyGenerationIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.getFileAttributeView(dataFolder, PosixFileAttributeView.class) != null, "POSIX file system");
        JournalHandler handler = new JournalHandler(dataFolder.resolve("missive"), LIMIT, GENERATIONS);
        for (int i = 0; i < 100; i++) {
            handler.publish(record(Level.INFO, "fr.missive.test", "line " + i + " with some words to fill it"));
        }
        handler.close();

        Path folder = dataFolder.resolve("missive");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(JournalFiles.existing(folder, GENERATIONS)).hasSize(GENERATIONS);
        for (Path file : JournalFiles.existing(folder, GENERATIONS)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void leavesOutTheMailLibrariesServerConversationWhateverTheLevel() throws Exception {
        JournalHandler handler = new JournalHandler(dataFolder, LIMIT, GENERATIONS);
        handler.setLevel(Level.ALL);
        handler.publish(record(Level.FINEST, "org.eclipse.angus.mail.smtp.protocol", "AUTH PLAIN AHNlY3JldA=="));
        handler.publish(record(Level.INFO, "org.eclipse.angus.mail.imap.protocol", "A1 LOGIN user secret"));
        handler.publish(record(Level.FINE, "org.eclipse.angus.mail.smtp", "DEBUG SMTP: connected"));
        handler.publish(record(Level.FINE, "fr.missive.app.sentlog.SentCopies", "Sent-folder copy: COPIED"));
        handler.publish(record(Level.WARNING, "org.eclipse.angus.mail.smtp", "could not close"));
        handler.close();

        assertThat(all()).doesNotContain("AUTH PLAIN", "LOGIN user", "DEBUG SMTP")
                .contains("Sent-folder copy: COPIED", "could not close");
    }

    @Test
    void setupAddsTheJournalToTheRootLoggerAndRemovesIt() throws Exception {
        Handler handler = JournalSetup.install(dataFolder, Level.INFO, LIMIT, GENERATIONS);
        try {
            Logger.getLogger("fr.missive.store.journal.test").warning("seen by the journal");
            Logger.getLogger("fr.missive.store.journal.test").fine("below its level");
        } finally {
            JournalSetup.remove(handler);
        }
        Logger.getLogger("fr.missive.store.journal.test").warning("after removal");

        assertThat(Files.readString(dataFolder.resolve("missive.log"))).contains("seen by the journal")
                .doesNotContain("below its level", "after removal");
    }

    @Test
    void aJournalThatCannotBeOpenedIsNoReasonNotToStart() throws Exception {
        Path notAFolder = Files.writeString(dataFolder.resolve("file"), "x");

        assertThat(JournalSetup.install(notAFolder, Level.INFO, LIMIT, GENERATIONS)).isNull();
    }

    @Test
    void theLevelPropertyFallsBackToInfo() {
        assertThat(JournalSetup.level(null)).isEqualTo(Level.INFO);
        assertThat(JournalSetup.level("fine")).isEqualTo(Level.FINE);
        assertThat(JournalSetup.level("chatty")).isEqualTo(Level.INFO);
    }
}
