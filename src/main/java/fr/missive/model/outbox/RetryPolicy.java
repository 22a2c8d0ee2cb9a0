package fr.missive.model.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try a temporarily failed message again: after {@code firstDelay}, doubling at each
 * attempt up to {@code maxDelay}, and no more once {@code giveUpAfter} has passed since the
 * message was queued (or retried by the user).
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {

    /** About a minute, doubling, at most an hour apart, for three days. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1),
            Duration.ofDays(3));

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must be positive and the cap at least the first delay");
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** True when a message whose retry period started at {@code retryFrom} must not be tried again. */
    public boolean givesUp(Instant retryFrom, Instant now) {
        return !now.isBefore(retryFrom.plus(giveUpAfter));
    }
}
