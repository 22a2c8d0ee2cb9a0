package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

@NoDatabase
class DataFolderTest {

    private final Path home = Path.of("/home/claire");

    @Test
    void optionWinsOverEnvironment() {
        assertThat(DataFolder.resolve(Path.of("/srv/missive"), Map.of("MISSIVE_HOME", "/other"), "Linux", home))
                .isEqualTo(Path.of("/srv/missive"));
    }

    @Test
    void environmentVariableWinsOverTheOsFolder() {
        assertThat(DataFolder.resolve(null, Map.of("MISSIVE_HOME", "/data/missive"), "Linux", home))
                .isEqualTo(Path.of("/data/missive"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/x"), "Linux", home))
                .isEqualTo(Path.of("/x/missive"));
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", home))
                .isEqualTo(home.resolve(".local/share/missive"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/c/Users/claire/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/claire/AppData/Roaming/Missive"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Application Support/Missive"));
    }
}
