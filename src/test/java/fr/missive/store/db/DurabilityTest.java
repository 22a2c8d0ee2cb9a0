package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.contacts.Contact;
import fr.missive.store.contacts.JdbcContactStore;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash, a power cut or a second Missive does to the data folder. */
@EmbeddedOnly // about HSQLDB's files and their lock survive a kill
class DurabilityTest {

    @TempDir
    Path folder;

    @Test
    void committedRowsSurviveKillMinusNine() throws Exception {
        try (ChildJvm child = ChildJvm.start(HoldDatabaseMain.class, folder.toString(), "BÈGUE", "SIMON")) {
            child.awaitLine("COMMITTED");
            child.killHard();
        }
        AtomicBoolean recovering = new AtomicBoolean();
        try (Database db = Database.open(folder, () -> recovering.set(true))) {
            assertThat(new JdbcContactStore(db).findAll()).extracting(Contact::lastName)
                    .containsExactly("BÈGUE", "SIMON");
        }
        assertThat(recovering).as("the crash was noticed and reported as recovery").isTrue();
    }

    @Test
    void aSecondInstanceIsRefusedWhileTheFirstRuns() throws Exception {
        try (ChildJvm child = ChildJvm.start(HoldDatabaseMain.class, folder.toString(), "PETIT")) {
            child.awaitLine("COMMITTED");
            assertThatThrownBy(() -> Database.open(folder, Database.OpeningListener.NONE))
                    .isInstanceOf(AlreadyRunningException.class)
                    .satisfies(e -> assertThat(((AlreadyRunningException) e).userMessage().key())
                            .isEqualTo("storage.alreadyRunning"));
        }
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            assertThat(new JdbcContactStore(db).findAll()).extracting(Contact::lastName).containsExactly("PETIT");
        }
    }

    @Test
    void theSameProcessCannotOpenAFolderTwice() {
        try (Database first = Database.open(folder, Database.OpeningListener.NONE)) {
            assertThatThrownBy(() -> Database.open(folder, Database.OpeningListener.NONE))
                    .isInstanceOf(AlreadyRunningException.class);
            assertThat(first.folder()).isEqualTo(folder);
        }
    }

    @Test
    void aCleanCloseLeavesNothingToRecover() {
        Database.open(folder, Database.OpeningListener.NONE).close();
        AtomicBoolean recovering = new AtomicBoolean();
        Database.open(folder, () -> recovering.set(true)).close();
        assertThat(recovering).isFalse();
    }
}
