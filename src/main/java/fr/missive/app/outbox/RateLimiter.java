package fr.missive.app.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The sending limits of one account, applied: the times of recent messages in a sliding minute
 * and a sliding day. The day starts with what the database says was sent in the last 24 hours,
 * so a restart does not reset it.
 */
final class RateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final SendingLimits limits;
    private final Deque<Instant> lastMinute = new ArrayDeque<>();
    private final Deque<Instant> lastDay = new ArrayDeque<>();
    private int sentBeforeStart;
    private final Instant start;

    RateLimiter(SendingLimits limits, int sentInLastDay, Instant now) {
        this.limits = limits;
        this.sentBeforeStart = sentInLastDay;
        this.start = now;
    }

    /** When the next message may go: {@code now} or later. */
    Instant allowedAt(Instant now) {
        forget(now);
        Instant allowed = now;
        if (limits.perMinute() > 0 && lastMinute.size() >= limits.perMinute()) {
            allowed = later(allowed, lastMinute.peekFirst().plus(MINUTE));
        }
        if (limits.perDay() > 0 && sentBeforeStart + lastDay.size() >= limits.perDay()) {
            // What was sent before the start is known only as a count: it leaves a day after the start.
            Instant free = sentBeforeStart > 0 || lastDay.isEmpty() ? start.plus(DAY) : lastDay.peekFirst().plus(DAY);
            allowed = later(allowed, free);
        }
        return allowed;
    }

    void record(Instant at) {
        if (limits.perMinute() > 0) {
            lastMinute.addLast(at);
        }
        if (limits.perDay() > 0) {
            lastDay.addLast(at);
        }
    }

    private void forget(Instant now) {
        while (!lastMinute.isEmpty() && !lastMinute.peekFirst().plus(MINUTE).isAfter(now)) {
            lastMinute.removeFirst();
        }
        while (!lastDay.isEmpty() && !lastDay.peekFirst().plus(DAY).isAfter(now)) {
            lastDay.removeFirst();
        }
        if (sentBeforeStart > 0 && !start.plus(DAY).isAfter(now)) {
            sentBeforeStart = 0;
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
