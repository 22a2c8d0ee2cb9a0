package fr.missive.app.returns;

import java.util.function.BooleanSupplier;

/** Waits for a condition that another thread makes true, failing after a generous time. */
final class Eventually {

    private static final long TIMEOUT_MILLIS = 20_000;

    private Eventually() {
    }

    static void until(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + TIMEOUT_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(20); // a poll of the condition, not a guess at how long the work takes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what, e);
            }
        }
    }
}
