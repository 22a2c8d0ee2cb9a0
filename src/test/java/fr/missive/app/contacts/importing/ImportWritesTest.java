package fr.missive.app.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.store.db.StorageException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The import's writes on their own thread: in order, few at once, their failures told to the reader. */
class ImportWritesTest {

    @Test
    void writesRunInOrderOnAnotherThreadAndTheirActionsOnTheCallersOnceEnded() {
        List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> seen = new ArrayList<>();
        Thread reader = Thread.currentThread();
        try (ImportWrites writes = new ImportWrites()) {
            for (int i = 0; i < 10; i++) {
                String name = "batch " + i;
                writes.submit(() -> {
                    assertThat(Thread.currentThread()).isNotSameAs(reader);
                    written.add(name);
                }, () -> {
                    assertThat(Thread.currentThread()).isSameAs(reader);
                    assertThat(written).contains(name);
                    seen.add(name);
                });
            }
            writes.awaitAll();
        }
        assertThat(written).hasSize(10).isEqualTo(seen);
    }

    @Test
    void noMoreThanTwoWritesArePendingSoAFastReaderWaits() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger handedOver = new AtomicInteger();
        try (ImportWrites writes = new ImportWrites()) {
            Thread reader = new Thread(() -> {
                for (int i = 0; i < 3; i++) {
                    writes.submit(() -> await(release), () -> { });
                    handedOver.incrementAndGet();
                }
            });
            reader.start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (handedOver.get() < ImportWrites.IN_FLIGHT && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            reader.join(200);
            assertThat(handedOver).as("the third waits for the first to end").hasValue(ImportWrites.IN_FLIGHT);
            release.countDown();
            reader.join(10_000);
            assertThat(handedOver).hasValue(3);
        }
    }

    @Test
    void aWriteThatFailedIsThrownAtTheNextHandOverAndItsActionNeverRuns() {
        AtomicInteger actions = new AtomicInteger();
        try (ImportWrites writes = new ImportWrites()) {
            writes.submit(() -> {
                throw new StorageException(fr.missive.model.UserMessage.of("storage.diskFull"), new java.sql.SQLException("full"));
            }, actions::incrementAndGet);
            assertThatThrownBy(() -> {
                writes.awaitAll();
                writes.submit(() -> { }, () -> { });
            }).isInstanceOf(StorageException.class);
        }
        assertThat(actions).hasValue(0);
    }

    @Test
    void aDryRunsWritesRunAtOnceOnTheCallersThread() {
        Thread reader = Thread.currentThread();
        List<String> order = new ArrayList<>();
        try (ImportWrites writes = new ImportWrites(true)) {
            writes.submit(() -> {
                assertThat(Thread.currentThread()).isSameAs(reader);
                order.add("write");
            }, () -> order.add("action"));
            assertThat(order).containsExactly("write", "action");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
