package fr.missive.store.db;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the database server answers, as the database's own work finds out: a connection
 * refused, reset or timed out (SQLSTATE class 08, a server shutting down, class 57P0, or an I/O
 * failure below the driver) makes it "gone"; the next piece of work that succeeds makes it "back".
 * The one place that tells a lost server from an SQL error, so that the window's band, the outbox
 * and the change feed agree. Told once per change, on the thread that found out.
 */
public final class ServerReachability {

    /** Told on the thread that found out, never on the EDT by this class. */
    public interface Listener {
        void unreachable();

        void reachable();
    }

    private static final Logger LOG = Logger.getLogger(ServerReachability.class.getName());

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean gone = new AtomicBoolean();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Whether the last word on the server was that it does not answer. */
    public boolean gone() {
        return gone.get();
    }

    /** A piece of work failed: if the server is out of reach, says so (once). Returns whether it is. */
    boolean failed(Throwable failure) {
        if (!isUnreachable(failure)) {
            return false;
        }
        if (gone.compareAndSet(false, true)) {
            LOG.log(Level.INFO, "The database server does not answer: {0}", String.valueOf(failure.getMessage()));
            listeners.forEach(l -> tell(l::unreachable));
        }
        return true;
    }

    /** A piece of work reached the server: if it was gone, says it is back (once). */
    void succeeded() {
        if (gone.get() && gone.compareAndSet(true, false)) {
            LOG.info("The database server answers again");
            listeners.forEach(l -> tell(l::reachable));
        }
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A listener of the database server's reachability failed", e);
        }
    }

    /**
     * Whether the failure (or one of its causes) says the server could not be reached or went
     * away: connection exceptions (SQLSTATE 08…), the server shutting down or starting (57P01–57P03),
     * or an I/O failure the driver wrapped. An SQL error the server answered with is not one.
     */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ServerUnreachableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = String.valueOf(sql.getSQLState());
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return true;
                }
            }
            if (t instanceof IOException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
