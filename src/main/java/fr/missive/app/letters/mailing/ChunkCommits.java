package fr.missive.app.letters.mailing;

import fr.missive.app.Futures;
import fr.missive.app.outbox.OutboxBatch;
import fr.missive.model.outbox.NewOutboxMessage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A mailing's messages committed to the outbox by chunks, on a thread of its own, while the
 * letters of the next chunk are rendered: a commit mostly waits for the disk (the embedded engine
 * writes each message body synchronously), and the renderers need not wait with it. One chunk at
 * a time and in their order: a chunk is handed over once the one before it is committed, so at
 * most one is being committed while the next is gathered. Nothing is said queued before its
 * commit returned ({@link #queued}, {@link #committedLetters}).
 *
 * <p>Used by one thread, the mailing's; the commits run on another.
 */
final class ChunkCommits implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChunkCommits.class.getName());
    private final OutboxBatch batch;
    private ExecutorService writer;
    /** The chunk being committed; null when none is. */
    private Future<Integer> committing;
    /** The letters handled (queued or failed) once {@link #committing} is committed. */
    private int lettersOnceCommitted;
    private int committedLetters;
    private int queued;

    ChunkCommits(OutboxBatch batch) {
        this.batch = batch;
    }

    /**
     * Hands the chunk over once the previous one is committed.
     *
     * @param letters the letters handled (queued or failed) once this chunk is committed, for progress
     * @throws RuntimeException the previous chunk's failure to commit (a full disk, among others)
     */
    void commit(List<NewOutboxMessage> chunk, int letters) {
        awaitCommitted();
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "missive-mailing-commits");
                thread.setDaemon(true);
                return thread;
            });
        }
        List<NewOutboxMessage> messages = List.copyOf(chunk);
        committing = writer.submit(() -> batch.commit(messages).size());
        lettersOnceCommitted = letters;
    }

    /**
     * Whether no chunk is being committed now; a commit that ended is settled here.
     *
     * @throws RuntimeException its failure
     */
    boolean idle() {
        if (committing != null && committing.isDone()) {
            settle();
        }
        return committing == null;
    }

    /**
     * Waits until the chunk handed over last is committed. Not cut short by an interrupt (a
     * cancel): the commit runs on regardless, and what it queues must be counted.
     *
     * @throws RuntimeException its failure
     */
    void awaitCommitted() {
        if (committing != null) {
            settle();
        }
    }

    /** The letters handled (queued or failed) up to the last chunk committed. */
    int committedLetters() {
        return committedLetters;
    }

    /** The messages committed so far. */
    int queued() {
        return queued;
    }

    private void settle() {
        Future<Integer> commit = committing;
        committing = null;
        queued += Futures.awaitEnded(commit);
        committedLetters = lettersOnceCommitted;
    }

    /**
     * Waits for the chunk being committed, if any, and ends the thread. Its failure is logged, not
     * thrown: {@link #awaitCommitted} has thrown it already when the mailing ended normally, and
     * otherwise the failure that stopped the mailing is the one to tell.
     */
    @Override
    public void close() {
        try {
            awaitCommitted();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A chunk of the mailing stopped by another failure was not queued", e);
        } finally {
            if (writer != null) {
                writer.shutdown();
            }
        }
    }
}
