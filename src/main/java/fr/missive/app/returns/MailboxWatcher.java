package fr.missive.app.returns;

import fr.missive.mail.returns.InboxWatch;
import fr.missive.mail.returns.ReturnsMailboxException;
import fr.missive.model.accounts.Account;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One account's mailbox, watched on a daemon thread of its own: read at once, then again each
 * time the server says in IDLE that new mail arrived and when IDLE is renewed (every
 * {@link WatchPolicy#idleRenewal()}), or every {@link WatchPolicy#poll()} on a server without
 * IDLE, where IDLE fails, or when the policy turns it off. A lost mailbox is tried again after a
 * wait that doubles up to {@link WatchPolicy#lastRetry()}; the loss is logged once, the return
 * once.
 */
final class MailboxWatcher {

    private static final Logger LOG = Logger.getLogger(ReturnsWatcher.class.getName());

    private final Account account;
    private final Function<Account, AccountScan> scanner;
    private final InboxWatchOpener opener;
    private final Ticker ticker;
    private final WatchPolicy policy;
    private final Consumer<AccountScan> onRecorded;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean stopped;
    private volatile InboxWatch watch;
    /** The server has no IDLE, or refused it: this watcher polls until it is stopped. */
    private boolean polling;
    /** The wait before the next try; null while the mailbox is read. */
    private Duration retry;

    MailboxWatcher(Account account, Function<Account, AccountScan> scanner, InboxWatchOpener opener, Ticker ticker,
                   WatchPolicy policy, Consumer<AccountScan> onRecorded) {
        this.account = account;
        this.scanner = scanner;
        this.opener = opener;
        this.ticker = ticker;
        this.policy = policy;
        this.onRecorded = onRecorded;
        this.polling = !policy.idle();
        this.thread = new Thread(this::run, "missive-returns-" + account.id());
        thread.setDaemon(true);
    }

    Account account() {
        return account;
    }

    void start() {
        thread.start();
    }

    /** Asks the thread to end and cuts its IDLE connection; see {@link #join}. */
    void stop() {
        stopped = true;
        wake.release();
        closeWatch();
    }

    /** Waits at most {@code millis} for the thread to end; true when it has. */
    boolean join(long millis) {
        try {
            thread.join(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private void run() {
        while (!stopped) {
            try {
                InboxWatch current = polling ? null : openWatch();
                AccountScan scan = scanner.apply(account);
                if (scan.problem() != null) {
                    throw new Unreadable(scan.problem().key());
                }
                readAgain();
                if (!scan.recorded().isEmpty()) {
                    onRecorded.accept(scan);
                }
                if (scan.read() >= ReturnsScan.BATCH) {
                    continue; // a first reading of a large INBOX goes on at once
                }
                if (current != null) {
                    idle(current);
                } else {
                    waitFor(policy.poll());
                }
            } catch (ReturnsMailboxException | Unreadable | RuntimeException e) {
                if (stopped) {
                    break;
                }
                closeWatch();
                lost(e);
                waitFor(retry);
            }
        }
        closeWatch();
    }

    /** The watch connection, opened when there is none; null when the server has no IDLE (then this polls). */
    private InboxWatch openWatch() throws ReturnsMailboxException {
        InboxWatch current = watch;
        if (current == null) {
            current = opener.watch(account);
            if (!current.canIdle()) {
                current.close();
                polling = true;
                LOG.info(() -> "The mailbox server of " + account.name() + " has no IDLE: its returns are read every "
                        + policy.poll().toSeconds() + " s");
                return null;
            }
            watch = current;
            if (stopped) {
                closeWatch(); // stop() came while this was connecting
                return null;
            }
        }
        return current;
    }

    /** Idles until new mail arrives or the renewal falls due (then the INBOX is read, as a safety net too). */
    private void idle(InboxWatch current) throws ReturnsMailboxException {
        AtomicBoolean renewing = new AtomicBoolean();
        Ticker.Scheduled renewal = ticker.schedule(policy.idleRenewal(), () -> {
            renewing.set(true);
            current.renew();
        });
        try {
            while (!current.awaitNewMail() && !renewing.get() && !stopped) {
                // a keep-alive, a flag or a message gone: nothing to read, IDLE again
            }
        } catch (ReturnsMailboxException e) {
            if (e.kind() != ReturnsMailboxException.Kind.REFUSED) {
                throw e;
            }
            // The server offers IDLE but refuses it: read every poll period instead.
            polling = true;
            closeWatch();
            LOG.info(() -> "The mailbox server of " + account.name() + " refused IDLE: its returns are read every "
                    + policy.poll().toSeconds() + " s");
        } finally {
            renewal.cancel();
        }
    }

    /** Sleeps until {@code delay} has passed on the ticker, or until stopped. */
    private void waitFor(Duration delay) {
        wake.drainPermits();
        Ticker.Scheduled due = ticker.schedule(delay, wake::release);
        try {
            if (!stopped) {
                wake.acquire();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } finally {
            due.cancel();
        }
    }

    private void lost(Exception e) {
        if (retry == null) {
            retry = policy.nextRetry(null);
            // Once per loss: a server away for an hour must not fill the journal.
            LOG.log(Level.WARNING, "Could not read the mailbox of {0} for returns ({1}); trying again in {2} s,"
                    + " then less often", new Object[] {account.name(), describe(e), retry.toSeconds()});
        } else {
            retry = policy.nextRetry(retry);
            LOG.fine(() -> "Mailbox of " + account.name() + " still unreadable (" + describe(e) + ")");
        }
    }

    private void readAgain() {
        if (retry != null) {
            retry = null;
            LOG.info(() -> "The mailbox of " + account.name() + " is read again for returns");
        }
    }

    /** What went wrong, without anything the server or the user typed that might hold a secret. */
    private static String describe(Exception e) {
        if (e instanceof ReturnsMailboxException r) {
            return r.kind().name();
        }
        if (e instanceof Unreadable u) {
            return u.getMessage();
        }
        return e.getClass().getSimpleName();
    }

    private void closeWatch() {
        InboxWatch current = watch;
        watch = null;
        if (current != null) {
            current.close();
        }
    }

    /** The reading itself failed: the mailbox is out of reach, refused the sign-in, or waits for one. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String problemKey) {
            super(problemKey, null, false, false);
        }
    }
}
