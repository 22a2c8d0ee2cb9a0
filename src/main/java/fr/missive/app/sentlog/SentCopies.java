package fr.missive.app.sentlog;

import fr.missive.app.accounts.AccountService;
import fr.missive.app.outbox.DeliveryWorker;
import fr.missive.mail.ImapSentCopier;
import fr.missive.mail.SentCopyResult;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.ServerCertificate;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.store.accounts.AccountStore;
import fr.missive.store.sentlog.SentLogStore;
import fr.missive.store.settings.SettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The copy of each sent message into its account's IMAP Sent folder, as part of the outbox
 * job: a message the SMTP server accepted is marked "copy to make", and the worker gives this
 * class a turn after each batch. A copy that fails waits {@code retryDelay} for its account
 * and is tried again; the e-mail is never sent a second time and never marked failed for it.
 */
public final class SentCopies implements DeliveryWorker.AfterSent {

    private static final Logger LOG = Logger.getLogger(SentCopies.class.getName());
    private static final int BATCH = 50;

    private final AccountStore accounts;
    private final AccountService accountService;
    private final SentLogStore store;
    private final ImapSentCopier copier;
    private final SettingsStore settings;
    private final Clock clock;
    private final Duration retryDelay;
    /**
     * Whether each account of the batch being delivered copies its sent mail, looked up at its
     * first message ({@link #sent}, told once a message on a shared outbox) rather than at
     * each, as {@link #sentAll} does for a batch; forgotten after each batch ({@link #workPending}).
     */
    private final Map<Long, Boolean> copyingThisBatch = new java.util.concurrent.ConcurrentHashMap<>();
    /** Accounts whose mailbox failed, and when to try them again; forgotten at exit (the copies are not). */
    private final Map<Long, Instant> resting = new HashMap<>();

    public SentCopies(AccountStore accounts, AccountService accountService, SentLogStore store, ImapSentCopier copier,
                      SettingsStore settings, Clock clock, Duration retryDelay) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.store = store;
        this.copier = copier;
        this.settings = settings;
        this.clock = clock;
        this.retryDelay = retryDelay;
    }

    /** True when the account has IMAP settings and its copy of sent mail is on (the default). */
    public boolean copiesSent(Account account) {
        return account.imap() != null && settings.get(setting(account.id())).map(Boolean::parseBoolean).orElse(true);
    }

    public void setCopySent(Account account, boolean copy) {
        settings.put(setting(account.id()), String.valueOf(copy));
    }

    @Override
    public void sent(long messageId, long accountId) {
        if (copyingThisBatch.computeIfAbsent(accountId, this::accountCopiesSent)) {
            store.markImapPending(messageId);
        }
    }

    private boolean accountCopiesSent(long accountId) {
        return accounts.find(accountId).filter(this::copiesSent).isPresent();
    }

    /** A batch at once: each account looked up once, the copies to make marked in one transaction. */
    @Override
    public void sentAll(Map<Long, Long> accountByMessage) {
        Map<Long, Boolean> copying = new HashMap<>();
        List<Long> pending = new java.util.ArrayList<>();
        accountByMessage.forEach((messageId, accountId) -> {
            if (copying.computeIfAbsent(accountId, this::accountCopiesSent)) {
                pending.add(messageId);
            }
        });
        store.markImapPending(pending);
    }

    @Override
    public synchronized void workPending() {
        // A batch ended: the next one reads the accounts' settings afresh.
        copyingThisBatch.clear();
        List<Long> pending = store.imapPending(BATCH);
        Instant now = clock.instant();
        for (long id : pending) {
            Optional<SentEntry> entry = store.find(id);
            if (entry.isEmpty()) {
                continue;
            }
            long accountId = entry.get().accountId();
            Instant until = resting.get(accountId);
            if (until != null && now.isBefore(until)) {
                continue;
            }
            Optional<Account> account = accounts.find(accountId).filter(this::copiesSent);
            if (account.isEmpty()) {
                store.markImapDone(id);
                continue;
            }
            UserMessage failure = copy(account.get(), id);
            if (failure == null) {
                store.markImapDone(id);
                resting.remove(accountId);
            } else {
                store.markImapRetrying(id, failure);
                resting.put(accountId, now.plus(retryDelay));
            }
        }
    }

    /**
     * Signs in to the account's mailbox and looks for its Sent folder: the folder's name, or
     * why it cannot be used in the user's words. The account must have IMAP settings.
     */
    public MailboxCheck test(Account account) {
        Password password = accountService.mailboxSecret(account).orElse(null);
        try {
            SentCopyResult result = copier.append(account.imap(), user(account), password, null,
                    accountService.signsInWithOAuth2(account), accounts.pinnedCertificates(account.imap().host()));
            return new MailboxCheck(result.folder(), failure("sentlog.imapTest.", account.imap(), result),
                    result.outcome() == SentCopyResult.Outcome.CERTIFICATE_UNTRUSTED ? result.certificate() : null);
        } finally {
            if (password != null) {
                password.clear();
            }
        }
    }

    /**
     * What {@link #test} found: the Sent folder, or the problem (null when none).
     *
     * @param untrustedCertificate the mailbox's certificate when the problem is that this PC does not
     *                             trust it, for an administrator to trust it; else null
     */
    public record MailboxCheck(String sentFolder, UserMessage problem, ServerCertificate untrustedCertificate) {

        public MailboxCheck(String sentFolder, UserMessage problem) {
            this(sentFolder, problem, null);
        }
    }

    /** Null when copied, else why not in the user's words. */
    private UserMessage copy(Account account, long id) {
        Optional<byte[]> mime = store.mime(id);
        if (mime.isEmpty()) {
            return null;
        }
        ImapSettings imap = account.imap();
        Password password;
        try {
            password = accountService.mailboxSecret(account).orElse(null);
        } catch (MissiveException e) {
            // An OAuth2 account to sign in again: the copy waits, as for a mailbox out of reach.
            return e.userMessage();
        }
        try {
            SentCopyResult result = copier.append(imap, user(account), password, mime.get(),
                    accountService.signsInWithOAuth2(account), accounts.pinnedCertificates(imap.host()));
            LOG.fine(() -> "Sent-folder copy of message " + id + ": " + result.outcome());
            return failure("sentlog.imap.", imap, result);
        } finally {
            if (password != null) {
                password.clear();
            }
        }
    }

    private static UserMessage failure(String keys, ImapSettings imap, SentCopyResult result) {
        return switch (result.outcome()) {
            case COPIED -> null;
            case UNREACHABLE -> UserMessage.of(keys + "unreachable", imap.host());
            case REFUSED -> UserMessage.of(keys + "refused", String.valueOf(result.detail()).strip());
            case NO_FOLDER -> UserMessage.of(keys + "noFolder");
            // Reached, but its certificate refused by Missive: say so, with what to check and trust.
            case CERTIFICATE_UNTRUSTED -> UserMessage.of(keys + "certificate", imap.host(),
                    result.certificate().fingerprint().hex(), String.valueOf(imap.port()));
            case CERTIFICATE_NAME_MISMATCH -> UserMessage.of(keys + "certificateName", imap.host(),
                    String.join(", ", result.certificate().names()), String.valueOf(imap.port()));
        };
    }

    private static String user(Account account) {
        if (account.imap().user() != null) {
            return account.imap().user();
        }
        if (account.smtp() != null && account.smtp().user() != null) {
            return account.smtp().user();
        }
        return account.address().toAscii();
    }

    private static String setting(long accountId) {
        return "account:" + accountId + ":copySent";
    }
}
