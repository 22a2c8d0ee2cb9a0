package fr.missive.app.returns;

import fr.missive.mail.returns.MailboxMessage;
import fr.missive.mail.returns.ReturnsMailbox;
import fr.missive.mail.returns.ReturnsMailboxException;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.returns.ReturnReport;
import fr.missive.store.returns.MailboxPosition;
import fr.missive.store.returns.ReturnStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the new messages of an account's INBOX since the last reading, hands each to the report
 * readers, records the reports about sent messages and files those away. A message that is not a
 * report, or a report about another message, is left untouched; a malformed one is skipped and the
 * others are read. The position is saved after each message, so a reading cut short resumes
 * where it stopped; while it reads, this workstation holds the mailbox's lease.
 */
public final class ReturnsScan {

    static final String FOLDER = "INBOX";
    private static final Logger LOG = Logger.getLogger(ReturnsScan.class.getName());
    /** Messages read per connection: a first reading of a large INBOX goes on at the next turn. */
    static final int BATCH = 500;

    private final ReturnStore store;
    private final ReturnsRecorder recorder;
    private final ReportReading reading;
    private final MailboxOpener opener;
    private final Clock clock;
    private final String holder;
    private final Duration lease;
    private final Map<Long, Lock> scanning = new ConcurrentHashMap<>();

    /** @param holder this workstation (and process), as other workstations see it hold a mailbox */
    public ReturnsScan(ReturnStore store, ReturnsRecorder recorder, ReportReading reading, MailboxOpener opener,
                       Clock clock, String holder, Duration lease) {
        this.store = store;
        this.recorder = recorder;
        this.reading = reading;
        this.opener = opener;
        this.clock = clock;
        this.holder = holder;
        this.lease = lease;
    }

    /**
     * Reads the account's INBOX once; the account must have IMAP settings. A reading asked while
     * another of the same account runs in this process (the watcher told of new mail, and "check
     * now") waits for it, then reads what is left: the lease alone would let both read, since
     * both hold it under this process's name.
     */
    public AccountScan scan(Account account) {
        Lock lock = scanning.computeIfAbsent(account.id(), id -> new ReentrantLock());
        lock.lock();
        try {
            return scanAlone(account);
        } finally {
            lock.unlock();
        }
    }

    private AccountScan scanAlone(Account account) {
        Instant now = clock.instant();
        if (!store.claim(account.id(), FOLDER, holder, now, now.plus(lease))) {
            return AccountScan.held(account.name());
        }
        try (ReturnsMailbox mailbox = opener.open(account)) {
            return read(account, mailbox);
        } catch (ReturnsMailboxException e) {
            LOG.fine(() -> "Returns of " + account.name() + ": " + e.kind() + " " + e.getMessage());
            return AccountScan.failed(account.name(), problem(account, e));
        } catch (MissiveException e) {
            // An OAuth2 account to sign in again: the reading waits, as the Sent copy does.
            return AccountScan.failed(account.name(), e.userMessage());
        } finally {
            store.release(account.id(), FOLDER, holder);
        }
    }

    private AccountScan read(Account account, ReturnsMailbox mailbox) throws ReturnsMailboxException {
        long validity = mailbox.uidValidity();
        Optional<MailboxPosition> position = store.position(account.id(), FOLDER);
        // Another UIDVALIDITY: the folder was rebuilt, its UIDs start again (a report recorded before is not twice).
        long after = position.filter(p -> p.uidValidity() == validity).map(MailboxPosition::lastUid).orElse(0L);
        List<MailboxMessage> messages = mailbox.newerThan(after, BATCH);
        List<RecordedReport> recorded = new ArrayList<>();
        int notOurs = 0;
        int unreadable = 0;
        for (MailboxMessage message : messages) {
            Instant arrived = message.arrivedAt() != null ? message.arrivedAt() : clock.instant();
            Optional<ReturnReport> report;
            try {
                report = reading.read(message.raw(), arrived);
            } catch (RuntimeException malformed) {
                LOG.log(Level.FINE, "Unreadable report, UID " + message.uid() + " of " + account.name(), malformed);
                report = Optional.empty();
                unreadable++;
            }
            if (report.isPresent()) {
                RecordedReport result = recorder.record(report.get());
                if (result.ours()) {
                    mailbox.fileAway(message.uid());
                    recorded.add(result);
                } else {
                    notOurs++;
                }
            }
            if (!store.advance(account.id(), FOLDER, holder, validity, message.uid(), clock.instant())) {
                break;
            }
        }
        if (messages.isEmpty()) {
            store.advance(account.id(), FOLDER, holder, validity, after, clock.instant());
        }
        return new AccountScan(account.name(), messages.size(), recorded, notOurs, unreadable, null, false);
    }

    private static UserMessage problem(Account account, ReturnsMailboxException e) {
        return switch (e.kind()) {
            case UNREACHABLE -> UserMessage.of("returns.scan.unreachable", account.imap().host());
            case REFUSED -> UserMessage.of("returns.scan.refused", String.valueOf(e.getMessage()).strip());
            case NOT_ALLOWED -> UserMessage.of("returns.scan.notAllowed", account.imap().host());
        };
    }
}
