package fr.missive.ui.common;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;

/**
 * The background threads of the windows: database, file and OS work runs here, never on the
 * event dispatch thread, and its outcome comes back on the EDT. Split as in JOSM: the work
 * (background), what to do with its result (EDT), and a cancel flag the work polls.
 *
 * <p>The windows' own jobs run on one thread on purpose: one person works at one PC, and
 * running them in submission order keeps a reload of the contacts from overtaking the save it
 * follows. Two kinds of job run beside that queue instead, so the windows never wait behind
 * them: {@linkplain #submitLong long work} (a whole mailing, which the Outbox window must be able
 * to show while it runs) and {@linkplain #submitWaiting waiting} (a sign-in in the browser, which
 * may take the user minutes).
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());
    private static final long LONG_WORK_GRACE_MINUTES = 5;

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

    private final ExecutorService executor = Executors.newSingleThreadExecutor(daemons("missive-background"));
    /** Long work; the session's end waits for it, as it waits for the queue. */
    private final ExecutorService longWork = Executors.newCachedThreadPool(daemons("missive-long-work"));
    /** Waiting work; the session may end while it waits (nothing of it is half-written). */
    private final ExecutorService waiting = Executors.newCachedThreadPool(daemons("missive-waiting"));
    private final Set<Job> longJobs = ConcurrentHashMap.newKeySet();

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            int n = count.incrementAndGet();
            Thread thread = new Thread(runnable, n == 1 ? name : name + "-" + n);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the EDT.
     */
    public <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return submitCancellable(cancelled -> work.call(), onSuccess, onFailure);
    }

    public <T> Job submitCancellable(CancellableWork<T> work, Consumer<? super T> onSuccess,
                                     Consumer<Throwable> onFailure) {
        Job job = new Job();
        submitOn(executor, job, work, onSuccess, onFailure);
        return job;
    }

    /**
     * Work that takes long (seconds to minutes), beside the windows' queue so their loads do not
     * wait behind it. It must not depend on the order of the queue's jobs; the session's end
     * waits for it to finish before closing the data folder.
     */
    public <T> Job submitLong(CancellableWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Job job = new Job();
        longJobs.add(job);
        boolean accepted = submitOn(longWork, job, cancelled -> {
            try {
                return work.run(cancelled);
            } finally {
                longJobs.remove(job);
            }
        }, onSuccess, onFailure);
        if (!accepted) {
            longJobs.remove(job);
        }
        return job;
    }

    /** Whether long work is still running (closing then waits for it). */
    public boolean longWorkRunning() {
        return !longJobs.isEmpty();
    }

    /** Asks every long job to stop (each stops at its next step; what it has done stays done). */
    public void cancelLongWork() {
        longJobs.forEach(Job::cancel);
    }

    /**
     * Work that mostly waits for someone else (the user signing in in the browser), beside the
     * windows' queue. The session may end while it waits.
     */
    public <T> Job submitWaiting(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Job job = new Job();
        submitOn(waiting, job, cancelled -> work.call(), onSuccess, onFailure);
        return job;
    }

    /** @return false when the lane no longer takes work (the session is closing); the job is then cancelled */
    private static <T> boolean submitOn(ExecutorService lane, Job job, CancellableWork<T> work,
                                        Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            lane.execute(() -> {
                T result;
                try {
                    result = work.run(job::isCancelled);
                } catch (Exception | Error e) {
                    SwingUtilities.invokeLater(() -> onFailure.accept(e));
                    return;
                }
                SwingUtilities.invokeLater(() -> onSuccess.accept(result));
            });
            return true;
        } catch (RejectedExecutionException e) {
            // The session is closing: nobody is left to show the outcome to.
            LOG.log(Level.FINE, "Background work refused after shutdown", e);
            job.cancel();
            return false;
        }
    }

    /**
     * Runs the last job of a session (closing the database) once the queue and the long work
     * are done, then stops the threads. Waiting work is left to end with the process.
     */
    public void finish(Runnable lastWork) {
        longWork.shutdown();
        waiting.shutdown();
        try {
            executor.execute(() -> {
                awaitLongWork();
                lastWork.run();
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Already finished", e);
        }
        executor.shutdown();
    }

    /**
     * A mailing asked to stop ends at its next step. One step that hangs (a printer that does not
     * answer) must not keep the process, and so the data folder, from ever closing: after a
     * while the folder is closed anyway, and a write the job may still attempt fails cleanly.
     */
    private void awaitLongWork() {
        try {
            if (!longWork.awaitTermination(LONG_WORK_GRACE_MINUTES, TimeUnit.MINUTES)) {
                LOG.warning("A long job (a mailing) did not finish in " + LONG_WORK_GRACE_MINUTES
                        + " minutes; closing the data folder without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        longWork.shutdownNow();
        waiting.shutdownNow();
    }
}
