package fr.missive.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    private static final long WAIT_SECONDS = 20;

    private final List<String> events = new CopyOnWriteArrayList<>();

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theWindowsQueueRunsWhileALongJobRunsAndTheEndWaitsForIt() throws Exception {
        CountDownLatch longStarted = new CountDownLatch(1);
        CountDownLatch releaseLong = new CountDownLatch(1);
        CountDownLatch queued = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        try (BackgroundTasks tasks = new BackgroundTasks()) {
            tasks.submitLong(cancelled -> {
                longStarted.countDown();
                await(releaseLong);
                events.add("mailing done");
                return null;
            }, none -> { }, failure -> events.add("failed"));
            await(longStarted);

            tasks.submit(() -> "contacts", loaded -> {
                events.add("loaded " + loaded);
                queued.countDown();
            }, failure -> events.add("failed"));
            await(queued);
            assertThat(events).as("a load does not wait for the mailing").containsExactly("loaded contacts");

            tasks.finish(() -> {
                events.add("data folder closed");
                ended.countDown();
            });
            assertThat(ended.await(300, TimeUnit.MILLISECONDS)).as("closed while the mailing runs").isFalse();
            releaseLong.countDown();
            await(ended);
        }
        assertThat(events).containsExactly("loaded contacts", "mailing done", "data folder closed");
    }

    @Test
    void theEndDoesNotWaitForASignInInTheBrowser() throws Exception {
        CountDownLatch neverSignedIn = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        try (BackgroundTasks tasks = new BackgroundTasks()) {
            tasks.submitWaiting(() -> {
                neverSignedIn.await();
                return "signed in";
            }, events::add, failure -> { });
            tasks.submit(() -> "loaded", events::add, failure -> { });

            tasks.finish(ended::countDown);

            await(ended);
        }
        assertThat(events).doesNotContain("signed in");
    }

    @Test
    void aLongJobsFailureComesBackToTheWindows() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        try (BackgroundTasks tasks = new BackgroundTasks()) {
            tasks.submitLong(cancelled -> {
                throw new IllegalStateException("printer gone");
            }, none -> { }, failure -> {
                events.add(failure.getMessage());
                reported.countDown();
            });
            await(reported);
        }
        assertThat(events).containsExactly("printer gone");
    }
}
