package fr.missive.model.sentlog;

import fr.missive.model.outbox.OutboxState;
import java.time.Instant;
import java.util.Set;

/**
 * What the sent log shows.
 *
 * @param accountIds the accounts to show; the service narrows them to those the user may see
 * @param since      inclusive, or null
 * @param until      exclusive, or null
 * @param states     SENT, FAILED and/or CANCELLED; empty for all three
 * @param search     words searched in the recipients, the subject and the body text; null or blank for all
 */
public record SentFilter(Set<Long> accountIds, Instant since, Instant until, Set<OutboxState> states, String search) {

    public static final Set<OutboxState> LOGGED = Set.of(OutboxState.SENT, OutboxState.FAILED, OutboxState.CANCELLED);

    public SentFilter {
        accountIds = Set.copyOf(accountIds);
        states = states == null || states.isEmpty() ? LOGGED : Set.copyOf(states);
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public SentFilter withAccounts(Set<Long> ids) {
        return new SentFilter(ids, since, until, states, search);
    }
}
