package fr.missive.app.outbox;

import fr.missive.model.outbox.QueuedMessage;
import fr.missive.store.outbox.OutboxStore;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The bodies of a batch's messages, each read from the outbox while the message before it is on
 * the wire (on a thread of its own), so the next message starts as soon as the server answered
 * the previous one: reading a body from the database costs a few tenths of a millisecond a message
 * that the SMTP connection would otherwise wait for. At most one body is read ahead, and only a
 * small one: a batch of large scans must still never be in memory at once.
 */
final class BodiesAhead implements AutoCloseable {

    /** Larger bodies are read when their turn comes, one at a time as before. */
    static final long LARGEST_READ_AHEAD = 1024 * 1024;

    private final OutboxStore store;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "missive-outbox-reader");
        t.setDaemon(true);
        return t;
    });
    private long aheadId = -1;
    private Future<Optional<byte[]>> ahead;

    BodiesAhead(OutboxStore store) {
        this.store = store;
    }

    /**
     * The body of {@code message} (empty when it no longer exists), then starts reading the one
     * of {@code next} (null: none) for the following call.
     */
    Optional<byte[]> take(QueuedMessage message, QueuedMessage next) {
        Optional<byte[]> body = message.id() == aheadId && ahead != null
                ? Outcomes.await(ahead, "reading a message's body") : readNow(message);
        forget();
        if (next != null && next.size() <= LARGEST_READ_AHEAD) {
            aheadId = next.id();
            ahead = reader.submit(() -> store.mime(next.id()));
        }
        return body;
    }

    private Optional<byte[]> readNow(QueuedMessage message) {
        forget();
        return store.mime(message.id());
    }

    /** The body read ahead is not wanted (the batch ended, or its message was skipped). */
    void forget() {
        if (ahead != null) {
            ahead.cancel(false);
        }
        ahead = null;
        aheadId = -1;
    }

    @Override
    public void close() {
        forget();
        reader.shutdown();
    }
}
