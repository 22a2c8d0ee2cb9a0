package fr.missive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which launches of the jar are run again with the quick compiler and the build's archive, and how. */
class QuickStartTest {

    @TempDir
    Path folder;

    private Path java;
    private Path jar;

    @BeforeEach
    void files() throws IOException {
        java = Files.createFile(folder.resolve("java"));
        jar = Files.createFile(folder.resolve("missive.jar"));
    }

    @Test
    void aPlainJavaJarIsRunAgainWithTheQuickCompilerAndTheArchiveBesideTheJar() throws IOException {
        Path archive = Files.createFile(folder.resolve("missive.jsa"));

        assertThat(QuickStart.command(java, List.of("-jar", "target/missive.jar", "letter", "render", "A"), Map.of(),
                jar, List.of("letter", "render", "A")))
                .contains(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive,
                        "-jar", jar.toString(), "letter", "render", "A"));
    }

    @Test
    void withoutAnArchiveOnlyTheCompilerIsChosen() {
        assertThat(QuickStart.command(java, List.of("-jar", "missive.jar"), Map.of(), jar, List.of()))
                .contains(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
    }

    @Test
    void aJvmOptionOrAnOptionVariableMeansTheUserChoseAndNothingIsRelaunched() {
        List<String> args = List.of("contacts", "list");
        assertThat(QuickStart.command(java, List.of("-Xmx256m", "-jar", "missive.jar", "contacts", "list"), Map.of(),
                jar, args)).isEmpty();
        assertThat(QuickStart.command(java, List.of("-cp", "missive.jar", "fr.missive.Main", "contacts", "list"),
                Map.of(), jar, args)).isEmpty();
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS",
                QuickStart.RELAUNCHED)) {
            assertThat(QuickStart.command(java, List.of("-jar", "missive.jar", "contacts", "list"),
                    Map.of(variable, "1"), jar, args)).as(variable).isEmpty();
        }
    }

    @Test
    void argumentsThatAreNotMissivesOwnAfterTheJarAreNotRelaunched() {
        assertThat(QuickStart.command(java, List.of("-jar", "missive.jar", "--version"), Map.of(), jar,
                List.of("contacts"))).isEmpty();
        assertThat(QuickStart.command(folder.resolve("no-java"), List.of("-jar", "missive.jar"), Map.of(), jar,
                List.of())).isEmpty();
    }
}
