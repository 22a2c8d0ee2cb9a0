package fr.missive.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;

/**
 * The background thread of the windows: database, file and OS work runs here, never on the
 * event dispatch thread, and its outcome comes back on the EDT. Split as in JOSM: the work
 * (background), what to do with its result (EDT), and a cancel flag the work polls.
 *
 * <p>One thread on purpose: one person works at one PC, and running the jobs in submission
 * order keeps a reload of the contacts from overtaking the save it follows.
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());

    /** Work that may stop early when asked to. */
    @FunctionalInterface
    public interface CancellableWork<T> {
        T run(BooleanSupplier cancelled) throws Exception;
    }

    /** The handle of a submitted job: its cancel flag. */
    public static final class Job {
        private volatile boolean cancelled;

        /** Asks the work to stop; its outcome is still delivered, so a partial result can be shown. */
        public void cancel() {
            cancelled = true;
        }

        public boolean isCancelled() {
            return cancelled;
        }
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "missive-background");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the EDT.
     */
    public <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return submitCancellable(cancelled -> work.call(), onSuccess, onFailure);
    }

    public <T> Job submitCancellable(CancellableWork<T> work, Consumer<? super T> onSuccess,
                                     Consumer<Throwable> onFailure) {
        Job job = new Job();
        try {
            executor.execute(() -> {
                T result;
                try {
                    result = work.run(job::isCancelled);
                } catch (Exception | Error e) {
                    SwingUtilities.invokeLater(() -> onFailure.accept(e));
                    return;
                }
                SwingUtilities.invokeLater(() -> onSuccess.accept(result));
            });
        } catch (RejectedExecutionException e) {
            // The session is closing: nobody is left to show the outcome to.
            LOG.log(Level.FINE, "Background work refused after shutdown", e);
            job.cancel();
        }
        return job;
    }

    /** Runs the last job of a session (closing the database) and then stops the thread. */
    public void finish(Runnable lastWork) {
        try {
            executor.execute(lastWork);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Already finished", e);
        }
        executor.shutdown();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
