package fr.missive.store.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a main class of the test classpath in another JVM, to kill it or to compete with it. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader stdout;

    private ChildJvm(Process process) {
        this.process = process;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        return start(List.of(), mainClass, args);
    }

    /** With JVM options of its own, e.g. a small {@code -Xmx}. */
    public static ChildJvm start(List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** Reads the child's output until a line equals {@code expected}; fails if it ends first. */
    public void awaitLine(String expected) throws IOException {
        String line;
        while ((line = stdout.readLine()) != null) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new IOException("child ended before printing " + expected);
    }

    /** Reads the child's output until a line starts with {@code prefix}, and returns it; fails if it ends first. */
    public String awaitLineStartingWith(String prefix) throws IOException {
        String line;
        while ((line = stdout.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IOException("child ended before printing " + prefix + "…");
    }

    /** Waits for the child to end by itself; its exit code, or -1 when it is still running after the wait. */
    public int awaitExit(long seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** What the child printed and has not been read yet, up to its end: call once it has ended. */
    public String remainingOutput() throws IOException {
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = stdout.readLine()) != null) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /** SIGKILL on Unix: no shutdown hook, no SHUTDOWN statement, nothing flushed by Java. */
    public void killHard() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        killHard();
    }
}
