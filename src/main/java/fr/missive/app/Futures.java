package fr.missive.app;

import java.util.concurrent.ExecutionException;

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
}
