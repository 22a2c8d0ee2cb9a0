package fr.missive.app.outbox;

import fr.missive.app.Validator;
import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.SendingResolver;
import fr.missive.mail.MimeBuilder;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.OutgoingMessage;
import fr.missive.model.mail.Sender;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.RecipientKind;
import fr.missive.model.users.User;
import fr.missive.store.outbox.OutboxStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outbox as the user sees it: sending puts messages in it (committed to disk before this
 * returns, so "sent" is never said of a message a crash could lose), and the user lists,
 * retries and cancels them. The {@link DeliveryWorker} is woken to deliver at once.
 */
public final class OutboxService {

    /** More than a school sends in a term; lists show the newest. */
    public static final int LIST_LIMIT = 5_000;

    private final AccountService accounts;
    private final SendingResolver resolver;
    private final OutboxStore store;
    private final MimeBuilder mime;
    private final Clock clock;
    private final DeliveryWorker worker;
    private final MessageSizeLimit sizeLimit;
    private final OutboxPace pace;

    /** With the providers' documented size limits of {@link ProviderPresets}. */
    public OutboxService(AccountService accounts, SendingResolver resolver, OutboxStore store, MimeBuilder mime,
                         Clock clock, DeliveryWorker worker) {
        this(accounts, resolver, store, mime, clock, worker,
                new MessageSizeLimit(new ProviderLimits(new ProviderPresets())));
    }

    public OutboxService(AccountService accounts, SendingResolver resolver, OutboxStore store, MimeBuilder mime,
                         Clock clock, DeliveryWorker worker, MessageSizeLimit sizeLimit) {
        this.sizeLimit = sizeLimit;
        this.accounts = accounts;
        this.resolver = resolver;
        this.store = store;
        this.mime = mime;
        this.clock = clock;
        this.worker = worker;
        this.pace = new OutboxPace(store, accounts, resolver, sizeLimit.providerLimits(), clock);
    }

    /** How long what waits will take at the accounts' providers' pace, and what to say before a long mailing. */
    public OutboxPace pace() {
        return pace;
    }

    public DeliveryWorker worker() {
        return worker;
    }

    /**
     * Starts delivering in the background, once: the window does, while it is open; a command
     * delivers in the foreground instead ({@code outbox run}). Stopped when the data folder closes.
     */
    public void startDelivery() {
        if (!worker.isRunning()) {
            worker.start();
        }
    }

    /** Stops the background delivery; the message in flight may finish, one still sending is sent at next start. */
    public void stopDelivery(java.time.Duration wait) {
        worker.stop(wait);
    }

    /** Checks a typed message and queues it; returns the outbox ids. */
    public List<Long> send(User actor, MailDraft draft) {
        Validator v = new Validator();
        List<EmailAddress> to = new ArrayList<>();
        String typed = draft.to() == null ? "" : draft.to();
        for (String part : typed.split("[,;]")) {
            if (!part.isBlank()) {
                EmailAddress address = v.optionalEmail("to", part);
                if (address != null && !to.contains(address)) {
                    to.add(address);
                }
            }
        }
        if (to.isEmpty() && !v.hasErrors()) {
            v.add("to", UserMessage.of("mail.problem.RECIPIENT_REQUIRED"));
        }
        v.require("subject", draft.subject());
        v.maxLength("subject", draft.subject(), 900);
        v.throwIfInvalid();
        return queue(actor, draft.accountName(),
                List.of(MailContent.plain(to, draft.subject(), draft.body(), draft.attachments())),
                QueueOptions.newMailing(draft.readReceipt()));
    }

    /** {@link #queue(User, String, List, QueueOptions)} as one mailing that asks for no read receipt. */
    public List<Long> queue(User actor, String accountName, List<MailContent> messages) {
        return queue(actor, accountName, messages, QueueOptions.newMailing(false));
    }

    /**
     * Builds each message from the account (its sender after the authorised-domains rule, its
     * Reply-To, its recipient masking) and commits them all to the outbox in one transaction,
     * with the options of the sending (read receipt, mailing) kept on each row.
     */
    public List<Long> queue(User actor, String accountName, List<MailContent> messages, QueueOptions options) {
        OutboxBatch batch = batch(actor, accountName, options);
        // Built one at a time as the store takes them, inside its transaction: a scan sent to
        // thirty families is thirty messages of its size, never all in memory at once.
        return batch.commit(() -> messages.stream().map(batch::build).iterator());
    }

