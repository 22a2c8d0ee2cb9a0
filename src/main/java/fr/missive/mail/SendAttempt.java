package fr.missive.mail;

import fr.missive.model.mail.SendResult;

/** One attempt to send, run off the event thread and cancellable from any other thread. */
public interface SendAttempt {

    /**
     * Connects, signs in, sends, and returns how it ended; never throws for a network or server
     * failure, which comes back as a {@link SendResult.Failed} with its diagnosis. Runs once.
     * Returns at once with {@code CANCELLED} when {@link #cancel()} is called meanwhile.
     */
    SendResult run();

    /**
     * Stops the attempt: every socket it opened is closed and {@link #run()} returns
     * {@code CANCELLED}. Safe from any thread, before, during or after the run.
     */
    void cancel();
}
