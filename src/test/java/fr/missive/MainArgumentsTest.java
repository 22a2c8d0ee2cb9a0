package fr.missive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainArgumentsTest {

    @Test
    void aDataFolderAloneOpensTheWindowWithoutTheCommandLineParser() {
        assertThat(Main.windowOnDataFolder(new String[] {"--data-dir", "/tmp/école"})).isEqualTo(Path.of("/tmp/école"));
        assertThat(Main.windowOnDataFolder(new String[] {"--data-dir=/tmp/école"})).isEqualTo(Path.of("/tmp/école"));
    }

    @Test
    void anythingElseIsLeftToTheParser() {
        assertThat(Main.windowOnDataFolder(new String[] {"--data-dir", "/tmp/x", "contacts", "list"})).isNull();
        assertThat(Main.windowOnDataFolder(new String[] {"--data-dir", "--sandbox"})).isNull();
        assertThat(Main.windowOnDataFolder(new String[] {"--sandbox"})).isNull();
        assertThat(Main.windowOnDataFolder(new String[] {"--data-dir="})).isNull();
        assertThat(Main.windowOnDataFolder(new String[] {"contacts"})).isNull();
    }
}
