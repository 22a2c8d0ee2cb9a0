package fr.missive.app.contacts.importing;

import fr.missive.app.Futures;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An import's writes, run in order on a thread of their own while the file goes on being read:
 * the embedded engine takes longer to write a batch of contacts than the importer takes to read
 * and match its lines, and the two now share the machine's cores instead of taking turns.
 *
 * <p>At most {@link #IN_FLIGHT} writes wait or run at once, so a fast reader holds no more than
 * that many batches in memory. What a write leaves for the reading thread (the ids it got, say)
 * is handed over by its {@code whenWritten} action, run on the reading thread once the write has
 * ended: at a later {@link #submit}, or at {@link #awaitAll}. A write that fails is thrown on the
 * reading thread there too, and nothing written after it is said written.
 *
 * <p>Used by one thread, the import's; the writes run on another.
 */
final class ImportWrites implements AutoCloseable {

    /** Writes handed over and not yet seen ended: one running, one waiting. */
    static final int IN_FLIGHT = 2;
    private static final Logger LOG = Logger.getLogger(ImportWrites.class.getName());

    private record Pending(Future<?> write, Runnable whenWritten) {
    }

    private final boolean inline;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private ExecutorService writer;

    /** Writes on a thread of their own. */
    ImportWrites() {
        this(false);
    }

    /**
     * @param inline run each write at once on the calling thread (a dry run, whose writes are
     *               only in memory)
     */
    ImportWrites(boolean inline) {
        this.inline = inline;
    }

    /**
     * Hands a write over, once fewer than {@link #IN_FLIGHT} are pending; {@code whenWritten} runs
     * on this thread once it has ended.
     *
     * @throws RuntimeException the failure of an earlier write
     */
    void submit(Runnable write, Runnable whenWritten) {
        if (inline) {
            write.run();
            whenWritten.run();
            return;
        }
        settleEnded();
        while (pending.size() >= IN_FLIGHT) {
            settle(pending.removeFirst());
        }
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "missive-import-writes");
                thread.setDaemon(true);
                return thread;
            });
        }
        pending.addLast(new Pending(writer.submit(write), whenWritten));
    }

    /**
     * Waits until every write handed over has ended, and runs their actions.
     *
     * @throws RuntimeException the failure of one of them
     */
    void awaitAll() {
        while (!pending.isEmpty()) {
            settle(pending.removeFirst());
        }
    }

    private void settleEnded() {
        while (!pending.isEmpty() && pending.peekFirst().write().isDone()) {
            settle(pending.removeFirst());
        }
    }

    /** Not cut short by an interrupt (a cancel): the write runs on regardless and must be waited for. */
    private static void settle(Pending p) {
        Futures.awaitEnded(p.write());
        p.whenWritten().run();
    }

    /**
     * Waits for the writes still pending and ends the thread, before what they wrote is deleted
     * or shown. Their failures are logged, not thrown: {@link #awaitAll} has thrown them already
     * when the import went to its end, and otherwise the failure that stopped it is the one to tell.
     */
    @Override
    public void close() {
        try {
            while (!pending.isEmpty()) {
                try {
                    settle(pending.removeFirst());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A write of an import stopped by another failure failed too", e);
                }
            }
        } finally {
            if (writer != null) {
                writer.shutdown();
            }
        }
    }
}
