package fr.missive.app.accounts;

import fr.missive.model.mail.SendResult;

/**
 * One test of the sending of e-mail, to run off the event thread and cancel from any other. Its
 * outcome is a {@link SendResult}: sent, or failed with the diagnosis to show.
 */
public interface TestRun {

    /** Connects, signs in and sends the test message; never throws for a server failure. */
    SendResult run();

    /** Stops the test; {@link #run()} returns CANCELLED. */
    void cancel();
}
