package fr.missive.app.returns;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * When the background reading does something later: the next poll, the renewal of IDLE, the next
 * try after a lost connection. Injected so that tests move time on by hand and never wait for it.
 * The tasks only wake a waiting thread: they must return at once.
 */
public interface Ticker {

    /** Runs {@code task} once after {@code delay}, unless cancelled first. */
    Scheduled schedule(Duration delay, Runnable task);

    /** A task to come; cancelling one already run or cancelled does nothing. */
    interface Scheduled {
        void cancel();
    }

    /** Real time, on a daemon thread of its own that ends when nothing is scheduled for a minute. */
    static Ticker system() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "missive-returns-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(1, TimeUnit.MINUTES);
        timer.allowCoreThreadTimeOut(true);
        return (delay, task) -> {
            ScheduledFuture<?> future = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }
}
