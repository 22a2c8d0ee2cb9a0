package fr.missive;

import fr.missive.app.Services;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.AccountVerification;
import fr.missive.app.accounts.DetectSettings;
import fr.missive.app.accounts.ProfileService;
import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.SendingResolver;
import fr.missive.app.accounts.ServerTests;
import fr.missive.app.accounts.TestSending;
import fr.missive.app.accounts.WorkstationSettingsService;
import fr.missive.app.backup.BackupService;
import fr.missive.app.compose.DocumentSending;
import fr.missive.app.compose.EmailSending;
import fr.missive.app.compose.MessageTemplateService;
import fr.missive.app.contacts.ContactService;
import fr.missive.app.contacts.importing.ContactImporter;
import fr.missive.app.contacts.importing.CsvInspector;
import fr.missive.app.institution.InstitutionService;
import fr.missive.app.letters.LetterBatch;
import fr.missive.app.letters.LetterComposer;
import fr.missive.app.letters.LetterPreview;
import fr.missive.app.letters.LetterTemplateService;
import fr.missive.app.letters.mailing.LetterMailing;
import fr.missive.app.outbox.DeliveryWorker;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.outbox.MessageSizeLimit;
import fr.missive.app.outbox.ProviderLimits;
import fr.missive.app.outbox.SignInAgain;
import fr.missive.app.sentlog.Retention;
import fr.missive.app.sentlog.SentCopies;
import fr.missive.app.sentlog.SentLogService;
import fr.missive.app.settings.Preferences;
import fr.missive.app.signatures.SignatureService;
import fr.missive.app.setup.FirstRunService;
import fr.missive.app.users.PasswordHasher;
import fr.missive.app.users.UserService;
import fr.missive.letters.HtmlMailBodyRenderer;
import fr.missive.letters.PdfLetterRenderer;
import fr.missive.mail.ImapSentCopier;
import fr.missive.mail.JndiMxLookup;
import fr.missive.mail.MailConnector;
import fr.missive.mail.MimeBuilder;
import fr.missive.mail.MimeReader;
import fr.missive.mail.SmtpMailTransport;
import fr.missive.mail.SocketServerProbe;
import fr.missive.model.outbox.RetryPolicy;
import fr.missive.store.accounts.JdbcAccountStore;
import fr.missive.store.accounts.JdbcProfileStore;
import fr.missive.store.accounts.JdbcWorkstationStore;
import fr.missive.store.backup.BackupWriter;
import fr.missive.store.compose.JdbcMessageTemplateStore;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import fr.missive.store.institution.JdbcInstitutionStore;
import fr.missive.store.letters.JdbcTemplateStore;
import fr.missive.store.outbox.JdbcOutboxStore;
import fr.missive.app.oauth.OAuthAccounts;
import fr.missive.app.oauth.OAuthClients;
import fr.missive.mail.oauth.AuthorizationCodeFlow;
import fr.missive.mail.oauth.TokenEndpoint;
import fr.missive.store.secrets.AesGcmSecretStore;
import fr.missive.store.sentlog.JdbcSentLogStore;
import fr.missive.store.secrets.SecretKeyFile;
import fr.missive.store.secrets.SecretStore;
import fr.missive.store.settings.JdbcSettingsStore;
import fr.missive.store.signatures.JdbcSignatureStore;
import fr.missive.store.users.JdbcUserStore;
import fr.missive.app.sandbox.DemoData;
import fr.missive.app.sandbox.DemoMailbox;
import fr.missive.app.sandbox.SandboxFolder;
import fr.missive.mail.MailServerPolicy;
import fr.missive.mail.catcher.MailCatcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds the object graph of one data folder: the database, its stores and the use cases on
 * top. The only place that knows every layer; dependencies go through constructors.
 */
public final class Wiring {

    private Wiring() {
    }

