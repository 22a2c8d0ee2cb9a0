package fr.missive.store.outbox;

import fr.missive.model.outbox.PlannedMailing;
import java.time.Instant;
import java.util.List;

/** The mailings being queued, written down before their first chunk and marked complete after the last. */
public interface MailingPlanStore {

    /** The plan and its letters, in one transaction. */
    void begin(PlannedMailing mailing);

    /** Every letter was queued, or the user dropped the rest: no longer interrupted. */
    void complete(String mailing, Instant at);

    /** Mailings begun and never completed, oldest first. */
    List<PlannedMailing> incomplete();

    /** The letter keys ({@link PlannedMailing#letterKey}) of the outbox messages carrying this mailing key, repeats kept. */
    List<String> queuedLetters(String mailing);
}
