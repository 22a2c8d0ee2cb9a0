package fr.missive.app.outbox;

import fr.missive.app.accounts.SendingResolver;
import fr.missive.mail.MailConnection;
import fr.missive.mail.MailConnector;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.DeliveryOutcome;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.RefusedRecipient;
import fr.missive.model.mail.SmtpReply;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.QueuedMessage;
import fr.missive.model.outbox.RecipientOutcome;
import fr.missive.model.outbox.RecipientStatus;
import fr.missive.model.outbox.RetryPolicy;
import fr.missive.store.accounts.AccountStore;
import fr.missive.store.outbox.DeliveryJournal;
import fr.missive.store.outbox.OutboxStore;
import fr.missive.store.outbox.SentMark;
import fr.missive.store.outbox.SentMarkLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: one SMTP connection per account, kept across that account's messages;
 * the account's sending limits; retries with backoff for temporary failures; 5xx refusals fail
 * the message at once. Runs on a thread of its own in the window ({@link #start()}), or in the
 * caller's thread for the command line ({@link #runForeground}); never both at once.
 *
 * <p>A batch is claimed (SENDING, held by this process under a lease, committed) before its
 * messages go to the server, and each message's outcome is on disk as soon as the server
 * answered it, before the next message's final dot — a failure as a commit, an acceptance as a
 * "sent" mark ({@link SentMarkLog}: the embedded outbox's journal file, or a shared outbox's
 * table of marks) that the outbox records with the batch's others. After a crash, the messages
 * found SENDING without a mark are sent again with the same bytes and Message-ID — at once by
 * the next process of the same PC, by any other PC once their lease expired — and only the one
 * in flight at the crash can have reached the server already. Several PCs share one outbox this
 * way (docs/several-pcs.md): the leases are renewed while the batch lasts ({@link LeaseKeeper}),
 * a message starts on the wire only while its lease surely holds, a failure is recorded only by
 * the message's holder, a message with a mark is never claimed again, and an account's limits
 * are counted across the PCs in the database (sending slots).
 */
public final class DeliveryWorker {

    /** How a foreground run ended. */
    public record RunSummary(int sent, int deferred, int failed, int waiting) {
    }

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    /** Messages claimed at once on a shared outbox: what one PC holds that the others cannot send. */
    private static final int BATCH = 50;
    /**
     * Messages claimed at once on the embedded outbox, where no other PC waits for them: each
     * batch costs a claim and the recording of its marks, during which the SMTP connection waits.
     */
    private static final int JOURNALED_BATCH = 250;
    /** The journal's marks are recorded at least this often, so that the windows see the progress. */
    private static final long RECORD_EVERY_NANOS = Duration.ofSeconds(1).toNanos();
    private static final Duration LONGEST_SLEEP = Duration.ofMinutes(1);
    private static final Duration MIN_SLEEP = Duration.ofMillis(50);
    /** How often a run until empty looks whether the messages other PCs are sending are done. */
    private static final Duration OTHERS_POLL = Duration.ofMillis(500);
    /** How long the background worker first waits for a database server gone away, doubled up to {@link #SERVER_LONGEST_WAIT}. */
    private static final Duration SERVER_FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration SERVER_LONGEST_WAIT = Duration.ofSeconds(15);

    private final OutboxStore store;
    private final AccountStore accounts;
    private final SendingResolver resolver;
    private final MailConnector connector;
    private final ProviderLimits limits;
    private final Clock clock;
    private final RetryPolicy retry;
    private final Map<Long, Lane> lanes = new HashMap<>();
    /** Who this worker is to the other PCs sharing the outbox, and how long its claims hold. */
    private final OutboxHolder holder;
    /** Renews the claims of the batch being sent; made at each start, closed at each stop. */
    private LeaseKeeper leases;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Object signal = new Object();
    private final AtomicBoolean running = new AtomicBoolean();
    /** Records "sent" on a thread of its own while the next message is on its way; see {@link #deliver}. */
    private ExecutorService recorder;
    private Future<?> recording = CompletableFuture.completedFuture(null);
    /** The part of {@link #recording} the next message waits for: the "sent" mark on disk, nothing after. */
    private Future<?> marked = CompletableFuture.completedFuture(null);
    /** The next message's body, read while the one before it is on the wire; made at each start. */
    private BodiesAhead bodies;
    private volatile boolean stopRequested;
    /**
     * Messages the SMTP server accepted whose "sent" could not be recorded because the database
     * server went away meanwhile: recorded first once it is back, so that they are not sent again.
     */
    private final java.util.Queue<Runnable> unrecorded = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AfterSent afterSent;
    /**
     * Where the "sent" marks are made durable first (null: each is a commit of the outbox's
     * rows); the outbox records them at the end of each batch. See {@link SentMarkLog}.
     */
    private final SentMarkLog journal;
    /**
     * Records a shared outbox's marks of the batch just sent while the next batch goes (see
     * {@link SentMarkLog#recordsWhileAppending}); made at each start, closed at each stop.
     */
    private ExecutorService applier;
    /** The recording {@link #applier} is doing; worker thread only. */
    private Future<?> applying = CompletableFuture.completedFuture(null);
    /** The messages whose mark is in the journal, not yet recorded by the outbox; worker thread only. */
    private final List<QueuedMessage> journaled = new ArrayList<>();
    /** When the journal's marks were last recorded (System.nanoTime); worker thread only. */
    private long lastRecorded = System.nanoTime();
    private boolean woken;
    private boolean recovered;
    private Thread thread;
    private int sent;
    private int deferred;
    private int failed;

    /** A worker with nothing to do besides SMTP, as a PC of its own. */
    public DeliveryWorker(OutboxStore store, AccountStore accounts, SendingResolver resolver, MailConnector connector,
                          ProviderLimits limits, Clock clock, RetryPolicy retry) {
        this(store, accounts, resolver, connector, limits, clock, retry, AfterSent.NONE);
    }

    /** As a PC of its own, with a new id (a test, a tool): its leases are not known to any other process. */
    public DeliveryWorker(OutboxStore store, AccountStore accounts, SendingResolver resolver, MailConnector connector,
                          ProviderLimits limits, Clock clock, RetryPolicy retry, AfterSent afterSent) {
        this(store, accounts, resolver, connector, limits, clock, retry, afterSent,
                OutboxHolder.thisProcess(fr.missive.store.db.PcIdentity.newId()));
    }

    /**
     * @param afterSent what is done besides SMTP for each message accepted (the sent log's copies)
     * @param holder    this process as the PCs sharing the outbox see it (its data folder's PC id)
     */
    public DeliveryWorker(OutboxStore store, AccountStore accounts, SendingResolver resolver, MailConnector connector,
                          ProviderLimits limits, Clock clock, RetryPolicy retry, AfterSent afterSent,
                          OutboxHolder holder) {
        this(store, accounts, resolver, connector, limits, clock, retry, afterSent, holder, null);
    }

    /**
     * @param journal where each "sent" mark is made durable before the outbox records it: the
     *                embedded database's {@link DeliveryJournal}, or on a shared server
     *                {@link fr.missive.store.outbox.ServerSentMarks} for this holder (null: each
     *                mark is a commit of the message's rows)
     */
    public DeliveryWorker(OutboxStore store, AccountStore accounts, SendingResolver resolver, MailConnector connector,
                          ProviderLimits limits, Clock clock, RetryPolicy retry, AfterSent afterSent,
                          OutboxHolder holder, SentMarkLog journal) {
        this.journal = journal;
        this.afterSent = java.util.Objects.requireNonNull(afterSent, "afterSent");
        this.holder = java.util.Objects.requireNonNull(holder, "holder");
        this.store = store;
        this.accounts = accounts;
        this.resolver = resolver;
        this.connector = connector;
        this.limits = limits;
        this.clock = clock;
        this.retry = retry;
    }

    /**
     * What the outbox job does besides SMTP (the copy into the IMAP Sent folder): told of each
     * message accepted, and given a turn after each batch to finish what is pending.
     */
    public interface AfterSent {
        /** Nothing besides SMTP. */
        AfterSent NONE = new AfterSent() {
            @Override
            public void sent(long messageId, long accountId) {
            }

            @Override
            public void workPending() {
            }
        };

        void sent(long messageId, long accountId);

        /**
         * Told of several messages at once (message id to account id, in the order they were
         * sent), as the delivery journal records a batch: by default, one at a time.
         */
        default void sentAll(Map<Long, Long> accountByMessage) {
            accountByMessage.forEach(this::sent);
        }

        void workPending();
    }

    /** Called, on the worker's thread, after each change of a message's state. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Starts delivering in the background until {@link #stop()}. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        claim();
        stopRequested = false;
        thread = new Thread(() -> {
            try {
                deliverWaitingForServer();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The outbox worker stopped", e);
            } finally {
                release();
            }
        }, "missive-outbox");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the background delivery, letting the message in flight finish (at most {@code wait}). */
    public synchronized void stop(Duration wait) {
        Thread t = thread;
        if (t == null) {
            return;
        }
        stopRequested = true;
        wake();
        try {
            t.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    public synchronized boolean isRunning() {
        return thread != null && thread.isAlive();
    }

    /** New messages were queued: look at the outbox now rather than at the next planned time. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /**
     * Delivers in the caller's thread: until nothing waits any more when {@code untilEmpty}
     * (deferred messages included, so it waits for their next attempt), else until nothing is
     * due now; never longer than {@code maxDuration} (null: no limit).
     */
    public RunSummary runForeground(boolean untilEmpty, Duration maxDuration) {
        claim();
        stopRequested = false;
        Instant deadline = maxDuration == null ? null : clock.instant().plus(maxDuration);
        try {
            loop(untilEmpty, deadline);
        } finally {
            release();
        }
        Map<OutboxState, Integer> counts = store.countByState();
        int waiting = counts.get(OutboxState.QUEUED) + counts.get(OutboxState.DEFERRED)
                + counts.get(OutboxState.SENDING);
        return new RunSummary(sent, deferred, failed, waiting);
    }

    private void claim() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("the outbox worker is already running");
        }
        leases = new LeaseKeeper(store, holder);
        bodies = new BodiesAhead(store);
        recorder = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "missive-outbox-recorder");
            t.setDaemon(true);
            return t;
        });
        applier = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "missive-outbox-marks");
            t.setDaemon(true);
            return t;
        });
        sent = 0;
        deferred = 0;
        failed = 0;
    }

    private void release() {
        try {
            awaitRecording();
        } finally {
            recorder.shutdown();
            bodies.close();
            closeLanes();
            try {
                recordJournalQuietly();
                // Nothing is left held after a stop: another PC may take the rest at once.
                store.releaseAllClaims(holder.name());
            } finally {
                applier.shutdown();
                leases.close();
                running.set(false);
            }
        }
    }

    /** Waits until the last "sent" is on disk; its failure stops the worker, as any storage failure does. */
    private void awaitRecording() {
        await(recording);
    }

    private static void await(Future<?> done) {
        Outcomes.await(done, "recording a delivery");
    }

    /**
     * The background delivery, which outlives a shared database's server going away: it stops
     * sending at once (nothing is recorded wrongly: the work that failed was rolled back), waits
     * without spinning, and once the server answers records what the SMTP server accepted
     * meanwhile, frees its claims and goes on.
     */
    private void deliverWaitingForServer() {
        Duration wait = SERVER_FIRST_WAIT;
        boolean lost = false;
        while (!stopRequested) {
            try {
                if (lost) {
                    resumeAfterServerLoss();
                    LOG.info("The database server is back; the outbox goes on");
                    notifyListeners();
                    lost = false;
                    wait = SERVER_FIRST_WAIT;
                }
                loop(false, null);
                return;
            } catch (RuntimeException e) {
                if (!fr.missive.store.db.ServerReachability.isUnreachable(e)) {
                    throw e;
                }
                if (!lost) {
                    LOG.info("The database server does not answer; the outbox waits for it");
                }
                lost = true;
                forgetBatchAfterServerLoss();
                sleepUntil(clock.instant().plus(wait));
                wait = wait.multipliedBy(2).compareTo(SERVER_LONGEST_WAIT) > 0 ? SERVER_LONGEST_WAIT
                        : wait.multipliedBy(2);
            }
        }
    }

    /** The batch in hand died with the database connection: drop what depended on it (the SMTP dialogue included). */
    private void forgetBatchAfterServerLoss() {
        try {
            recording.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Already kept in unrecorded when it was the server going away.
        }
        try {
            applying.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Its marks stay in the database, recorded by the next recording.
        }
        recording = CompletableFuture.completedFuture(null);
        applying = CompletableFuture.completedFuture(null);
        marked = CompletableFuture.completedFuture(null);
        bodies.forget();
        closeLanes();
        leases.idle();
    }

    /**
     * The server answers again: the messages accepted while it was away are recorded as sent
     * (by their holder: if another PC took one over meanwhile, it may go twice, as after a crash),
     * then this PC's other claims are freed to be claimed afresh.
     */
    private void resumeAfterServerLoss() {
        for (Runnable record = unrecorded.peek(); record != null; record = unrecorded.peek()) {
            record.run();
            unrecorded.remove();
        }
        store.releaseAllClaims(holder.name());
    }

    private void loop(boolean untilEmpty, Instant deadline) {
        if (!recovered) {
            // The marks an earlier run made durable and did not record come first: their
            // messages were accepted by the server and must not be released to be sent again.
            recordJournal();
            int interrupted = takeOverEndedProcesses();
            recovered = true;
            if (interrupted > 0) {
                LOG.info(() -> interrupted + " message(s) interrupted by the last exit will be sent again");
                notifyListeners();
            }
        }
        boolean background = Thread.currentThread() == thread;
        while (!stopRequested && (deadline == null || clock.instant().isBefore(deadline))) {
            Instant wakeAt = deliverDue();
            workAfterSent();
            Instant now = clock.instant();
            if (wakeAt != null && !wakeAt.isAfter(now)) {
                continue;
            }
            closeLanes();
            // What is left is read once this PC's last marks are recorded.
            awaitApplying();
            Optional<OutboxStore.NextAttempt> next = store.nextAttempt();
            if (untilEmpty && next.isEmpty() || !untilEmpty && !background && deadline == null) {
                return;
            }
            // A message due already is either held by its account's limit (wakeAt says until
            // when) or became due since the batch was read: look again at once.
            Instant until = next.map(n -> wakeAt != null && !n.at().isAfter(now) ? wakeAt : n.at()).orElse(wakeAt);
            until = earliest(until, now.plus(LONGEST_SLEEP));
            if (untilEmpty && next.isPresent() && next.get().sending()) {
                // Another PC's lease ends far off, but it may finish long before: look again soon
                // (and at once when its change feed hears that PC announce its batch, see wake).
                until = earliest(until, now.plus(OTHERS_POLL));
            }
            until = earliest(until, deadline);
            sleepUntil(later(until, now.plus(MIN_SLEEP)));
        }
    }

    /** Every path that records a message as sent tells the hook, so no copy is forgotten. */
    private void toldSent(QueuedMessage m) {
        afterSent.sent(m.id(), m.accountId());
    }

    /** A failing copy never stops the delivery of e-mail. */
    private void workAfterSent() {
        try {
            afterSent.workPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The copies of sent mail could not be made", e);
        }
    }

    /**
     * The messages this PC's earlier processes were sending when they ended (killed, crashed) are
     * free again at once, rather than after their lease: only the one then on the wire can have
     * reached the server. Other PCs' messages wait for their leases to expire.
     */
    private int takeOverEndedProcesses() {
        int released = 0;
        for (String other : store.claimHolders()) {
            if (holder.isEndedProcessOfThisPc(other)) {
                released += store.releaseAllClaims(other);
            }
        }
        return released;
    }

    /**
     * Delivers what is due now, a batch at a time. Returns when to look again: now when a full
     * batch was handled, the time an account's limit frees a message, or null.
     */
    private Instant deliverDue() {
        Instant now = clock.instant();
        // A shared outbox's marks are being recorded in the background meanwhile: no claim takes a
        // message that has one, so the next batch need not wait for them.
        boolean inBackground = journal != null && journal.recordsWhileAppending();
        if (!inBackground) {
            recordJournal();
        }
        long claimStart = leases.now();
        // One commit claims the batch for this PC; each message then costs one commit or one mark, for its outcome.
        List<QueuedMessage> due = store.claimDue(holder.name(), holder.lease(), now, batchSize());
        if (due.isEmpty()) {
            if (inBackground) {
                // Nothing to send: the marks left are recorded now, a crashed PC's included.
                recordJournal();
            }
            return null;
        }
        leases.claimed(claimStart);
        List<Long> untouched = new ArrayList<>(due.stream().map(QueuedMessage::id).toList());
        int sentBefore = sent;
        try {
            return deliverBatch(due, untouched);
        } finally {
            bodies.forget();
            try {
                boolean anySent = sent > sentBefore;
                if (inBackground) {
                    recordInBackground(anySent);
                    store.releaseClaims(holder.name(), untouched);
                } else {
                    recordAll();
                    store.releaseClaims(holder.name(), untouched);
                    if (anySent) {
                        // The marks did not wake the other PCs' windows, each being a commit the next message waits for.
                        store.announceMarks();
                    }
                }
            } finally {
                leases.idle();
            }
        }
    }

    /** {@link #JOURNALED_BATCH} on the embedded outbox, whose marks go to its journal file, else {@link #BATCH}. */
    private int batchSize() {
        return journal instanceof DeliveryJournal ? JOURNALED_BATCH : BATCH;
    }

    private Instant deliverBatch(List<QueuedMessage> due, List<Long> untouched) {
        Set<Long> paused = new HashSet<>();
        Instant limitedUntil = null;
        int handled = 0;
        for (int i = 0; i < due.size(); i++) {
            QueuedMessage m = due.get(i);
            if (stopRequested) {
                return null;
            }
            if (paused.contains(m.accountId())) {
                continue;
            }
            if (!leases.mayStartSending()) {
                // The claims may have been taken over (renewals late or failing): claim afresh.
                LOG.warning("The outbox's leases could not be renewed in time; claiming the messages again");
                return clock.instant();
            }
            Lane lane;
            try {
                lane = lane(m.accountId());
            } catch (AccountGoneException e) {
                untouched.remove(m.id());
                recordAll();
                store.markFailed(m.id(), holder.name(), e.userMessage(), null, List.of());
                failed++;
                paused.add(m.accountId());
                notifyListeners();
                continue;
            } catch (MissiveException e) {
                untouched.remove(m.id());
                recordAll();
                deferAccount(m, e.userMessage(), null);
                paused.add(m.accountId());
                notifyListeners();
                continue;
            }
            Optional<Instant> allowed = takeSlot(m, lane);
            if (allowed.isPresent()) {
                paused.add(m.accountId());
                limitedUntil = earliest(limitedUntil, allowed.get());
                continue;
            }
            untouched.remove(m.id());
            if (!deliver(m, i + 1 < due.size() ? due.get(i + 1) : null, lane)) {
                paused.add(m.accountId());
            }
            handled++;
            if (journal != null && System.nanoTime() - lastRecorded >= RECORD_EVERY_NANOS) {
                // A long batch (a slow server): the windows learn what was sent so far.
                recordAll();
            }
        }
        if (handled > 0 && due.size() == batchSize()) {
            return clock.instant();
        }
        return handled > 0 ? clock.instant() : limitedUntil;
    }

    /**
     * One of the account's sending slots for the message, counted with every PC's from the
     * database; empty when taken, else when one frees. No database work for an unlimited account.
     */
    private Optional<Instant> takeSlot(QueuedMessage m, Lane lane) {
        if (lane.limits.equals(SendingLimits.NONE)) {
            return Optional.empty();
        }
        return store.takeSendingSlot(m.id(), m.accountId(), lane.limits.perMinute(), lane.limits.perDay(),
                clock.instant());
    }

    /** The message was taken over by another PC while this one sent it: the only way it goes twice. */
    private static void lost(QueuedMessage m, boolean held) {
        if (!held) {
            LOG.warning(() -> "The lease of outbox message " + m.id() + " was lost while it was sent: another PC"
                    + " took it over and may send it again");
        }
    }

    /**
     * Hands one message to its account's server, reading the body of the next one meanwhile;
     * false when the account's server cannot be reached now.
     */
    private boolean deliver(QueuedMessage m, QueuedMessage next, Lane lane) {
        // The server may accept this message only once the previous one is recorded as sent:
        // so at most one message, the one in flight, can ever be accepted and not recorded.
        Future<?> previous = marked;
        // One message at a time (and one small one ahead): a batch of large messages would not fit in memory.
        Optional<byte[]> mime = bodies.take(m, next);
        if (mime.isEmpty()) {
            return true;
        }
        DeliveryOutcome outcome = lane.connection.deliver(m.envelopeFrom(), m.recipients(), mime.get(),
                () -> await(previous));
        rememberAdvertisedSize(m.accountId(), lane);
        int attempts = m.attempts() + 1;
        if (outcome instanceof DeliveryOutcome.Delivered d && d.refused().isEmpty()) {
            Instant at = clock.instant();
            if (journal != null) {
                journalSent(m, new SentMark(m.id(), at, d.serverReply(), m.recipients()));
                sent++;
                return true;
            }
            CompletableFuture<Void> mark = new CompletableFuture<>();
            Runnable record = () -> {
                boolean held = store.markSent(m.id(), holder.name(), at, d.serverReply(),
                        RecipientAnswers.ofDelivered(m.recipients(), d, at));
                mark.complete(null);
                lost(m, held);
                // The next message need not wait for these: its server's acceptance only waits for the mark.
                if (held) {
                    toldSent(m);
                }
                notifyListeners();
            };
            recording = recorder.submit(() -> {
                try {
                    record.run();
                } catch (RuntimeException e) {
                    if (fr.missive.store.db.ServerReachability.isUnreachable(e)) {
                        // Accepted by the SMTP server, not yet recorded: recorded once the database is back.
                        unrecorded.add(record);
                    }
                    mark.completeExceptionally(e);
                    throw e;
                }
            });
            marked = mark;
            sent++;
            return true;
        }
        // What this outcome records may concern the account's other messages (all of them
        // failed when its sign-in is refused): the messages already accepted are recorded first.
        recordAll();
        try {
            return recordFailureOrPartial(m, outcome, attempts);
        } finally {
            notifyListeners();
        }
    }

    /**
     * The "sent" mark written to the journal on the recorder thread, while the next message is
     * on its way; that message's final dot waits for it as for a commit ({@link #marked}).
     */
    private void journalSent(QueuedMessage m, SentMark sentMark) {
        CompletableFuture<Void> mark = new CompletableFuture<>();
        recording = recorder.submit(() -> {
            try {
                journal.append(sentMark);
                mark.complete(null);
            } catch (RuntimeException e) {
                if (fr.missive.store.db.ServerReachability.isUnreachable(e)) {
                    // A shared outbox's mark, accepted by the SMTP server: kept once the database is back.
                    unrecorded.add(() -> journal.append(sentMark));
                }
                mark.completeExceptionally(e);
                throw e;
            }
        });
        marked = mark;
        journaled.add(m);
    }

    /**
     * The outbox records the marks of the journal, in one transaction, then the journal starts
     * afresh; then the hooks and listeners learn of those messages. Called with no mark being
     * written (after {@link #awaitRecording}).
     */
    private void recordJournal() {
        if (journal == null) {
            return;
        }
        awaitApplying();
        record(takeJournaled());
    }

    /** The messages marked since the last recording, handed to the next one; the clock of {@link #RECORD_EVERY_NANOS} restarts. */
    private List<QueuedMessage> takeJournaled() {
        lastRecorded = System.nanoTime();
        List<QueuedMessage> told = List.copyOf(journaled);
        journaled.clear();
        return told;
    }

    /**
     * The batch's marks (all on disk: after {@link #awaitRecording}) recorded by the outbox on
     * {@link #applier} while the worker claims and sends the next batch; then the other PCs are
     * woken. One recording at a time: the next waits for this one ({@link #awaitApplying}), and
     * its failure comes out there. A message of the batch is never claimed meanwhile: it is
     * held, and has a mark.
     */
    private void recordInBackground(boolean announce) {
        awaitRecording();
        awaitApplying();
        List<QueuedMessage> told = takeJournaled();
        applying = applier.submit(() -> {
            record(told);
            if (announce) {
                // The marks did not wake the other PCs' windows: each was a commit the next message waited for.
                store.announceMarks();
            }
        });
    }

    /** Waits for the recording {@link #recordInBackground} started; its failure is thrown here, once. */
    private void awaitApplying() {
        Future<?> started = applying;
        applying = CompletableFuture.completedFuture(null);
        await(started);
    }

    /** The outbox records the log's marks; the hook and the listeners learn of the messages that changed. */
    private void record(List<QueuedMessage> told) {
        Set<Long> changed = new java.util.LinkedHashSet<>(journal.replayInto(store));
        // Every path that records a message as sent tells the hook, so no copy is forgotten.
        Map<Long, Long> accountByMessage = new java.util.LinkedHashMap<>();
        for (QueuedMessage m : told) {
            if (changed.remove(m.id())) {
                accountByMessage.put(m.id(), m.accountId());
            }
        }
        // Marks an earlier process left: their copies into the Sent folder are not forgotten either.
        for (long id : changed) {
            store.find(id).ifPresent(e -> accountByMessage.put(id, e.accountId()));
        }
        if (!accountByMessage.isEmpty()) {
            afterSent.sentAll(accountByMessage);
        }
        if (!changed.isEmpty() || !told.isEmpty()) {
            notifyListeners();
        }
    }

    /**
     * Records in the outbox the marks a process that ended left in the journal, and tells the hook
     * of each message that changed (the copy into the Sent folder); returns how many. For the data
     * folder's opening, before anything reads the outbox.
     */
    public static int recordLeftInJournal(SentMarkLog journal, OutboxStore store, AfterSent afterSent) {
        List<Long> changed = journal.replayInto(store);
        tellSent(changed, store, afterSent);
        if (!changed.isEmpty()) {
            LOG.info(() -> changed.size() + " message(s) accepted by their server before the last exit are recorded"
                    + " as sent");
        }
        return changed.size();
    }

    private static void tellSent(java.util.Collection<Long> ids, OutboxStore store, AfterSent afterSent) {
        Map<Long, Long> accountByMessage = new java.util.LinkedHashMap<>();
        for (long id : ids) {
            store.find(id).ifPresent(e -> accountByMessage.put(id, e.accountId()));
        }
        if (!accountByMessage.isEmpty()) {
            afterSent.sentAll(accountByMessage);
        }
    }

    /** Every message accepted so far recorded as sent in the outbox, whichever way it is marked. */
    private void recordAll() {
        awaitRecording();
        recordJournal();
    }

    /** As {@link #recordJournal} while stopping: a failure leaves the marks for the next start. */
    private void recordJournalQuietly() {
        try {
            recordJournal();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The messages sent could not be recorded yet; they will be at the next start", e);
        }
    }

    private boolean recordFailureOrPartial(QueuedMessage m, DeliveryOutcome outcome, int attempts) {
        if (outcome instanceof DeliveryOutcome.Delivered d) {
            delivered(m, d, attempts);
            return true;
        }
        if (outcome instanceof DeliveryOutcome.TryLater t) {
            return tryLater(m, t, attempts);
        }
        if (outcome instanceof DeliveryOutcome.RecipientsRefused r) {
            recipientsRefused(m, r, attempts);
            return true;
        }
        DeliveryOutcome.Refused refused = (DeliveryOutcome.Refused) outcome;
        Diagnosis d = refused.diagnosis();
        String reply = d.serverReply().map(SmtpReply::text).orElse(null);
        long advertised = lanes.containsKey(m.accountId()) ? lanes.get(m.accountId()).connection.advertisedMaxSize() : 0;
        if (d.kind() == DiagnosisKind.MESSAGE_TOO_LARGE && advertised > 0 && m.size() > advertised) {
            // Refused before the upload: say both sizes, as when it is refused before queueing.
            store.markFailed(m.id(), holder.name(), MessageSizeLimit.tooLargeForServer(m.size(), advertised), reply, List.of());
            failed++;
            return true;
        }
        if (d.kind() == DiagnosisKind.OAUTH_SIGN_IN_AGAIN) {
            // An expired or revoked OAuth2 token: the messages wait, the next connection asks for
            // a fresh token, and the user is told to sign in again if the provider refuses it.
            deferAccount(m, d.message(), reply);
            dropLane(m.accountId());
            accounts.find(m.accountId()).ifPresent(resolver::tokenRefused);
            return false;
        }
        store.markFailed(m.id(), holder.name(), d.message(), reply, refused.whileConnecting() ? List.of()
                : RecipientAnswers.ofMessage(m.recipients(), RecipientStatus.REFUSED, d, clock.instant()));
        failed++;
        if (refused.whileConnecting()) {
            // A refused sign-in, tried again for every message, could get the account locked.
            failed += store.failAccount(m.accountId(), holder.name(), d.message(), reply);
            dropLane(m.accountId());
            return false;
        }
        return true;
    }

    /**
     * Accepted; recipients refused with a 4xx are tried again later, alone. Each recipient's
     * answer is recorded apart, so the retry changes only the results of those it tries.
     */
    private void delivered(QueuedMessage m, DeliveryOutcome.Delivered d, int attempts) {
        Instant now = clock.instant();
        List<RecipientOutcome> answers = RecipientAnswers.ofDelivered(m.recipients(), d, now);
        List<RefusedRecipient> later = d.refused().stream().filter(RefusedRecipient::isTemporary).toList();
        if (later.isEmpty() || retry.givesUp(m.retryFrom(), now)) {
            boolean held = store.markSent(m.id(), holder.name(), now, d.serverReply(), answers);
            lost(m, held);
            sent++;
            if (held) {
                toldSent(m);
            }
            return;
        }
        List<String> remaining = later.stream().map(RefusedRecipient::address).toList();
        store.markDeferred(m.id(), holder.name(), nextAttempt(attempts),
                UserMessage.of("outbox.partlyDelivered", String.join(", ", remaining)), d.serverReply(), remaining,
                answers);
        deferred++;
    }

    /**
     * No recipient accepted: those refused for good stay refused, those deferred are tried again
     * alone; once none is left to try, the message fails naming every recipient with its reason.
     */
    private void recipientsRefused(QueuedMessage m, DeliveryOutcome.RecipientsRefused r, int attempts) {
        Instant now = clock.instant();
        List<RecipientOutcome> answers = RecipientAnswers.ofRefused(r.refused(), now);
        List<RefusedRecipient> later = r.refused().stream().filter(RefusedRecipient::isTemporary).toList();
        // One recipient: the diagnosis says it, with its advice; several: each is named with its reply.
        boolean one = r.refused().size() == 1;
        String reply = one ? r.refused().get(0).reply().text() : null;
        if (later.isEmpty() || retry.givesUp(m.retryFrom(), now)) {
            store.markFailed(m.id(), holder.name(), one ? explain(r.diagnosis())
                    : UserMessage.of("outbox.recipientsRefused", RecipientAnswers.describe(r.refused())), reply, answers);
            failed++;
            return;
        }
        List<String> remaining = later.stream().map(RefusedRecipient::address).toList();
        store.markDeferred(m.id(), holder.name(), nextAttempt(attempts), one ? explain(r.diagnosis())
                : UserMessage.of("outbox.recipientsDeferred", String.join(", ", remaining),
                RecipientAnswers.describe(r.refused())), reply, remaining, answers);
        deferred++;
    }

    /** A temporary failure: deferred with backoff, failed once the retry period is over. */
    private boolean tryLater(QueuedMessage m, DeliveryOutcome.TryLater t, int attempts) {
        String reply = t.diagnosis().serverReply().map(SmtpReply::text).orElse(null);
        UserMessage why = explain(t.diagnosis());
        List<RecipientOutcome> answers = t.serverUnreachable() ? List.of()
                : RecipientAnswers.ofMessage(m.recipients(), RecipientStatus.DEFERRED, t.diagnosis(), clock.instant());
        if (retry.givesUp(m.retryFrom(), clock.instant())) {
            // Failed after the retry period: the last reason stands.
            store.markFailed(m.id(), holder.name(), why, reply, answers);
            failed++;
            return !t.serverUnreachable();
        }
        Instant next = nextAttempt(attempts);
        store.markDeferred(m.id(), holder.name(), next, why, reply, null, answers);
        deferred++;
        if (t.serverUnreachable()) {
            deferred += store.deferAccount(m.accountId(), holder.name(), next, why);
            dropLane(m.accountId());
            return false;
        }
        return true;
    }

    /** A 4xx the diagnosis does not name is the server asking to come back later: say so, with its words. */
    private static UserMessage explain(Diagnosis d) {
        Optional<SmtpReply> reply = d.serverReply();
        if (d.kind() == DiagnosisKind.OTHER && reply.isPresent() && reply.get().code() >= 400
                && reply.get().code() < 500) {
            return UserMessage.of("outbox.tryLater", reply.get().text());
        }
        return d.message();
    }

    /** The account cannot send at all now (settings missing, no password): its messages wait. */
    private void deferAccount(QueuedMessage m, UserMessage why, String reply) {
        if (retry.givesUp(m.retryFrom(), clock.instant())) {
            store.markFailed(m.id(), holder.name(), why, reply, List.of());
            failed++;
            return;
        }
        Instant next = nextAttempt(m.attempts() + 1);
        store.markDeferred(m.id(), holder.name(), next, why, reply, null, List.of());
        deferred += 1 + store.deferAccount(m.accountId(), holder.name(), next, why);
    }

    /** The server's SIZE, once seen and when it changed, for the next check before queueing. */
    private void rememberAdvertisedSize(long accountId, Lane lane) {
        long advertised = lane.connection.advertisedMaxSize();
        if (advertised > 0 && advertised != lane.rememberedMaxSize) {
            accounts.rememberAdvertisedMaxSize(accountId, advertised, clock.instant());
            lane.rememberedMaxSize = advertised;
        }
    }

    private Instant nextAttempt(int failedAttempts) {
        return clock.instant().plus(retry.delayAfter(failedAttempts));
    }

    private Lane lane(long accountId) {
        Lane lane = lanes.get(accountId);
        if (lane == null) {
            Account account = accounts.find(accountId)
                    .orElseThrow(AccountGoneException::new);
            SmtpSettings smtp = resolver.settings(account);
            MailConnection connection = connector.connect(smtp, resolver.password(account));
            lane = new Lane(connection, limits.forServer(smtp), accounts.advertisedMaxSize(accountId).orElse(0));
            lanes.put(accountId, lane);
        }
        return lane;
    }

    private void dropLane(long accountId) {
        Lane lane = lanes.remove(accountId);
        if (lane != null) {
            lane.connection.dispose();
        }
    }

    private void closeLanes() {
        lanes.values().forEach(l -> l.connection.dispose());
        lanes.clear();
    }

    private void sleepUntil(Instant until) {
        long millis = Duration.between(clock.instant(), until).toMillis();
        synchronized (signal) {
            if (!woken && millis > 0 && !stopRequested) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopRequested = true;
                }
            }
            woken = false;
        }
    }

    private void notifyListeners() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An outbox listener failed", e);
            }
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** One account's connection and limits, while it has messages to send. */
    private static final class Lane {
        final MailConnection connection;
        /** The account's limits, applied through the database's sending slots (see {@link #takeSlot}). */
        final SendingLimits limits;
        /** The server's SIZE as stored; updated when the server says otherwise. */
        long rememberedMaxSize;

        Lane(MailConnection connection, SendingLimits limits, long rememberedMaxSize) {
            this.connection = connection;
            this.limits = limits;
            this.rememberedMaxSize = rememberedMaxSize;
        }
    }
}
