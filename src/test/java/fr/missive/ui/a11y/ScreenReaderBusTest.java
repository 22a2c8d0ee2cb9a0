package fr.missive.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Missive read through the Linux accessibility bus as the Orca screen reader reads it: the
 * demonstration sandbox started by its real entry point with the Java ATK bridge, in a D-Bus
 * session with AT-SPI turned on, and a pyatspi script (src/test/resources/a11y/read_aloud.py)
 * that opens the windows as a user of a screen reader would and applies the naming rule of
 * {@link AccessibleNames}. Needs Debian's at-spi2-core, libatk-wrapper-java and python3-pyatspi
 * (installed by .ci/run): skipped without them on a developer's machine, failed in CI.
 */
class ScreenReaderBusTest {

    private static final Path ATK_WRAPPER_JAR = Path.of("/usr/share/java/java-atk-wrapper.jar");
    private static final Path ATK_WRAPPER_LIBRARIES = Path.of("/usr/lib/x86_64-linux-gnu/jni");
    private static final Path BUS_LAUNCHER = Path.of("/usr/libexec/at-spi-bus-launcher");
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @BeforeAll
    static void requireTheBus() throws Exception {
        List<String> missing = new ArrayList<>();
        if (GraphicsEnvironment.isHeadless()) {
            missing.add("a display (run under xvfb-run -a)");
        }
        if (!Files.isRegularFile(ATK_WRAPPER_JAR)) {
            missing.add("libatk-wrapper-java");
        }
        if (!Files.isExecutable(BUS_LAUNCHER) || !onPath("dbus-run-session")) {
            missing.add("at-spi2-core and dbus");
        }
        if (!Files.isExecutable(PYTHON) || new ProcessBuilder(PYTHON.toString(), "-c", "import pyatspi")
                .redirectErrorStream(true).start().waitFor() != 0) {
            missing.add("python3-pyatspi");
        }
        if (missing.isEmpty()) {
            return;
        }
        String why = "The accessibility bus test needs " + String.join(", ", missing);
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            Assertions.fail(why + ": .ci/run installs them");
        }
        Assumptions.abort(why);
    }

    @Test
    void theSandboxsMainWindowPrintOrEmailDialogAndAccountWizardAreAllNamedOnTheBus() throws Exception {
        Messages fr = Messages.forLocale(Locale.FRENCH);
        String main = fr.get("ui.sandbox.title", "");
        String mailing = fr.get("ui.mailing.title");
        String wizard = fr.get("ui.accounts.wizard.personalTitle");
        List<Map<String, String>> scenario = List.of(
                Map.of("wait", fr.get("ui.signin.title")),
                Map.of("press", "push button", "name", fr.get("ui.signin.ok"), "in", fr.get("ui.signin.title")),
                Map.of("read", main, "as", "main"),
                Map.of("press", "push button", "name", fr.get("ui.mailing.toolbar"), "in", main),
                Map.of("read", mailing, "as", "mailing"),
                Map.of("press", "push button", "name", fr.get("ui.button.cancel"), "in", mailing),
                Map.of("press", "menu item", "name", fr.get("ui.accounts.menu"), "in", main),
                Map.of("press", "push button", "name", fr.get("ui.accounts.addPersonal"), "in",
                        fr.get("ui.accounts.title")),
                Map.of("read", wizard, "as", "wizard"));

        JsonNode read = readOnTheBus(scenario, "fr.missive.Main", "--data-dir", work.resolve("data").toString(),
                "--sandbox");

        Files.createDirectories(Path.of("target", "screen-reader"));
        Files.writeString(Path.of("target", "screen-reader", "bus-fr.json"), read.toPrettyString());
        for (String window : List.of("main", "mailing", "wizard")) {
            assertThat(read.path("windows").path(window).size()).as(window + " read on the bus").isGreaterThan(3);
        }
        assertThat(names(read, "main")).contains(fr.get("ui.a11y.contacts.search"), fr.get("ui.a11y.contacts.table"),
                fr.get("ui.contacts.kindFilter"), fr.get("ui.contacts.classFilter"));
        assertThat(names(read, "mailing")).contains(fr.get("ui.a11y.mailing.pdfName"), fr.get("ui.a11y.signatureText"));
        assertThat(texts(read.path("problems"))).isEmpty();
    }

    @Test
    void aDeliberatelyUnnamedControlIsCaughtAndAStatusChangeIsHeard() throws Exception {
        List<Map<String, String>> scenario = List.of(
                Map.of("listen", UnnamedControlProbe.TITLE),
                Map.of("read", UnnamedControlProbe.TITLE, "as", "probe"),
                Map.of("heard", UnnamedControlProbe.ANNOUNCED));

        JsonNode read = readOnTheBus(scenario, UnnamedControlProbe.class.getName());

        assertThat(names(read, "probe")).contains(UnnamedControlProbe.LABEL, "OK");
        assertThat(texts(read.path("problems"))).containsExactly(
                "probe: text has no name, a screen reader says its value “sans nom”");
        assertThat(read.path("events").toString()).contains(UnnamedControlProbe.ANNOUNCED);
    }

    private JsonNode readOnTheBus(List<Map<String, String>> scenario, String mainClass, String... args)
            throws IOException, InterruptedException {
        Path reader = copy("read_aloud.py");
        Path runner = copy("on_the_bus.sh");
        Path scenarioFile = work.resolve("scenario.json");
        JSON.writeValue(scenarioFile.toFile(), scenario);
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of("dbus-run-session", "--", "bash", runner.toString(),
                reader.toString(), scenarioFile.toString(), javaCommand,
                "-cp", System.getProperty("java.class.path") + java.io.File.pathSeparator + ATK_WRAPPER_JAR,
                "-Djava.library.path=" + ATK_WRAPPER_LIBRARIES,
                "-Djavax.accessibility.assistive_technologies=org.GNOME.Accessibility.AtkWrapper",
                "-Duser.language=fr", "-Duser.country=FR", mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectError(work.resolve("bus.log").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assertions.fail("the reading on the bus did not end");
        }
        String output = new String(out, StandardCharsets.UTF_8).strip();
        String last = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
        String diagnosis = output + "\n" + tail(work.resolve("bus.log")) + "\n" + tail(work.resolve("program.log"));
        assertThat(last).as(diagnosis).startsWith("{");
        JsonNode result = JSON.readTree(last);
        assertThat(result.has("error")).as(diagnosis).isFalse();
        return result;
    }

    private static List<String> names(JsonNode read, String window) {
        List<String> names = new ArrayList<>();
        read.path("windows").path(window).forEach(c -> names.add(c.path("name").asString()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    private Path copy(String resource) throws IOException {
        Path target = work.resolve(resource);
        try (InputStream in = ScreenReaderBusTest.class.getResourceAsStream("/a11y/" + resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        String text = Files.readString(log);
        return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