    /**
     * Opens a data folder. A sandbox folder (see {@link SandboxFolder}) is always opened with its
     * mail catcher, sending nowhere else, and gets its sample school on first opening; any other
     * folder never has a catcher.
     */
    public static Services open(Path dataFolder, Runnable onRecovering) {
        if (!SandboxFolder.isSandbox(dataFolder)) {
            return open(dataFolder, onRecovering, MailServerPolicy.anyServer(), DemoMailbox.none(), () -> { });
        }
        MailCatcher catcher = MailCatcher.start(DemoData.MAILBOXES);
        try {
            Services services = open(dataFolder, onRecovering,
                    MailServerPolicy.onlyLoopback(Set.of(catcher.smtpPort(), catcher.imapPort())),
                    DemoMailbox.of(catcher), catcher::close);
            try {
                new DemoData(services, catcher).prepare();
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
            return services;
        } catch (RuntimeException e) {
            catcher.close();
            throw e;
        }
    }

    private static Services open(Path dataFolder, Runnable onRecovering, MailServerPolicy policy,
                                 DemoMailbox demoMailbox, Runnable afterClose) {
        Database db = Database.open(dataFolder, onRecovering::run);
        // Whatever ends the JVM (window closed, Ctrl+C, log-off), the database is shut down
        // cleanly; close() is idempotent, so a normal close before is fine.
        Thread shutdownHook = new Thread(db::close, "missive-database-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Runnable closer = () -> {
            db.close();
            afterClose.run();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run: nothing left to undo
            }
        };
        try {
            Clock clock = Clock.systemDefaultZone();
            Mail mail = mail(db, dataFolder, clock, policy);
            // A deleted user's accounts go with them, and so must their passwords kept apart.
            UserService users = new UserService(new JdbcUserStore(db), new PasswordHasher(),
                    mail.accounts()::forgetAccountsOf);
            JdbcInstitutionStore institutionStore = new JdbcInstitutionStore(db);
            JdbcContactStore contactStore = new JdbcContactStore(db);
            InstitutionService institution = new InstitutionService(institutionStore);
            LetterComposer composer = new LetterComposer(institution, clock);
            LetterBatch letterBatch = new LetterBatch(composer, new PdfLetterRenderer(), 0);
            EmailSending emailSending = new EmailSending(institution, mail.outbox(), clock);
            return new Services(
                    dataFolder,
                    clock,
                    new FirstRunService(institutionStore, users),
                    users,
                    institution,
                    new ContactService(contactStore, clock),
                    new CsvInspector(),
                    new ContactImporter(contactStore, clock),
                    new Preferences(new JdbcSettingsStore(db)),
                    closer::run,
                    mail.presets(),
                    mail.profiles(),
                    mail.workstation(),
                    mail.accounts(),
                    mail.testSending(),
                    mail.verification(),
                    mail.detect(),
                    mail.serverTests(),
                    new LetterTemplateService(new JdbcTemplateStore(db), contactStore, clock),
                    composer,
                    letterBatch,
                    new LetterPreview(composer, new PdfLetterRenderer()),
                    mail.outbox(),
                    new BackupService(new BackupWriter(db), clock),
                    sentLog(db, mail, clock, policy),
                    mail.oauthClients(),
                    mail.oauthAccounts(),
                    new LetterMailing(composer, letterBatch, new PdfLetterRenderer(), new HtmlMailBodyRenderer(),
                            mail.outbox(), mail.accounts(), new ProviderLimits(mail.presets())),
                    new SignatureService(new JdbcSignatureStore(db), mail.accounts()),
                    new MessageTemplateService(new JdbcMessageTemplateStore(db), clock),
                    emailSending,
                    demoMailbox,
                    new DocumentSending(emailSending, mail.outbox(), new ProviderLimits(mail.presets())),
                    new SignInAgain(mail.outbox(), mail.accounts(), mail.oauthAccounts(), mail.oauthClients()));
        } catch (RuntimeException e) {
            closer.run();
            throw e;
        }
    }

