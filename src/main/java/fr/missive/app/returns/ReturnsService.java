package fr.missive.app.returns;

import fr.missive.app.accounts.AccountService;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.returns.BounceMark;
import fr.missive.model.returns.LoggedReturn;
import fr.missive.model.returns.MailingReturns;
import fr.missive.model.returns.ReturnKind;
import fr.missive.model.returns.RecipientReturns;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.users.User;
import fr.missive.store.accounts.AccountStore;
import fr.missive.store.returns.ReturnStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The returns as the window and the command line use them: read the mailboxes now, what came back
 * for the logged messages, and the contacts' bounce marks.
 */
public final class ReturnsService {

    private final AccountStore accountStore;
    private final AccountService accounts;
    private final ReturnStore store;
    private final ReturnsScan scan;

    public ReturnsService(AccountStore accountStore, AccountService accounts, ReturnStore store, ReturnsScan scan) {
        this.accountStore = accountStore;
        this.accounts = accounts;
        this.store = store;
        this.scan = scan;
    }

    /**
     * Reads the mailboxes of the accounts the user may see that have IMAP settings, or of the one
     * named; an account named without IMAP settings is an error in the user's words.
     */
    public List<AccountScan> checkNow(User actor, String accountName) {
        List<Account> chosen;
        if (accountName != null) {
            Account account = accounts.require(actor, accountName);
            if (account.imap() == null) {
                throw new MissiveException(UserMessage.of("returns.scan.noMailbox", account.name()));
            }
            chosen = List.of(account);
        } else {
            chosen = accounts.list(actor).stream().filter(a -> a.imap() != null).toList();
        }
        List<AccountScan> scans = new ArrayList<>();
        for (Account account : chosen) {
            scans.add(scan.scan(account));
        }
        return scans;
    }

    /** Every account's mailbox, for the background reading (whoever is signed in). */
    public List<AccountScan> checkAll() {
        List<AccountScan> scans = new ArrayList<>();
        for (Account account : mailboxAccounts()) {
            scans.add(scan.scan(account));
        }
        return scans;
    }

    /** The accounts with a mailbox (IMAP settings), which the background reading watches. */
    public List<Account> mailboxAccounts() {
        return accountStore.findAll().stream().filter(a -> a.imap() != null).toList();
    }

    /** Reads one account's mailbox now; one reading at a time per account in this process. */
    public AccountScan check(Account account) {
        return scan.scan(account);
    }

    /** What came back for each of these logged messages' recipients, by message id. */
    public Map<Long, List<LoggedReturn>> returnsOf(Collection<Long> sentIds) {
        return store.returnsOf(sentIds);
    }

    /** The returns of one message, by recipient (see {@link RecipientReturns#key}). */
    public Map<String, RecipientReturns> byRecipient(long sentId) {
        return RecipientReturns.byAddress(store.returnsOf(List.of(sentId)).getOrDefault(sentId, List.of()));
    }

    /** The entries at least one of whose recipients bounced or is still delayed. */
    public List<SentEntry> notReceived(List<SentEntry> entries) {
        Map<Long, List<LoggedReturn>> returns = store.returnsOf(entries.stream().map(SentEntry::id).toList());
        return entries.stream().filter(e -> RecipientReturns.byAddress(returns.getOrDefault(e.id(), List.of()))
                .values().stream().anyMatch(RecipientReturns::notReceived)).toList();
    }

    /** How many of these messages came back undelivered (bounced), for a mailing's summary. */
    public int bouncedCount(Collection<Long> sentIds) {
        Map<Long, List<LoggedReturn>> returns = store.returnsOf(sentIds);
        return (int) returns.values().stream().filter(list -> RecipientReturns.byAddress(list).values().stream()
                .anyMatch(r -> r.current().filter(c -> c.kind() == fr.missive.model.returns.ReturnKind.BOUNCED)
                        .isPresent())).count();
    }

    /**
     * For each of these messages sent with others (a mailing of two letters or more), how many of
     * that mailing's letters came back; a message sent alone is absent.
     */
    public Map<Long, MailingReturns> mailingReturns(Collection<Long> sentIds) {
        Map<Long, List<Long>> members = store.mailingMembers(sentIds);
        Set<Long> all = new HashSet<>();
        members.values().forEach(all::addAll);
        Map<Long, List<LoggedReturn>> returns = all.isEmpty() ? Map.of() : store.returnsOf(all);
        Map<Long, MailingReturns> result = new HashMap<>();
        members.forEach((id, mailing) -> {
            if (mailing.size() > 1) {
                int bounced = 0;
                int delayed = 0;
                for (long member : mailing) {
                    Collection<RecipientReturns> came = RecipientReturns.byAddress(
                            returns.getOrDefault(member, List.of())).values();
                    if (came.stream().anyMatch(r -> r.current().filter(c -> c.kind() == ReturnKind.BOUNCED)
                            .isPresent())) {
                        bounced++;
                    } else if (came.stream().anyMatch(RecipientReturns::notReceived)) {
                        delayed++;
                    }
                }
                result.put(id, new MailingReturns(mailing.size(), bounced, delayed));
            }
        });
        return result;
    }

    /** The messages among these whose sender asked for a read receipt. */
    public Set<Long> askedReadReceipt(Collection<Long> sentIds) {
        return store.askedReadReceipt(sentIds);
    }

    public Optional<BounceMark> bounceMark(long contactId) {
        return store.bounceMark(contactId);
    }

    public Map<Long, BounceMark> bounceMarks() {
        return store.bounceMarks();
    }

    /** The marks on the contacts whose address is one of these: "sending again to a bounced address" warnings. */
    public List<BounceMark> marksOn(Collection<String> addresses) {
        return store.bounceMarksOf(addresses);
    }

    /** The user says the address works again. */
    public void clearBounce(long contactId) {
        store.clearBounce(contactId);
    }
}
