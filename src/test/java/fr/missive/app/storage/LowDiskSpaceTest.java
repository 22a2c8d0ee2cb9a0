package fr.missive.app.storage;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.UserMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NoDatabase
class LowDiskSpaceTest {

    @TempDir
    Path folder;

    @Test
    void theThresholdIs200Megabytes() {
        assertThat(LowDiskSpace.THRESHOLD_BYTES).isEqualTo(200L * 1024 * 1024);
    }

    @Test
    void belowTheThresholdTheWarningNamesTheFolderAndTheMegabytesLeft() {
        UserMessage warning = new LowDiskSpace(folder, Long.MAX_VALUE).check().orElseThrow();
        assertThat(warning.key()).isEqualTo("storage.lowSpace");
        assertThat(warning.args()).hasSize(2).first().isEqualTo(folder.toString());
        assertThat((Long) warning.args().get(1)).isPositive();
    }

    @Test
    void withRoomLeftNothingIsSaid() {
        assertThat(new LowDiskSpace(folder, 0).check()).isEmpty();
    }

    @Test
    void aFolderNotYetCreatedIsMeasuredOnItsDisk() {
        assertThat(new LowDiskSpace(folder.resolve("missive/not/yet"), Long.MAX_VALUE).check()).isPresent();
    }
}
