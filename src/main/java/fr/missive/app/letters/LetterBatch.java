package fr.missive.app.letters;

import fr.missive.app.Futures;
import fr.missive.render.LetterRenderer;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Renders the letters of a sending on every core and hands them to the output in the order of
 * the contacts. At most a few letters per thread are in memory at once: the next letters are
 * started only as the oldest is written. The calling thread waits, writes, reports progress
 * and watches for cancellation; a GUI calls this off the EDT and relays the progress.
 */
public final class LetterBatch {

    /** Told, on the calling thread, after each letter is written. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void written(int done, int total);
    }

    private static final int LETTERS_AHEAD_PER_THREAD = 4;
    private static final long CANCEL_POLL_MILLIS = 100;

    private final LetterComposer composer;
    private final LetterRenderer renderer;
    private final int threads;
    private final boolean sharedFonts;

    /** @param threads how many letters are rendered at once; 0 or less for one per processor */
    public LetterBatch(LetterComposer composer, LetterRenderer renderer, int threads) {
        this(composer, renderer, threads, true);
    }

    private LetterBatch(LetterComposer composer, LetterRenderer renderer, int threads, boolean sharedFonts) {
        this.composer = composer;
        this.renderer = renderer;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.sharedFonts = sharedFonts;
    }

    /**
     * The same batch for letters that leave one by one, as e-mail attachments: each embeds only
     * the glyphs it uses (about 26 KB a letter instead of about 60 KB with the batch's shared
     * font subset), which keeps every family's mail and the outbox small; the renderer's
     * {@link LetterRenderer#forAttachments()} makes those subsets cheaply and shares them.
     */
    public LetterBatch forAttachments() {
        return new LetterBatch(composer.forEmail(), renderer, threads, false);
    }

    private record Outcome<T>(ComposedLetter letter, T prepared, UserMessage failure) {
    }

    /**
     * Composes and renders one letter per contact into the output, which it finishes (but does
     * not close) when every letter is written. A letter the renderer refuses is reported in
     * {@link BatchReport#failures()} and the others still written. Check the batch first with
     * {@link LetterComposer#check}.
     */
    public BatchReport run(LetterContext context, List<Contact> contacts, LetterOutput output, Progress progress,
                           BooleanSupplier cancelled) {
        return runLetters(context, contacts.stream().map(LetterRecipient::of).toList(), output, progress, cancelled);
    }

    /** As {@link #run}, for letters about a contact written to others (a pupil's guardians). */
    public BatchReport runLetters(LetterContext context, List<LetterRecipient> recipients, LetterOutput output,
                                  Progress progress, BooleanSupplier cancelled) {
        return runPrepared(context, recipients, PreparingOutput.of(output), progress, cancelled);
    }

    /**
     * As {@link #runLetters}, each letter also prepared by the output on the thread that rendered
     * it (see {@link PreparingOutput}); a letter the output cannot prepare is a failure of its own.
     */
    public <T> BatchReport runPrepared(LetterContext context, List<LetterRecipient> recipients,
                                       PreparingOutput<T> output, Progress progress, BooleanSupplier cancelled) {
        int total = recipients.size();
        int poolSize = Math.max(1, Math.min(threads, total));
        LetterRenderer letters = !sharedFonts ? renderer.forAttachments()
                : total > 1 ? renderer.forBatch(() -> recipients.stream()
                .map(recipient -> composer.compose(context, recipient).content()).iterator()) : renderer;
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, daemonThreads());
        Deque<Future<Outcome<T>>> pending = new ArrayDeque<>();
        List<BatchReport.Failure> failures = new ArrayList<>();
        int submitted = 0;
        int done = 0;
        int rendered = 0;
        try {
            while (done < total) {
                while (submitted < total && pending.size() < poolSize * LETTERS_AHEAD_PER_THREAD) {
                    LetterRecipient recipient = recipients.get(submitted++);
                    pending.add(pool.submit(() -> render(letters, context, recipient, output)));
                }
                Outcome<T> outcome = await(pending.peekFirst(), cancelled);
                if (outcome == null) {
                    pending.forEach(f -> f.cancel(true));
                    return new BatchReport(total, rendered, output.files(), failures, true);
                }
                pending.removeFirst();
                if (outcome.failure() == null) {
                    output.writePrepared(outcome.letter(), outcome.prepared());
                    rendered++;
                } else {
                    failures.add(new BatchReport.Failure(outcome.letter().contact(), outcome.failure()));
                }
                progress.written(++done, total);
            }
            if (rendered > 0) {
                output.finish();
            }
            return new BatchReport(total, rendered, output.files(), failures, false);
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> Outcome<T> render(LetterRenderer letters, LetterContext context, LetterRecipient recipient,
                                  PreparingOutput<T> output) {
        ComposedLetter letter = composer.compose(context, recipient);
        try {
            return new Outcome<>(letter, output.prepare(letter, letters.render(letter.content())), null);
        } catch (MissiveException e) {
            return new Outcome<>(letter, null, e.userMessage());
        }
    }

    /** The outcome, or null when cancelled (or interrupted) first. */
    private static <T> Outcome<T> await(Future<Outcome<T>> next, BooleanSupplier cancelled) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            try {
                return next.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look at the cancel flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                throw Futures.failure(e);
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "missive-letters-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