    private static SentLogService sentLog(Database db, Mail mail, Clock clock, MailServerPolicy policy) {
        JdbcSentLogStore store = new JdbcSentLogStore(db);
        JdbcSettingsStore settings = new JdbcSettingsStore(db);
        SentCopies copies = new SentCopies(new JdbcAccountStore(db), mail.accounts(), store, new ImapSentCopier(policy),
                settings, clock, Duration.ofMinutes(5));
        mail.outbox().worker().setAfterSent(copies);
        return new SentLogService(mail.accounts(), store, new JdbcOutboxStore(db), mail.outbox().worker(),
                new MimeReader(), new Retention(settings), clock, copies, mail.outbox());
    }

    /** The e-mail account use cases, kept together so Services' constructor call stays short. */
    private record Mail(ProviderPresets presets, ProfileService profiles, WorkstationSettingsService workstation,
                        AccountService accounts, TestSending testSending, AccountVerification verification,
                        DetectSettings detect, ServerTests serverTests, OAuthClients oauthClients,
                        OAuthAccounts oauthAccounts, OutboxService outbox) {
    }

    private static Mail mail(Database db, Path dataFolder, Clock clock, MailServerPolicy policy) {
        SecureRandom random = new SecureRandom();
        SecretStore secrets = new AesGcmSecretStore(db, new SecretKeyFile(dataFolder).loadOrCreate(random), random);
        SmtpMailTransport transport = new SmtpMailTransport(policy);
        JdbcProfileStore profileStore = new JdbcProfileStore(db);
        JdbcWorkstationStore workstationStore = new JdbcWorkstationStore(db);
        JdbcAccountStore accountStore = new JdbcAccountStore(db);
        OAuthClients oauthClients = new OAuthClients(new JdbcSettingsStore(db), secrets);
        TokenEndpoint tokenEndpoint = new TokenEndpoint(clock, policy);
        OAuthAccounts oauthAccounts = new OAuthAccounts(oauthClients, secrets, tokenEndpoint,
                new AuthorizationCodeFlow(tokenEndpoint, random), clock);
        SendingResolver resolver = new SendingResolver(workstationStore, profileStore, secrets, oauthAccounts);
        ProfileService profiles = new ProfileService(profileStore, secrets);
        AccountService accounts = new AccountService(accountStore, profileStore, new JdbcUserStore(db), secrets,
                resolver, transport);
        ProviderPresets presets = new ProviderPresets();
        WorkstationSettingsService workstation = new WorkstationSettingsService(workstationStore, profiles, secrets);
        return new Mail(presets, profiles, workstation,
                accounts, new TestSending(accounts, resolver, transport),
                new AccountVerification(accounts, accountStore, resolver, transport, clock, random),
                detect(presets, policy),
                new ServerTests(profiles, workstation, transport), oauthClients, oauthAccounts,
                outbox(db, accounts, accountStore, resolver, transport, presets, clock));
    }

    /** A sandbox looks up no DNS record and probes no server but its catcher. */
    private static DetectSettings detect(ProviderPresets presets, MailServerPolicy policy) {
        if (!policy.restricted()) {
            return new DetectSettings(presets, new JndiMxLookup(5_000), new SocketServerProbe());
        }
        SocketServerProbe probe = new SocketServerProbe();
        return new DetectSettings(presets, domain -> List.of(),
                (host, port, security, timeoutMillis) -> policy.allows(host, port)
                        && probe.answers(host, port, security, timeoutMillis));
    }

    private static OutboxService outbox(Database db, AccountService accounts, JdbcAccountStore accountStore,
                                        SendingResolver resolver, MailConnector connector, ProviderPresets presets,
                                        Clock clock) {
        JdbcOutboxStore store = new JdbcOutboxStore(db);
        ProviderLimits limits = new ProviderLimits(presets);
        DeliveryWorker worker = new DeliveryWorker(store, accountStore, resolver, connector, limits, clock,
                RetryPolicy.DEFAULT);
        return new OutboxService(accounts, resolver, store, new MimeBuilder(), clock, worker,
                new MessageSizeLimit(limits));
    }
}
