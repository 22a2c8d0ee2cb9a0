package fr.missive.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.ui.common.BackgroundTasks;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    @Test
    void requestsMadeWhileOneRunsCollapseIntoTheLatestAndOnlyItIsShown() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch lastShown = new CountDownLatch(1);
        List<String> worked = new CopyOnWriteArrayList<>();
        List<String> shown = new CopyOnWriteArrayList<>();
        try (BackgroundTasks tasks = new BackgroundTasks()) {
            LatestOnly<String, String> latest = new LatestOnly<>(tasks, request -> {
                worked.add(request);
                if (request.equals("a")) {
                    firstStarted.countDown();
                    await(releaseFirst);
                }
                return request.toUpperCase(Locale.ROOT);
            }, result -> {
                shown.add(result);
                if (result.equals("D")) {
                    lastShown.countDown();
                }
            }, failure -> shown.add("failed"));

            SwingUtilities.invokeAndWait(() -> latest.submit("a"));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            SwingUtilities.invokeAndWait(() -> {
                latest.submit("b");
                latest.submit("c");
                latest.submit("d");
            });
            releaseFirst.countDown();
            assertThat(lastShown.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(worked).containsExactly("a", "d");
        assertThat(shown).containsExactly("D");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
