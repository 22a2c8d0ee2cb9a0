package fr.missive.app.returns;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Time that moves only when a test says so: the due tasks run on the test's thread. */
final class ManualTicker implements Ticker {

    private record Task(Duration at, Runnable work) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable work) {
        Task task = new Task(now.plus(delay), work);
        tasks.add(task);
        return () -> {
            synchronized (ManualTicker.this) {
                tasks.remove(task);
            }
        };
    }

    /** Moves time on and runs what fell due, in order. */
    void advance(Duration by) {
        List<Task> due = new ArrayList<>();
        synchronized (this) {
            now = now.plus(by);
            for (Task task : List.copyOf(tasks)) {
                if (task.at().compareTo(now) <= 0) {
                    due.add(task);
                    tasks.remove(task);
                }
            }
        }
        due.sort((a, b) -> a.at().compareTo(b.at()));
        due.forEach(t -> t.work().run());
    }

    /** How far time was moved on since the start. */
    synchronized Duration elapsed() {
        return now;
    }

    /** The delays still to run, from now. */
    synchronized List<Duration> pending() {
        return tasks.stream().map(t -> t.at().minus(now)).toList();
    }
}
