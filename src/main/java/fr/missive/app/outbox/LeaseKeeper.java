package fr.missive.app.outbox;

import fr.missive.store.outbox.OutboxStore;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the worker's claims alive while it works through a batch: renews every lease of the
 * holder on a timer, and says whether a message may still go on the wire. It reasons on this
 * JVM's monotonic clock, never on the PCs' wall clocks: a renewal started at {@code t} gives
 * every message still held a lease at least until {@code t + lease}, so as long as each renewal
 * ends before the previous one's leases could expire, none was taken over; once one does not (the
 * database unreachable, the process frozen), the worker stops sending from that batch and claims
 * again, sending only what it holds for sure.
 */
final class LeaseKeeper {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class.getName());

    private final OutboxStore store;
    private final OutboxHolder holder;
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> renewing;
    /** Until when (monotonic nanoseconds) every message held is sure to be held; MIN_VALUE: nothing held. */
    private long safeUntil = Long.MIN_VALUE;

    LeaseKeeper(OutboxStore store, OutboxHolder holder) {
        this(store, holder, System::nanoTime);
    }

    LeaseKeeper(OutboxStore store, OutboxHolder holder, LongSupplier nanoTime) {
        this.store = store;
        this.holder = holder;
        this.nanoTime = nanoTime;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "missive-outbox-leases");
            t.setDaemon(true);
            return t;
        });
    }

    /** The monotonic time to give {@link #claimed} once a claim started then returned. */
    long now() {
        return nanoTime.getAsLong();
    }

    /** A batch was claimed by a claim that started at {@code startedAt}: its leases hold from then on, renewed until {@link #idle}. */
    synchronized void claimed(long startedAt) {
        safeUntil = startedAt + holder.lease().toNanos();
        if (renewing == null) {
            long every = holder.renewEvery().toNanos();
            renewing = timer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.NANOSECONDS);
        }
    }

    /** Nothing is held any more (the batch's rest released): no more renewals until the next claim. */
    synchronized void idle() {
        safeUntil = Long.MIN_VALUE;
        if (renewing != null) {
            renewing.cancel(false);
            renewing = null;
        }
    }

    /** Whether a message held may start on the wire: its lease holds for at least half a lease yet. */
    synchronized boolean mayStartSending() {
        return safeUntil != Long.MIN_VALUE && nanoTime.getAsLong() + holder.margin().toNanos() < safeUntil;
    }

    /** Renews every lease the holder has; public to the package so a test can renew at a chosen moment. */
    void renew() {
        long start = nanoTime.getAsLong();
        try {
            store.renewLeases(holder.name(), holder.lease());
        } catch (RuntimeException e) {
            // A database server gone away is told once, by the database; a renewal a second would only repeat it.
            LOG.log(fr.missive.store.db.ServerReachability.isUnreachable(e) ? Level.FINE : Level.WARNING,
                    "The outbox's leases could not be renewed; the worker stops sending before they expire", e);
            return;
        }
        long end = nanoTime.getAsLong();
        synchronized (this) {
            // Renewed in time: every message held was still held, and is now for a lease from start.
            if (safeUntil != Long.MIN_VALUE && end < safeUntil) {
                safeUntil = Math.max(safeUntil, start + holder.lease().toNanos());
            }
        }
    }

    /** Stops the timer for good. */
    void close() {
        idle();
        timer.shutdownNow();
    }
}
