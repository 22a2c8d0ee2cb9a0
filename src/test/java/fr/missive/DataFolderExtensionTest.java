package fr.missive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The extension, seen from outside: fixture test classes run through the JUnit launcher, then this
 * test opens their data folders again, which the database's lock allows only once they are closed.
 */
class DataFolderExtensionTest {

    /** What the fixtures saw; static because the launcher makes their instances. */
    private static final List<OpenDataFolder> SEEN = new ArrayList<>();
    private static Path preparedFolder;

    @TempDir
    Path folder;

    @Test
    void aFreshFolderIsOpenDuringTheTestThenClosedAndDeletedEvenWhenTheTestFails() {
        TestExecutionSummary summary = run(FreshFolderThatFails.class);

        assertThat(summary.getTestsFailedCount()).as("the fixture failed on purpose").isEqualTo(1);
        assertThat(SEEN).hasSize(1);
        Path opened = SEEN.get(0).dataFolder();
        assertThat(opened).doesNotExist();
    }

    @Test
    void aFolderTheTestPreparedIsClosedAtTheEndSoItOpensAgain() {
        preparedFolder = folder.resolve("data");

        TestExecutionSummary summary = run(PreparedFolderThatFails.class);

        assertThat(summary.getTestsFailedCount()).isEqualTo(1);
        assertThat(SEEN).hasSize(1);
        try (OpenDataFolder again = Wiring.open(preparedFolder, () -> { })) {
            assertThat(again.dataFolder()).isEqualTo(preparedFolder);
        }
    }

    @Test
    void aFolderClosedByTheTestItselfIsClosedAgainHarmlessly() {
        preparedFolder = folder.resolve("data");

        TestExecutionSummary summary = run(PreparedFolderTheTestCloses.class);

        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(summary.getTestsFailedCount()).isZero();
        try (OpenDataFolder again = Wiring.open(preparedFolder, () -> { })) {
            assertThat(again.dataFolder()).isEqualTo(preparedFolder);
        }
    }

    private static TestExecutionSummary run(Class<?> fixture) {
        SEEN.clear();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsFoundCount()).as("the fixture ran").isEqualTo(1);
        return summary;
    }

    // The fixtures below run only through run(...): their names must not end in Test, or surefire
    // would also run one alone, where the folder this class prepares is not there (the pom
    // excludes nested classes too).

    @ExtendWith(DataFolderExtension.class)
    static class FreshFolderThatFails {

        @Test
        void failsWithTheFolderOpen(OpenDataFolder services) {
            SEEN.add(services);
            assertThat(Files.isDirectory(services.dataFolder())).isTrue();
            assertThat(services.setup().firstRun().isInitialised()).isFalse();
            throw new AssertionError("failing on purpose");
        }
    }

    @ExtendWith(DataFolderExtension.class)
    static class PreparedFolderThatFails {

        @Test
        void failsWithTheFolderOpen(DataFolders dataFolders) {
            OpenDataFolder services = dataFolders.open(preparedFolder);
            SEEN.add(services);
            assertThat(services.dataFolder()).isEqualTo(preparedFolder);
            throw new AssertionError("failing on purpose");
        }
    }

    @ExtendWith(DataFolderExtension.class)
    static class PreparedFolderTheTestCloses {

        @Test
        void closesTheFolderItself(DataFolders dataFolders) {
            try (OpenDataFolder services = dataFolders.open(preparedFolder)) {
                assertThat(services.setup().firstRun().isInitialised()).isFalse();
            }
        }
    }
}
