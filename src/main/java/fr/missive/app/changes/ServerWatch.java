package fr.missive.app.changes;

import fr.missive.store.db.Database;
import fr.missive.store.db.ServerReachability;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches a shared database's server while it does not answer: as soon as any work finds it gone
 * ({@link ServerReachability}), asks it a cheap {@code SELECT 1} after {@link #FIRST_WAIT}, then
 * after twice as long each time, up to {@link #LONGEST_WAIT}, until it answers; then tells its
 * listeners it is back. The window shows a band meanwhile, with the time until the next try and a
 * button to try at once. On the embedded database nothing is ever gone and this does nothing.
 */
public final class ServerWatch implements AutoCloseable {

    /** Told on a background thread: a window hands it to the EDT itself. */
    public interface Listener {
        /**
         * The server {@code address} does not answer; it is asked again in {@code nextTry}.
         * Told when it goes, and again after each unanswered try.
         */
        void gone(String address, Duration nextTry);

        /** It answers again: what is shown may be re-read. */
        void back();
    }

    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(ServerWatch.class.getName());

    private final Database db;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService prober;
    private final ServerReachability.Listener reachabilityListener;
    private ScheduledFuture<?> nextProbe;
    private Duration wait = FIRST_WAIT;
    private volatile boolean gone;

    private ServerWatch(Database db) {
        this.db = db;
        this.prober = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "missive-server-watch");
            t.setDaemon(true);
            return t;
        });
        this.reachabilityListener = new ServerReachability.Listener() {
            @Override
            public void unreachable() {
                wentAway();
            }

            @Override
            public void reachable() {
                cameBack();
            }
        };
    }

    /** Watches the database's server; on the embedded database, never tells anything. */
    public static ServerWatch of(Database db) {
        ServerWatch watch = new ServerWatch(db);
        if (!db.isEmbedded()) {
            db.reachability().addListener(watch.reachabilityListener);
        }
        return watch;
    }

    /** Subscribes; the returned action unsubscribes. A listener added while the server is gone hears so at the next try. */
    public Runnable subscribe(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Whether the server is known not to answer now. */
    public boolean gone() {
        return gone;
    }

    /** Asks the server at once rather than at the planned time (the band's button). */
    public synchronized void retryNow() {
        if (!gone) {
            return;
        }
        cancelProbe();
        nextProbe = prober.schedule(this::probe, 0, TimeUnit.MILLISECONDS);
    }

    private synchronized void wentAway() {
        if (gone) {
            return;
        }
        gone = true;
        wait = FIRST_WAIT;
        schedule();
    }

    private synchronized void schedule() {
        cancelProbe();
        if (prober.isShutdown()) {
            return;
        }
        Duration delay = wait;
        nextProbe = prober.schedule(this::probe, delay.toMillis(), TimeUnit.MILLISECONDS);
        String address = db.serverAddress();
        listeners.forEach(l -> tell(() -> l.gone(address, delay)));
    }

    private void probe() {
        // Off every lock: the probe may take seconds. Success is told through cameBack.
        if (!db.probe()) {
            synchronized (this) {
                if (gone) {
                    wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
                    schedule();
                }
            }
        }
    }

    private void cameBack() {
        synchronized (this) {
            if (!gone) {
                return;
            }
            gone = false;
            cancelProbe();
        }
        listeners.forEach(l -> tell(l::back));
    }

    private void cancelProbe() {
        if (nextProbe != null) {
            nextProbe.cancel(false);
            nextProbe = null;
        }
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A listener of the database server's watch failed", e);
        }
    }

    @Override
    public void close() {
        db.reachability().removeListener(reachabilityListener);
        prober.shutdownNow();
    }
}
