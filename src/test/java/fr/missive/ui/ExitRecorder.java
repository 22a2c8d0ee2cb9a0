package fr.missive.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;

/** Stands for System.exit in the launcher: records the code the session ended with. */
final class ExitRecorder implements IntConsumer {

    private final CompletableFuture<Integer> code = new CompletableFuture<>();

    @Override
    public void accept(int exitCode) {
        code.complete(exitCode);
    }

    /** The exit code, waiting for the session to end (the data folder is closed by then). */
    int awaitCode() throws Exception {
        try {
            return code.get(Gui.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException notEnded) {
            // What held the session open is the useful part of the report.
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.err.println("\"" + thread.getName() + "\" " + thread.getState());
                for (StackTraceElement frame : stack) {
                    System.err.println("    at " + frame);
                }
            });
            throw notEnded;
        }
    }

    boolean exited() {
        return code.isDone();
    }
}
