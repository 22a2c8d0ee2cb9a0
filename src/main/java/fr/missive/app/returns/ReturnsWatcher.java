package fr.missive.app.returns;

import fr.missive.model.accounts.Account;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every account's mailbox for returns in the background while the window is open: one
 * {@link MailboxWatcher} per account with a mailbox, each on a daemon thread of its own (never the
 * EDT), reading at once, then as soon as the server says new mail arrived (IMAP IDLE), or every
 * 30 seconds on a server without IDLE; so a report is in the log within a minute of its arrival,
 * within seconds where the server has IDLE. A supervising thread looks at the accounts again every
 * poll period, to watch a new account's mailbox and to stop watching one removed or changed.
 * Time goes by on the given {@link Ticker}, so that tests move it on by hand.
 */
public final class ReturnsWatcher {

    private static final Logger LOG = Logger.getLogger(ReturnsWatcher.class.getName());
    /** How long {@link #stop()} waits for the threads: a reading under way may finish. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final ReturnsService returns;
    private final InboxWatchOpener watches;
    private final Ticker ticker;
    private final WatchPolicy policy;
    private final List<Consumer<List<AccountScan>>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, MailboxWatcher> watchers = new HashMap<>();
    private final Semaphore wake = new Semaphore(0);
    private Thread supervisor;
    private volatile boolean running;
    private boolean listFailed;

    public ReturnsWatcher(ReturnsService returns, InboxWatchOpener watches, Ticker ticker, WatchPolicy policy) {
        this.returns = returns;
        this.watches = watches;
        this.ticker = ticker;
        this.policy = policy;
    }

    public WatchPolicy policy() {
        return policy;
    }

    /** Told after a reading that recorded something (a window refreshes its lists); called off the EDT. */
    public void addListener(Consumer<List<AccountScan>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<AccountScan>> listener) {
        listeners.remove(listener);
    }

    /** Starts watching; returns at once (the accounts are looked up on the supervising thread). */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        wake.drainPermits();
        supervisor = new Thread(this::supervise, "missive-returns");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /** One turn by hand: every mailbox read once now, whatever the watchers do. Never throws. */
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

    /**
     * Stops every thread: the IDLE connections are cut at once, a reading under way may finish.
     *
     * @return whether every thread had ended within a few seconds (they are daemons either way)
     */
    public boolean stop() {
        List<MailboxWatcher> stopping;
        Thread supervising;
        synchronized (this) {
            if (!running) {
                return true;
            }
            running = false;
            wake.release();
            stopping = new ArrayList<>(watchers.values());
            watchers.clear();
            supervising = supervisor;
            supervisor = null;
        }
        stopping.forEach(MailboxWatcher::stop);
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        boolean ended = join(supervising, deadline);
        for (MailboxWatcher watcher : stopping) {
            ended &= watcher.join(remainingMillis(deadline));
        }
        return ended;
    }

    /** The accounts whose mailbox is watched now, by id. */
    public synchronized List<Long> watched() {
        return List.copyOf(watchers.keySet());
    }

    private void supervise() {
        while (running) {
            watchTheAccounts();
            wake.drainPermits();
            Ticker.Scheduled due = ticker.schedule(policy.poll(), wake::release);
            try {
                if (running) {
                    wake.acquire();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                due.cancel();
            }
        }
    }

    /** A watcher for each account with a mailbox; a removed or changed account's watcher stopped. */
    private void watchTheAccounts() {
        List<Account> accounts;
        try {
            accounts = returns.mailboxAccounts();
            listFailed = false;
        } catch (RuntimeException e) {
            if (!listFailed) {
                LOG.log(Level.WARNING, "Could not list the accounts whose mailbox holds the returns", e);
            }
            listFailed = true;
            return;
        }
        List<MailboxWatcher> stale = new ArrayList<>();
        synchronized (this) {
            if (!running) {
                return;
            }
            Map<Long, Account> wanted = new HashMap<>();
            accounts.forEach(a -> wanted.put(a.id(), a));
            watchers.values().removeIf(w -> {
                boolean gone = !w.account().equals(wanted.get(w.account().id()));
                if (gone) {
                    stale.add(w);
                }
                return gone;
            });
            for (Account account : accounts) {
                if (!watchers.containsKey(account.id())) {
                    MailboxWatcher watcher = new MailboxWatcher(account, returns::check, watches, ticker, policy,
                            scan -> listeners.forEach(l -> l.accept(List.of(scan))));
                    watchers.put(account.id(), watcher);
                    watcher.start();
                }
            }
        }
        stale.forEach(MailboxWatcher::stop);
    }

    private static boolean join(Thread thread, long deadline) {
        if (thread == null || thread == Thread.currentThread()) {
            return true;
        }
        try {
            thread.join(Math.max(1, remainingMillis(deadline)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private static long remainingMillis(long deadline) {
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }
}
