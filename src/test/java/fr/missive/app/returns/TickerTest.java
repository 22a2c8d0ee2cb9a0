package fr.missive.app.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TickerTest {

    @Test
    void theSystemTickerRunsATaskWhenDueAndNeverOneCancelledBefore() throws Exception {
        Ticker ticker = Ticker.system();
        AtomicBoolean cancelledRan = new AtomicBoolean();
        CountDownLatch later = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The one timer thread is held by a task due at once, so that a slow test machine cannot let
        // the cancelled task fall due and run between its scheduling and its cancelling.
        ticker.schedule(Duration.ZERO, () -> awaitQuietly(release));

        ticker.schedule(Duration.ofMillis(10), () -> cancelledRan.set(true)).cancel();
        ticker.schedule(Duration.ofMillis(60), later::countDown);
        release.countDown();

        // One timer thread runs tasks in the order they fall due: the cancelled one would have run first.
        assertThat(later.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelledRan).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theManualTickerRunsWhatFellDueInOrderOnlyWhenMovedOn() {
        ManualTicker ticker = new ManualTicker();
        StringBuilder ran = new StringBuilder();
        ticker.schedule(Duration.ofSeconds(30), () -> ran.append("poll "));
        ticker.schedule(Duration.ofSeconds(5), () -> ran.append("retry "));
        ticker.schedule(Duration.ofMinutes(25), () -> ran.append("renew "));

        ticker.advance(Duration.ofSeconds(29));
        assertThat(ran).hasToString("retry ");
        ticker.advance(Duration.ofSeconds(1));

        assertThat(ran).hasToString("retry poll ");
        assertThat(ticker.pending()).containsExactly(Duration.ofMinutes(25).minusSeconds(30));
        assertThat(ticker.elapsed()).isEqualTo(Duration.ofSeconds(30));
    }
}
