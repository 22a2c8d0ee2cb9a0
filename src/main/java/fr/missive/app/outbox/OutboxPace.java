package fr.missive.app.outbox;

import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.SendingResolver;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.users.User;
import fr.missive.store.outbox.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long the outbox will take at the pace the accounts' providers allow (Microsoft 365: 30 a
 * minute and 10,000 a day; Gmail: a few hundred to 2,000 a day): per account, what waits and when
 * it should be done, for the outbox window, the status bar and {@code outbox status}; and, before
 * a mailing is sent, whether it will take more than an hour or more than the account may still
 * send today. The clock is the one given, so tests choose the time.
 */
public final class OutboxPace {

    /** A mailing that takes longer than this is worth a word before it is sent. */
    public static final Duration LONG = Duration.ofHours(1);

    private final OutboxStore store;
    private final AccountService accounts;
    private final SendingResolver resolver;
    private final ProviderLimits limits;
    private final Clock clock;

    public OutboxPace(OutboxStore store, AccountService accounts, SendingResolver resolver, ProviderLimits limits,
                      Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.resolver = resolver;
        this.limits = limits;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** Each account the user may send from that has messages waiting, in the accounts' order. */
    public List<AccountPace> waiting(User actor) {
        Map<Long, Integer> waiting = store.waitingByAccount();
        Instant now = clock.instant();
        List<AccountPace> paces = new ArrayList<>();
        for (Account account : accounts.list(actor)) {
            int count = waiting.getOrDefault(account.id(), 0);
            if (count > 0) {
                paces.add(pace(account, count, now));
            }
        }
        return paces;
    }

    /** The whole outbox of the user's accounts: how many wait, and when the slowest account should be done. */
    public static Summary summary(List<AccountPace> paces) {
        int waiting = paces.stream().mapToInt(AccountPace::waiting).sum();
        Optional<Instant> last = paces.stream().filter(AccountPace::limited).map(AccountPace::finishesAt)
                .flatMap(Optional::stream).max(Instant::compareTo);
        return new Summary(waiting, last);
    }

    /**
     * What to say before {@code messages} more are queued from the account: that they will exceed
     * what it may still send today, or else that, behind what already waits, they will take more
     * than an hour. Nothing for an account without limits.
     */
    public List<UserMessage> warnings(User actor, String accountName, int messages) {
        if (messages <= 0) {
            return List.of();
        }
        Account account = accounts.require(actor, accountName);
        Instant now = clock.instant();
        AccountPace already = pace(account, store.waitingByAccount().getOrDefault(account.id(), 0), now);
        if (!already.limited()) {
            return List.of();
        }
        SendingLimits limits = already.limits();
        int total = already.waiting() + messages;
        int leftToday = DeliveryPace.leftToday(limits, already.sentInLastDay());
        Instant finish = DeliveryPace.finishes(total, limits, already.sentInLastDay(), now).orElse(now);
        if (total > leftToday) {
            long days = Math.max(1, Duration.between(now, finish).plusHours(23).toDays());
            return List.of(UserMessage.of("mailing.warning.dailyLimit", messages, already.waiting(), leftToday,
                    limits.perDay(), days));
        }
        Duration takes = Duration.between(now, finish);
        if (takes.compareTo(LONG) > 0) {
            return List.of(UserMessage.of("mailing.warning.slow", messages, already.waiting(), limits.perMinute(),
                    takes.toHours(), takes.toMinutesPart()));
        }
        return List.of();
    }

    private AccountPace pace(Account account, int waiting, Instant now) {
        SendingLimits accountLimits = limitsOf(account);
        int sent = accountLimits.perDay() > 0 ? store.sentSince(account.id(), now.minus(Duration.ofDays(1))) : 0;
        Optional<Instant> finish = accountLimits.equals(SendingLimits.NONE) ? Optional.empty()
                : DeliveryPace.finishes(waiting, accountLimits, sent, now);
        return new AccountPace(account.id(), account.name(), waiting, accountLimits, sent, finish);
    }

    private SendingLimits limitsOf(Account account) {
        try {
            return limits.forServer(resolver.settings(account));
        } catch (MissiveException e) {
            // No server settings yet: its messages wait for them, at no known pace.
            return SendingLimits.NONE;
        }
    }

    /** How many messages wait in all, and when the last should leave (empty: no account is slowed down). */
    public record Summary(int waiting, Optional<Instant> finishesAt) {
    }
}
