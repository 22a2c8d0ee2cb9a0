package fr.missive.app.sentlog;

import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.SendingResolver;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.outbox.DeliveryWorker;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.outbox.ProviderLimits;
import fr.missive.app.users.PasswordHasher;
import fr.missive.app.users.UserDraft;
import fr.missive.app.users.UserService;
import fr.missive.mail.BuiltMessage;
import fr.missive.mail.ImapSentCopier;
import fr.missive.mail.MimeBuilder;
import fr.missive.mail.MimeReader;
import fr.missive.mail.SmtpMailTransport;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.OutgoingMessage;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.Sender;
import fr.missive.model.outbox.MailOrigin;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.RetryPolicy;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.accounts.JdbcAccountStore;
import fr.missive.store.accounts.JdbcProfileStore;
import fr.missive.store.accounts.JdbcWorkstationStore;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.outbox.JdbcOutboxStore;
import fr.missive.store.secrets.AesGcmSecretStore;
import fr.missive.store.secrets.SecretKeyFile;
import fr.missive.store.sentlog.JdbcSentLogStore;
import fr.missive.store.settings.JdbcSettingsStore;
import fr.missive.store.users.JdbcUserStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A real database in a temporary folder with an administrator (Claire), a staff user (Paul),
 * Paul's personal account, the institution account "Secrétariat" Paul is authorised on and
 * "Direction" he is not; messages are put in the log as the delivery worker leaves them.
 */
final class SentLogFixture implements AutoCloseable {

    final Database db;
    final JdbcOutboxStore outboxStore;
    final JdbcSentLogStore store;
    final SentLogService log;
    final SentCopies copies;
    final OutboxService outbox;
    final DeliveryWorker worker;
    final AccountService accounts;
    final User admin;
    final User staff;
    final Account paul;
    final Account secretariat;
    final Account direction;
    private final MimeBuilder mime = new MimeBuilder();

    SentLogFixture(Path folder, int smtpPort) {
        this(folder, smtpPort, null);
    }

    /** With Paul's personal account reading its mail on {@code imap} (null: no IMAP settings). */
    SentLogFixture(Path folder, int smtpPort, ImapDraft imap) {
        db = TestDatabases.open(folder);
        SecureRandom random = new SecureRandom();
        AesGcmSecretStore secrets = new AesGcmSecretStore(db, new SecretKeyFile(folder).loadOrCreate(random), random);
        JdbcProfileStore profiles = new JdbcProfileStore(db);
        JdbcUserStore users = new JdbcUserStore(db);
        JdbcAccountStore accountStore = new JdbcAccountStore(db);
        SendingResolver resolver = new SendingResolver(new JdbcWorkstationStore(db), profiles, secrets);
        SmtpMailTransport transport = new SmtpMailTransport();
        accounts = new AccountService(accountStore, profiles, users, secrets, resolver, transport);
        UserService userService = new UserService(users, new PasswordHasher(1_000));
        admin = users.save(userService.prepareNew(new UserDraft("Claire Martin", "claire@college-test.fr",
                Role.ADMIN, null)));
        staff = users.save(userService.prepareNew(new UserDraft("Paul Durand", "paul@college-test.fr",
                Role.STAFF, null)));
        SmtpDraft smtp = new SmtpDraft("127.0.0.1", smtpPort, Security.NONE, null, null, null, false, null);
        paul = accounts.saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Paul", "paul@college-test.fr",
                SettingsSource.OWN, null, smtp, null, false, List.of(), "Paul Durand", imap));
        secretariat = accounts.saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, smtp, null, false, List.of("Paul Durand"),
                null));
        direction = accounts.saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, "Direction",
                "direction@college-test.fr", SettingsSource.OWN, null, smtp, null, false, List.of(), null));
        outboxStore = new JdbcOutboxStore(db);
        store = new JdbcSentLogStore(db);
        JdbcSettingsStore settings = new JdbcSettingsStore(db);
        copies = new SentCopies(accountStore, accounts, store, new ImapSentCopier(Duration.ofSeconds(5), null),
                settings, Clock.systemUTC(), Duration.ZERO);
        worker = new DeliveryWorker(outboxStore, accountStore, resolver, transport,
                new ProviderLimits(new ProviderPresets()), Clock.systemUTC(),
                new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofMinutes(1)), copies);
        outbox = new OutboxService(accounts, resolver, outboxStore, mime, Clock.systemUTC(), worker);
        log = new SentLogService(accounts, store, outboxStore, worker, new MimeReader(), new Retention(settings),
                Clock.systemUTC(), copies, outbox);
    }

    /** A message of the account that left at {@code sentAt}; returns its id. */
    long sent(Account account, String to, String subject, String body, Instant sentAt, String... attachments) {
        return sent(account, to, subject, body, sentAt, MailOrigin.NONE, attachments);
    }

    /** A message about the origin's contacts, from its letter template. */
    long sent(Account account, String to, String subject, String body, Instant sentAt, MailOrigin origin,
              String... attachments) {
        Sender sender = new Sender(account.address(), account.name(), null);
        List<Attachment> files = Arrays.stream(attachments)
                .map(name -> Attachment.pdf(name, "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))).toList();
        OutgoingMessage message = OutgoingMessage.plain(sender, List.of(EmailAddress.parse(to)), false, subject,
                body, files);
        BuiltMessage built = mime.build(message, MimeBuilder.newMessageId(account.address()), sentAt);
        long id = outboxStore.enqueue(List.of(new NewOutboxMessage(account.id(), admin.id(), built.messageId(),
                subject, built.envelopeFrom(), built.recipients(), built.bytes(), origin)), sentAt).get(0);
        outboxStore.markSending(List.of(id));
        outboxStore.markSent(id, sentAt, "250 2.0.0 Ok: queued as " + id, List.of());
        return id;
    }

    @Override
    public void close() {
        worker.stop(Duration.ofSeconds(10));
        db.close();
    }
}
