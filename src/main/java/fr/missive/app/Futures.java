package fr.missive.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Work done on another thread failing as if it had been done on the waiting one. */
public final class Futures {

    private Futures() {
    }

    /**
     * What to throw for the failure of work run on another thread: its own unchecked exception as
     * it was (a storage failure keeps its message for the user), an {@link Error} thrown at once,
     * anything else wrapped.
     */
    public static RuntimeException failure(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }

    /**
     * The work's result once it has ended, not cut short by an interrupt (a cancel): work that
     * writes runs on regardless and must be waited for; the interrupt is kept for the caller.
     *
     * @throws RuntimeException its failure, as {@link #failure} gives it
     */
    public static <T> T awaitEnded(Future<T> work) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return work.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw failure(e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