    /**
     * A sending from the account whose messages are built by {@link OutboxBatch#build} (on any
     * thread) and committed by {@link OutboxBatch#commit}: the account, its sender and its size
     * limit are resolved once for them all.
     */
    public OutboxBatch batch(User actor, String accountName, QueueOptions options) {
        Account account = accounts.requireSendable(actor, accountName);
        EmailAddress receiptTo = options.readReceipt() ? readReceiptAddress(account) : null;
        Sender sender = resolver.sender(account);
        long largest = sizeLimit.of(accounts.advertisedMaxSize(account), resolver.settings(account))
                .orElse(Long.MAX_VALUE);
        return new OutboxBatch(actor, account, sender, receiptTo, clock.instant(), largest, options, mime, store,
                worker);
    }

    /**
     * Where a read receipt is asked to go: the account's own address, not its Reply-To. Missive reads
     * the returns from the account's own mailbox (its IMAP settings), so a receipt sent to a
     * Reply-To it does not read would never be matched; and RFC 8098 (section 2.1) lets a mail
     * program refuse, or ask its user first, when the address differs from the Return-Path, which
     * is the account's address whenever it sends under its own name. When the authorised-domains
     * rule sends under the workstation's address instead, the account's address is the Reply-To
     * of the message, still the mailbox Missive reads.
     */
    static EmailAddress readReceiptAddress(Account account) {
        return account.address();
    }

    /**
     * Whether each envelope recipient was in To, in Cc or in neither (Bcc) of the headers sent: with
     * the account's recipient masking, To and Cc go in the envelope only, so they are Bcc.
     */
    static Map<String, RecipientKind> kinds(OutgoingMessage message) {
        Map<String, RecipientKind> kinds = new LinkedHashMap<>();
        RecipientKind shown = message.maskRecipients() ? RecipientKind.BCC : RecipientKind.TO;
        message.to().forEach(a -> kinds.putIfAbsent(a.toAscii(), shown));
        RecipientKind copied = message.maskRecipients() ? RecipientKind.BCC : RecipientKind.CC;
        message.cc().forEach(a -> kinds.putIfAbsent(a.toAscii(), copied));
        message.bcc().forEach(a -> kinds.putIfAbsent(a.toAscii(), RecipientKind.BCC));
        return kinds;
    }

    /** The server an account sends through, e.g. to know its provider's limits. */
    public SmtpSettings serverOf(User actor, String accountName) {
        return resolver.settings(accounts.require(actor, accountName));
    }

    /** The messages of the accounts the user may send from (administrators: all), newest first. */
    public List<OutboxEntry> list(User actor) {
        List<OutboxEntry> all = store.list(LIST_LIMIT);
        if (actor.isAdmin()) {
            return all;
        }
        Set<Long> mine = visibleAccounts(actor);
        return all.stream().filter(e -> mine.contains(e.accountId())).toList();
    }

    public OutboxEntry require(User actor, long id) {
        return store.find(id).filter(e -> actor.isAdmin() || visibleAccounts(actor).contains(e.accountId()))
                .orElseThrow(() -> new MissiveException(UserMessage.of("outbox.notFound", String.valueOf(id))));
    }

    /** How many messages are in each state (all accounts: the outbox of this PC). */
    public Map<OutboxState, Integer> counts() {
        return store.countByState();
    }

    /** Messages still to deliver: queued, being sent or deferred. */
    public int waiting() {
        Map<OutboxState, Integer> counts = store.countByState();
        return counts.get(OutboxState.QUEUED) + counts.get(OutboxState.SENDING) + counts.get(OutboxState.DEFERRED);
    }

    public void retry(User actor, long id) {
        require(actor, id);
        if (!store.retry(id, clock.instant())) {
            throw new MissiveException(UserMessage.of("outbox.cannotRetry", String.valueOf(id)));
        }
        worker.wake();
    }

    /** Queues every failed message of the accounts the user may send from; returns how many. */
    public int retryFailed(User actor) {
        int count = 0;
        for (OutboxEntry e : list(actor)) {
            if (e.state() == OutboxState.FAILED && store.retry(e.id(), clock.instant())) {
                count++;
            }
        }
        worker.wake();
        return count;
    }

    /** The user waits for the outbox to empty: deferred messages are tried now rather than at their next attempt. */
    public void sendWaitingNow() {
        store.deferredDueNow(clock.instant());
        worker.wake();
    }

    public void cancel(User actor, long id) {
        require(actor, id);
        if (!store.cancel(id)) {
            throw new MissiveException(UserMessage.of("outbox.cannotCancel", String.valueOf(id)));
        }
    }

    /** The account names by id, for lists. */
    public Map<Long, String> accountNames(User actor) {
        return accounts.list(actor).stream().collect(Collectors.toMap(Account::id, Account::name));
    }

    private Set<Long> visibleAccounts(User actor) {
        return accounts.list(actor).stream().map(Account::id).collect(Collectors.toSet());
    }
}
