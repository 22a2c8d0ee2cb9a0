package fr.missive.app.accounts;

import fr.missive.app.users.UserService;
import fr.missive.i18n.Messages;
import fr.missive.mail.MailTransport;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.PlainTextMessage;
import fr.missive.model.mail.SendResult;
import fr.missive.model.users.User;
import fr.missive.store.accounts.AccountStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Proves that whoever sets up an institution account can read its mailbox: a 6-digit code is
 * sent to the address through the account's own server, and must be typed back within
 * {@link #VALIDITY}. Only its hash is stored; it is compared in constant time, and after
 * {@link #MAX_FAILURES} wrong codes a new one must be sent.
 */
public final class AccountVerification {

    public static final Duration VALIDITY = Duration.ofMinutes(30);
    public static final int MAX_FAILURES = 5;

    private final AccountService accountService;
    private final AccountStore accounts;
    private final SendingResolver resolver;
    private final MailTransport transport;
    private final Clock clock;
    private final SecureRandom random;

    public AccountVerification(AccountService accountService, AccountStore accounts, SendingResolver resolver,
                               MailTransport transport, Clock clock, SecureRandom random) {
        this.accountService = accountService;
        this.accounts = accounts;
        this.resolver = resolver;
        this.transport = transport;
        this.clock = clock;
        this.random = random;
    }

    /** Sends a new code to the institution account's address (replacing any earlier one). */
    public SendResult sendCode(User actor, String accountName, Messages messages) {
        UserService.requireAdmin(actor);
        Account account = institution(actor, accountName);
        String code = String.format("%06d", random.nextInt(1_000_000));
        ResolvedSending sending = resolver.resolve(account);
        PlainTextMessage message = new PlainTextMessage(sending.sender().from(), sending.sender().name(),
                account.address(), messages.get("accounts.verify.subject", account.name()),
                messages.get("accounts.verify.body", account.address().toString(), code, VALIDITY.toMinutes()),
                sending.sender().replyTo());
        Password password = resolver.password(sending);
        accounts.savePendingCode(account.id(), new AccountStore.PendingCode(hash(account.id(), code),
                clock.instant().plus(VALIDITY)));
        SendResult result;
        try {
            result = transport.attempt(sending.smtp(), password, message).run();
        } finally {
            if (password != null) {
                password.clear();
            }
        }
        if (result instanceof SendResult.Failed) {
            accounts.forgetPendingCode(account.id());
        }
        return result;
    }

    /**
     * Confirms the address with the code received.
     *
     * @throws MissiveException {@code accounts.verify.noCode}, {@code .expired}, {@code .wrongCode}
     *         or {@code .tooManyFailures}
     */
    public Account verify(User actor, String accountName, String code) {
        UserService.requireAdmin(actor);
        Account account = institution(actor, accountName);
        if (account.verified()) {
            return account;
        }
        AccountStore.PendingCode pending = accounts.pendingCode(account.id())
                .orElseThrow(() -> new MissiveException(UserMessage.of("accounts.verify.noCode", account.name())));
        Instant now = clock.instant();
        if (now.isAfter(pending.expiresAt())) {
            accounts.forgetPendingCode(account.id());
            throw new MissiveException(UserMessage.of("accounts.verify.expired", VALIDITY.toMinutes()));
        }
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!MessageDigest.isEqual(hash(account.id(), typed), pending.hash())) {
            if (accounts.recordFailure(account.id()) >= MAX_FAILURES) {
                accounts.forgetPendingCode(account.id());
                throw new MissiveException(UserMessage.of("accounts.verify.tooManyFailures"));
            }
            throw new MissiveException(UserMessage.of("accounts.verify.wrongCode"));
        }
        accounts.markVerified(account.id());
        return account.withVerified(true);
    }

    private Account institution(User actor, String name) {
        Account account = accountService.require(actor, name);
        if (!account.isInstitution()) {
            throw new MissiveException(UserMessage.of("accounts.verify.personal", account.name()));
        }
        return account;
    }

    /** Bound to the account, so a code read for one account is worth nothing for another. */
    private static byte[] hash(long accountId, String code) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest((accountId + ":" + code).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
