package fr.missive.app.outbox;

import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.SendingResolver;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.users.PasswordHasher;
import fr.missive.app.users.UserDraft;
import fr.missive.app.users.UserService;
import fr.missive.mail.MimeBuilder;
import fr.missive.mail.SmtpMailTransport;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.RetryPolicy;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.accounts.JdbcAccountStore;
import fr.missive.store.accounts.JdbcProfileStore;
import fr.missive.store.accounts.JdbcWorkstationStore;
import fr.missive.store.db.Database;
import fr.missive.store.db.PcIdentity;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.outbox.JdbcOutboxStore;
import fr.missive.store.secrets.AesGcmSecretStore;
import fr.missive.store.secrets.SecretKeyFile;
import fr.missive.store.users.JdbcUserStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The outbox over a real database in a temporary folder and the real SMTP transport, with an
 * administrator and one account ("Secrétariat") on a loopback server without sign-in; retries
 * come quickly so a test can watch several.
 */
final class OutboxFixture implements AutoCloseable {

    /** Retries after 100 ms, doubling up to 400 ms, for a minute. */
    static final RetryPolicy QUICK = new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(400),
            Duration.ofMinutes(1));

    static final String ACCOUNT = "Secrétariat";

    final Database db;
    final JdbcOutboxStore store;
    final DeliveryWorker worker;
    final OutboxService outbox;
    final User admin;
    final JdbcAccountStore accountStore;
    final SendingResolver resolver;
    final SmtpMailTransport transport;

    OutboxFixture(Path folder, int smtpPort, RetryPolicy retry) {
        this(folder, new SmtpDraft("127.0.0.1", smtpPort, Security.NONE, null, null, null, false, null), retry);
    }

    /** With the account's own server settings as the wizard would give them. */
    OutboxFixture(Path folder, SmtpDraft smtp, RetryPolicy retry) {
        this(folder, smtp, retry, new ProviderLimits(new ProviderPresets()));
    }

    OutboxFixture(Path folder, SmtpDraft smtp, RetryPolicy retry, ProviderLimits limits) {
        this(folder, smtp, retry, limits, Clock.systemUTC());
    }

    /** With the providers' limits and the clock the outbox's pace is reckoned by. */
    OutboxFixture(Path folder, SmtpDraft smtp, RetryPolicy retry, ProviderLimits limits, Clock clock) {
        db = TestDatabases.open(folder);
        SecureRandom random = new SecureRandom();
        AesGcmSecretStore secrets = new AesGcmSecretStore(db, new SecretKeyFile(folder).loadOrCreate(random), random);
        JdbcProfileStore profiles = new JdbcProfileStore(db);
        JdbcUserStore users = new JdbcUserStore(db);
        accountStore = new JdbcAccountStore(db);
        resolver = new SendingResolver(new JdbcWorkstationStore(db), profiles, secrets);
        transport = new SmtpMailTransport();
        AccountService accounts = new AccountService(accountStore, profiles, users, secrets, resolver, transport);
        admin = users.save(new UserService(users, new PasswordHasher(1_000))
                .prepareNew(new UserDraft("Claire Martin", "claire@college-test.fr", Role.ADMIN, null)));
        accounts.saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, ACCOUNT, "secretariat@college-test.fr",
                SettingsSource.OWN, null, smtp, null, false, List.of(), null));
        store = new JdbcOutboxStore(db);
        worker = new DeliveryWorker(store, accountStore, resolver, transport, limits, Clock.systemUTC(), retry);
        outbox = new OutboxService(accounts, resolver, store, new MimeBuilder(), clock, worker,
                new MessageSizeLimit(limits));
    }

    /** Another worker on the same outbox, as another PC of the school (its own id) would run it. */
    DeliveryWorker anotherPc(ProviderLimits limits, Clock clock) {
        return new DeliveryWorker(store, accountStore, resolver, transport, limits, clock, OutboxFixture.QUICK,
                DeliveryWorker.AfterSent.NONE, OutboxHolder.thisProcess(PcIdentity.newId()));
    }

    /** A hook that adds to {@code told} the id of each message recorded as sent, and does nothing else. */
    static DeliveryWorker.AfterSent telling(List<Long> told) {
        return new DeliveryWorker.AfterSent() {
            @Override
            public void sent(long messageId, long accountId) {
                told.add(messageId);
            }

            @Override
            public void workPending() {
            }
        };
    }

    /** Queues one message to each of {@code count} pupils' families; returns the ids. */
    List<Long> queue(int count) {
        List<MailContent> messages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            messages.add(MailContent.plain(List.of(EmailAddress.parse("famille" + i + "@college-test.fr")),
                    "Bulletin n° " + i, "Bonjour,\nvoici le bulletin.\n", List.of()));
        }
        return outbox.queue(admin, ACCOUNT, messages);
    }

    OutboxEntry entry(long id) {
        return store.find(id).orElseThrow();
    }

    List<OutboxEntry> entries() {
        return store.list(100_000);
    }

    long count(Predicate<OutboxEntry> which) {
        return entries().stream().filter(which).count();
    }

    long inState(OutboxState state) {
        return count(e -> e.state() == state);
    }

    @Override
    public void close() {
        worker.stop(Duration.ofSeconds(10));
        db.close();
    }
}
