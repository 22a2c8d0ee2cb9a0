package fr.missive.app.returns;

import java.time.Duration;

/**
 * How the background reading waits for returns.
 *
 * @param idle        use IMAP IDLE where the server offers it (false: poll every mailbox, as on
 *                    a server without IDLE; {@code -D}{@value #IDLE_PROPERTY}{@code =false})
 * @param poll        how long between two readings of a mailbox without IDLE; also how often the
 *                    list of accounts with a mailbox is looked at again
 * @param idleRenewal how long one IDLE lasts before it is issued again: servers may drop a
 *                    client idle for 30 minutes (RFC 2177 asks clients to renew within 29)
 * @param firstRetry  the wait after a mailbox was lost, doubled at each failed try
 * @param lastRetry   the longest wait between two tries
 */
public record WatchPolicy(boolean idle, Duration poll, Duration idleRenewal, Duration firstRetry,
                          Duration lastRetry) {

    /** The system property that turns IDLE off ("false"), for a server or a firewall that mishandles it. */
    public static final String IDLE_PROPERTY = "missive.returns.idle";

    /** IDLE where offered, else every 30 s (a report is in the log within a minute of its arrival). */
    public static final WatchPolicy DEFAULT = new WatchPolicy(true, Duration.ofSeconds(30), Duration.ofMinutes(25),
            Duration.ofSeconds(5), Duration.ofMinutes(5));

    /** The default, without IDLE when the system property {@value #IDLE_PROPERTY} is "false". */
    public static WatchPolicy fromSystem() {
        return "false".equalsIgnoreCase(System.getProperty(IDLE_PROPERTY, "").strip()) ? DEFAULT.withoutIdle() : DEFAULT;
    }

    public WatchPolicy withoutIdle() {
        return new WatchPolicy(false, poll, idleRenewal, firstRetry, lastRetry);
    }

    /** The wait after {@code previous} (null: the first failure). */
    Duration nextRetry(Duration previous) {
        if (previous == null) {
            return firstRetry;
        }
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(lastRetry) > 0 ? lastRetry : doubled;
    }
}
