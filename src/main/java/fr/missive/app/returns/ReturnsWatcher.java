package fr.missive.app.returns;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every account's mailbox for returns in the background while the window is open: at once,
 * then every {@code period} (30 s by default, so a report is in the log within a minute of its
 * arrival). The scheduler is the caller's, so that a test drives the turns itself.
 */
public final class ReturnsWatcher {

    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(ReturnsWatcher.class.getName());

    private final ReturnsService returns;
    private final ScheduledExecutorService scheduler;
    private final Duration period;
    private final List<Consumer<List<AccountScan>>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> turns;

    public ReturnsWatcher(ReturnsService returns, ScheduledExecutorService scheduler, Duration period) {
        this.returns = returns;
        this.scheduler = scheduler;
        this.period = period;
    }

    /** Told after a turn that recorded something (a window refreshes its lists); called off the EDT. */
    public void addListener(Consumer<List<AccountScan>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<AccountScan>> listener) {
        listeners.remove(listener);
    }

    public synchronized void start() {
        if (turns == null) {
            turns = scheduler.scheduleWithFixedDelay(this::turn, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One turn: every mailbox read once. Never throws, so the schedule goes on. */
    public void turn() {
        try {
            List<AccountScan> scans = returns.checkAll();
            if (scans.stream().anyMatch(s -> !s.recorded().isEmpty())) {
                listeners.forEach(l -> l.accept(scans));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the returns failed; tried again at the next turn", e);
        }
    }

    public synchronized void stop() {
        if (turns != null) {
            turns.cancel(false);
            turns = null;
        }
    }
}
