package fr.missive.app.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the messages waiting for one account will all have left, at the pace its provider allows:
 * {@code perMinute} messages a minute and {@code perDay} in a sliding day, part of which may be
 * used up already. A pure function of its arguments, so the estimate shown in the outbox and the
 * warning before sending are tested without a clock or a server.
 *
 * <p>The model follows the worker's sending slots (a sliding minute and a sliding day, counted
 * across every PC in the database): the first {@code perMinute} messages go at once and each next
 * group a minute later; once the day's allowance is spent, the next messages go one day after the
 * current day's window opened (what was sent earlier is taken as a count, the day's slots freeing
 * one day after they were taken). Server errors and retries are not
 * foreseen: an estimate, worded "around".
 */
public final class DeliveryPace {

    private static final Duration DAY = Duration.ofDays(1);

    private DeliveryPace() {
    }

    /**
     * When the last of {@code waiting} messages should go; empty when none waits.
     *
     * @param sentInLastDay what the account sent in the last 24 hours, counted against its daily limit
     */
    public static Optional<Instant> finishes(int waiting, SendingLimits limits, int sentInLastDay, Instant now) {
        if (waiting <= 0) {
            return Optional.empty();
        }
        if (limits.perDay() == 0) {
            return Optional.of(now.plus(spread(waiting, limits.perMinute())));
        }
        int leftToday = leftToday(limits, sentInLastDay);
        if (waiting <= leftToday) {
            return Optional.of(now.plus(spread(waiting, limits.perMinute())));
        }
        int afterToday = waiting - leftToday;
        int moreDays = (afterToday + limits.perDay() - 1) / limits.perDay();
        int inLastDay = afterToday - (moreDays - 1) * limits.perDay();
        return Optional.of(now.plus(DAY.multipliedBy(moreDays)).plus(spread(inLastDay, limits.perMinute())));
    }

    /** How many more messages the account may send before its daily limit; {@link Integer#MAX_VALUE} without one. */
    public static int leftToday(SendingLimits limits, int sentInLastDay) {
        return limits.perDay() == 0 ? Integer.MAX_VALUE : Math.max(0, limits.perDay() - sentInLastDay);
    }

    /** The time from the first to the last of {@code count} messages at {@code perMinute} a minute (0: no limit). */
    private static Duration spread(int count, int perMinute) {
        return perMinute == 0 ? Duration.ZERO : Duration.ofMinutes((count - 1) / perMinute);
    }
}
