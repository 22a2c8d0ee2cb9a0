package fr.missive.app.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * What one account still has to deliver and when it should be done at its provider's pace.
 *
 * @param finishesAt when the last waiting message should go; empty when the account's server has
 *                   no known limit (it goes as fast as the server takes it) or nothing waits
 */
public record AccountPace(long accountId, String accountName, int waiting, SendingLimits limits, int sentInLastDay,
                          Optional<Instant> finishesAt) {

    /** True when the provider's limits slow this account down, so a finish time means something. */
    public boolean limited() {
        return !limits.equals(SendingLimits.NONE);
    }
}
