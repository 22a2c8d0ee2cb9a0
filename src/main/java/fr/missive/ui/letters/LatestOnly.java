package fr.missive.ui.letters;

import fr.missive.ui.common.BackgroundTasks;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Background work of which only the latest request counts, such as a preview redrawn as the
 * user types: at most one request runs at a time, requests made meanwhile replace each other,
 * and a result is shown only when no newer request is waiting. Used on the EDT.
 */
final class LatestOnly<Q, R> {

    private final BackgroundTasks tasks;
    private final Function<Q, R> work;
    private final Consumer<R> onResult;
    private final Consumer<Throwable> onFailure;
    private Q waiting;
    private boolean running;

    LatestOnly(BackgroundTasks tasks, Function<Q, R> work, Consumer<R> onResult, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
        this.work = work;
        this.onResult = onResult;
        this.onFailure = onFailure;
    }

    void submit(Q request) {
        waiting = request;
        if (!running) {
            runNext();
        }
    }

    /** True while a request runs or waits. */
    boolean busy() {
        return running;
    }

    private void runNext() {
        Q request = waiting;
        waiting = null;
        if (request == null) {
            running = false;
            return;
        }
        running = true;
        tasks.submit(() -> work.apply(request), result -> {
            if (waiting == null) {
                onResult.accept(result);
            }
            runNext();
        }, failure -> {
            if (waiting == null) {
                onFailure.accept(failure);
            }
            runNext();
        });
    }
}
