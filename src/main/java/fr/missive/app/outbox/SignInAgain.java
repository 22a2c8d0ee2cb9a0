package fr.missive.app.outbox;

import fr.missive.app.accounts.AccountService;
import fr.missive.app.oauth.OAuthAccounts;
import fr.missive.app.oauth.OAuthClients;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.users.User;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Sign in again": an OAuth2 account whose refresh token the provider refused (password
 * changed, consent withdrawn) keeps its messages deferred in the outbox. This finds the accounts
 * of a user in that state, signs one in again in the browser, and then sends its messages at
 * once rather than at their next attempt.
 */
public final class SignInAgain {

    /** The outbox's reason for a message held until its account signs in again. */
    static final String REASON = "oauth.signInRequired";

    /** An account waiting for its user: {@code address} is the mailbox to sign in. */
    public record Waiting(long accountId, String accountName, String address, int messages) {
    }

    private final OutboxService outbox;
    private final AccountService accounts;
    private final OAuthAccounts oauth;
    private final OAuthClients clients;

    public SignInAgain(OutboxService outbox, AccountService accounts, OAuthAccounts oauth, OAuthClients clients) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.oauth = oauth;
        this.clients = clients;
    }

    /** The user's accounts (those they may send from) with messages held for sign-in (deferred or failed), by name. */
    public List<Waiting> waiting(User actor) {
        Map<Long, String> names = outbox.accountNames(actor);
        Map<Long, Waiting> found = new LinkedHashMap<>();
        for (OutboxEntry e : held(actor)) {
            String name = names.get(e.accountId());
            if (name != null) {
                Waiting before = found.get(e.accountId());
                found.put(e.accountId(), new Waiting(e.accountId(), name, String.valueOf(e.lastError().args().get(0)),
                        before == null ? 1 : before.messages() + 1));
            }
        }
        List<Waiting> all = new ArrayList<>(found.values());
        all.sort((a, b) -> a.accountName().compareToIgnoreCase(b.accountName()));
        return all;
    }

    /**
     * Signs the account's mailbox in again in the browser (blocks until the user consents or the
     * time runs out, off the EDT), then queues its held messages now; returns how many.
     */
    public int signIn(User actor, Waiting waiting, Consumer<URI> browser) throws InterruptedException {
        Account account = accounts.require(actor, waiting.accountName());
        OAuthProvider provider = provider(actor, account, waiting.address());
        oauth.signIn(provider, waiting.address(), account.imap() != null, browser, OAuthAccounts.SIGN_IN_LIMIT);
        int released = 0;
        for (OutboxEntry e : held(actor)) {
            if (e.accountId() == waiting.accountId()) {
                outbox.retry(actor, e.id());
                released++;
            }
        }
        return released;
    }

    /** The provider it signed in with before, else the one of its server, else the only one registered. */
    private OAuthProvider provider(User actor, Account account, String address) {
        Optional<OAuthProvider> known = oauth.providerOf(address)
                .or(() -> OAuthProvider.forSmtpHost(outbox.serverOf(actor, account.name()).host()));
        if (known.isPresent()) {
            return known.get();
        }
        List<OAuthProvider> registered = clients.registered();
        if (registered.size() == 1) {
            return registered.get(0);
        }
        throw new MissiveException(UserMessage.of("outbox.signInProviderUnknown", account.name()));
    }

    private List<OutboxEntry> held(User actor) {
        // Failed too: after the retry period a held message fails, and still waits for the sign-in.
        return outbox.list(actor).stream().filter(e -> (e.state() == OutboxState.DEFERRED
                || e.state() == OutboxState.FAILED) && e.lastError() != null
                && REASON.equals(e.lastError().key()) && !e.lastError().args().isEmpty()).toList();
    }
}
