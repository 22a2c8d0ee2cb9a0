package fr.missive.app.outbox;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition that another thread or process makes true. */
final class Await {

    private Await() {
    }

    static void until(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for: " + what);
            }
            Thread.sleep(5);
        }
    }
}
