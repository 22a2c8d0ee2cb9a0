package fr.missive;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar missive.jar …} typed with no JVM option runs Missive again, at once, as the
 * installed launchers and the README's run command do: with the C1 compiler alone and, when the
 * build's archive lies beside the jar, class data sharing of Missive's classes.
 *
 * <p>Why: a jar's manifest cannot carry JVM options, and without them a command pays the C2
 * compiler's threads (on two cores they compete with the work, about 40 % of a command's CPU)
 * and the parsing of every class. A 1,000-letter {@code letter render} then took 4.6 s instead
 * of 3.3 s, the main window 1.6 s instead of 0.9 s. The second JVM costs about 0.1 s of start
 * and 40 MB while it runs; this process only waits for it, with the same standard streams, and
 * exits with its code. Any JVM option given (or {@code JDK_JAVA_OPTIONS}, {@code
 * JAVA_TOOL_OPTIONS}) means the user chose how Java runs: nothing is relaunched then, nor when
 * the process cannot see its own command line (Windows).
 */
final class QuickStart {

    /** Set in the relaunched process's environment, so that it never relaunches again. */
    static final String RELAUNCHED = "MISSIVE_RELAUNCHED";

    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS", RELAUNCHED);

    private QuickStart() {
    }

    /**
     * Runs the command in a quicker JVM when this one was started plainly.
     *
     * @return the relaunched process's exit code, or empty when this process must run the command
     */
    static Optional<Integer> relaunch(String[] args) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<Path> jar = runningJar();
        if (self.command().isEmpty() || self.arguments().isEmpty() || jar.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> command = command(Path.of(self.command().get()),
                Arrays.asList(self.arguments().get()), System.getenv(), jar.get(), Arrays.asList(args));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        builder.environment().put(RELAUNCHED, "1");
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return Optional.empty();
        }
        // Stopped with this process (kill, the session's end), the command stops too, as it would have.
        Thread stopChild = new Thread(child::destroy, "missive-stop-relaunched");
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stopChild);
                return Optional.of(code);
            } catch (InterruptedException e) {
                // only a shutdown interrupts the main thread; the hook stops the child
            }
        }
    }

    /**
     * The quicker JVM's command line, when this JVM was started with {@code -jar JAR} and no
     * option, from an environment that adds none.
     *
     * @param java         this JVM's executable
     * @param jvmArguments this process's arguments after the executable
     * @param environment  this process's environment
     * @param jar          the jar Missive runs from
     * @param args         Missive's own arguments
     */
    static Optional<List<String>> command(Path java, List<String> jvmArguments, Map<String, String> environment,
                                          Path jar, List<String> args) {
        boolean plain = jvmArguments.size() == args.size() + 2 && "-jar".equals(jvmArguments.get(0))
                && jvmArguments.subList(2, jvmArguments.size()).equals(args);
        if (!plain || OPTION_VARIABLES.stream().anyMatch(environment::containsKey) || !Files.isRegularFile(java)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1"));
        Path archive = jar.resolveSibling("missive.jsa");
        if (Files.isRegularFile(archive)) {
            // Java ignores an archive made for another jar or JVM, without a word.
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        return Optional.of(command);
    }

    /** The jar this class was loaded from, absolute; empty when run from classes (tests, an IDE). */
    private static Optional<Path> runningJar() {
        try {
            var source = QuickStart.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
