package fr.missive.app.outbox;

import fr.missive.app.Futures;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The result of work the delivery did on another of its threads, failing as if done on this one. */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * Waits for {@code work}: its failure is thrown as it was (a storage failure, the database
     * server gone away), an interruption keeps the thread's interrupt flag.
     *
     * @param what what was being waited for, for the interruption's message
     */
    static <T> T await(Future<T> work, String what) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw Futures.failure(e);
        }
    }
}
