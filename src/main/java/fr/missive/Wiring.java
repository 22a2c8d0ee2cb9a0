package fr.missive;

import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.outbox.OutboxUseCases;
import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.AccountVerification;
import fr.missive.app.accounts.DetectSettings;
import fr.missive.app.accounts.ProfileService;
import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.SendingResolver;
import fr.missive.app.accounts.ServerChecks;
import fr.missive.app.accounts.TestSending;
import fr.missive.app.accounts.WorkstationSettingsService;
import fr.missive.app.backup.BackupService;
import fr.missive.app.compose.DocumentSending;
import fr.missive.app.compose.EmailSending;
import fr.missive.app.compose.MessageTemplateService;
import fr.missive.app.changes.Changes;
import fr.missive.app.contacts.ContactService;
import fr.missive.app.contacts.importing.ContactImporter;
import fr.missive.app.contacts.importing.CsvInspector;
import fr.missive.app.institution.InstitutionService;
import fr.missive.app.letters.LetterBatch;
import fr.missive.app.letters.LetterComposer;
import fr.missive.app.letters.LetterFiles;
import fr.missive.app.letters.LetterPreview;
import fr.missive.app.letters.LetterTemplateService;
import fr.missive.app.letters.mailing.DocumentMailings;
import fr.missive.app.letters.mailing.InterruptedMailings;
import fr.missive.app.letters.mailing.LetterMailing;
import fr.missive.app.letters.mailing.MailingJournal;
import fr.missive.app.letters.mailing.MailingMemory;
import fr.missive.app.outbox.DeliveryWorker;
import fr.missive.app.outbox.OutboxHolder;
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
import fr.missive.render.HtmlMailBodyRenderer;
import fr.missive.render.PdfLetterRenderer;
import fr.missive.mail.ImapSentCopier;
import fr.missive.mail.JndiMxLookup;
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
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.ServerConnection;
import fr.missive.store.secrets.PassphraseSeal;
import fr.missive.store.secrets.SchoolKeyHandover;
import fr.missive.app.shared.SharedDatabaseService;
import fr.missive.store.institution.JdbcInstitutionStore;
import fr.missive.store.letters.JdbcTemplateStore;
import fr.missive.store.outbox.JdbcMailingPlanStore;
import fr.missive.store.outbox.DeliveryJournal;
import fr.missive.store.outbox.SentMarkLog;
import fr.missive.store.outbox.ServerSentMarks;
import fr.missive.store.outbox.JdbcOutboxStore;
import fr.missive.store.db.PcIdentity;
import fr.missive.app.oauth.OAuthAccounts;
import fr.missive.app.oauth.OAuthClients;
import fr.missive.mail.oauth.AuthorizationCodeFlow;
import fr.missive.mail.oauth.TokenEndpoint;
import fr.missive.store.secrets.AesGcmSecretStore;
import fr.missive.store.sentlog.JdbcSentLogStore;
import fr.missive.store.secrets.SecretStore;
import fr.missive.store.settings.JdbcSettingsStore;
import fr.missive.store.signatures.JdbcSignatureStore;
import fr.missive.store.users.JdbcUserStore;
import fr.missive.app.sandbox.DemoData;
import fr.missive.app.sandbox.DemoMailbox;
import fr.missive.app.sandbox.SandboxFolder;
import fr.missive.mail.MailServerPolicy;
import fr.missive.mail.catcher.MailCatcher;
import fr.missive.app.returns.BouncedLetters;
import fr.missive.app.returns.ImapMailboxOpener;
import fr.missive.app.returns.ReturnsHolder;
import fr.missive.app.returns.ReturnsRecorder;
import fr.missive.app.returns.ReturnsScan;
import fr.missive.app.returns.ReturnsService;
import fr.missive.app.returns.ReturnsUseCases;
import fr.missive.app.returns.ReturnsWatcher;
import fr.missive.app.returns.Ticker;
import fr.missive.app.returns.WatchPolicy;
import fr.missive.mail.returns.ImapReturnsMailboxes;
import fr.missive.mail.returns.ReturnReportReader;
import fr.missive.store.returns.JdbcReturnStore;
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

    /** Where the sandbox's catcher keeps the delivery reports not read yet, from one run to the next. */
    private static final String DEMO_RETURNS = "demo-returns";

    private Wiring() {
    }

    /**
     * Opens a data folder. A sandbox folder (see {@link SandboxFolder}) is always opened with its
     * mail catcher, sending nowhere else, and gets its sample school on first opening; any other
     * folder never has a catcher.
     */
    public static OpenDataFolder open(Path dataFolder, Runnable onRecovering) {
        if (!SandboxFolder.isSandbox(dataFolder)) {
            // A folder pointed at the school's shared database (see ServerConnection) opens that server.
            DatabaseTarget target = ServerConnection.load(dataFolder).<DatabaseTarget>map(ServerConnection::target)
                    .orElseGet(() -> new DatabaseTarget.Embedded(dataFolder));
            return open(dataFolder, target, onRecovering);
        }
        MailCatcher catcher = MailCatcher.start(DemoData.MAILBOXES, dataFolder.resolve(DEMO_RETURNS),
                java.time.Clock.systemUTC());
        try {
            OpenDataFolder folder = open(dataFolder, new DatabaseTarget.Embedded(dataFolder), onRecovering,
                    MailServerPolicy.onlyLoopback(Set.of(catcher.smtpPort(), catcher.imapPort())),
                    DemoMailbox.of(catcher), catcher::close);
            try {
                new DemoData(folder.setup(), folder.accounts(), folder.contacts(), folder.letters().templates(),
                        catcher).prepare();
            } catch (RuntimeException e) {
                folder.close();
                throw e;
            }
            return folder;
        } catch (RuntimeException e) {
            catcher.close();
            throw e;
        }
    }

    /**
     * Opens a data folder whose database is the target's: its own embedded one, or a PostgreSQL
     * server the school's PCs share (what belongs to this PC, as the secret key, stays in the folder).
     */
    public static OpenDataFolder open(Path dataFolder, DatabaseTarget target, Runnable onRecovering) {
        return open(dataFolder, target, onRecovering, MailServerPolicy.anyServer(), DemoMailbox.none(), () -> { });
    }

    private static OpenDataFolder open(Path dataFolder, DatabaseTarget target, Runnable onRecovering,
                                       MailServerPolicy policy, DemoMailbox demoMailbox, Runnable afterClose) {
        Database db = Database.open(target, onRecovering::run);
        // Whatever ends the JVM (window closed, Ctrl+C, log-off), the database is shut down
        // cleanly; close() is idempotent, so a normal close before is fine.
        Thread shutdownHook = new Thread(db::close, "missive-database-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        java.util.concurrent.atomic.AtomicReference<DeliveryJournal> journal = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable closer = () -> {
            DeliveryJournal opened = journal.getAndSet(null);
            if (opened != null) {
                opened.close();
            }
            db.close();
            afterClose.run();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run: nothing left to undo
            }
        };
        try {
            Shared shared = new Shared(db, dataFolder, Clock.systemDefaultZone(), policy);
            journal.set(shared.journal);
            Accounts mail = accounts(shared);
            AccountUseCases accounts = mail.useCases();
            SentCopies copies = new SentCopies(shared.accountStore, accounts.accounts(),
                    shared.sentLogStore, new ImapSentCopier(policy), shared.settings, shared.clock,
                    Duration.ofMinutes(5));
            if (shared.journal != null) {
                // Before anything reads the outbox: what a process that ended left in the journal.
                DeliveryWorker.recordLeftInJournal(shared.journal, shared.outboxStore, copies);
            }
            OutboxUseCases outbox = outbox(shared, mail, copies);
            SetupUseCases setup = setup(shared, accounts.accounts());
            ContactUseCases contacts = contacts(shared);
            // One journal of the mailings being queued, letters' and documents' alike.
            MailingJournal mailings = new MailingJournal(new JdbcMailingPlanStore(shared.db), shared.clock);
            ComposeUseCases compose = compose(shared, setup.institution(), accounts.accounts(), outbox.outbox(),
                    mailings);
            LetterUseCases letters = letters(shared, setup.institution(), accounts.accounts(), outbox.outbox(),
                    mailings, compose.documentSending());
            SentLogService sentLog = sentLog(shared, accounts.accounts(), outbox.outbox(), copies);
            Changes changes = Changes.following(db);
            // Another PC queued a mailing or ended a batch: this PC's worker joins in, or sees the
            // outbox empty, now rather than at its next planned look (up to a minute away).
            changes.whenAnnounced(Changes.Topic.OUTBOX, outbox.outbox().worker()::wake);
            return new OpenDataFolder(dataFolder, shared.clock, setup, contacts, accounts, letters, compose, outbox,
                    sentLog, demoMailbox, closer::run,
                    returns(shared, accounts.accounts(), sentLog, setup.institution()), changes);
        } catch (RuntimeException e) {
            closer.run();
            throw e;
        }
    }

    /** The delivery journal's file, beside the embedded database's own. */
    static final String JOURNAL_FILE = "outbox.journal";

    /**
     * What several feature groups use: one of each per data folder (one settings store, one
     * renderer with its image cache, one table of provider limits, one SMTP transport).
     */
    private static final class Shared {
        final Database db;
        final Path dataFolder;
        final Clock clock;
        final MailServerPolicy policy;
        final JdbcSettingsStore settings;
        final JdbcAccountStore accountStore;
        final JdbcUserStore userStore;
        final JdbcOutboxStore outboxStore;
        final JdbcSentLogStore sentLogStore;
        final JdbcContactStore contactStore;
        final PdfLetterRenderer renderer = new PdfLetterRenderer();
        final ProviderPresets presets = new ProviderPresets();
        final ProviderLimits limits = new ProviderLimits(presets);
        final SecureRandom random = new SecureRandom();
        final SmtpMailTransport transport;
        /** The durable "sent" marks of the embedded outbox; null on a shared server (see DeliveryJournal). */
        final DeliveryJournal journal;

        Shared(Database db, Path dataFolder, Clock clock, MailServerPolicy policy) {
            this.db = db;
            this.dataFolder = dataFolder;
            this.clock = clock;
            this.policy = policy;
            this.settings = new JdbcSettingsStore(db);
            this.accountStore = new JdbcAccountStore(db);
            this.userStore = new JdbcUserStore(db);
            this.outboxStore = new JdbcOutboxStore(db);
            this.sentLogStore = new JdbcSentLogStore(db);
            this.contactStore = new JdbcContactStore(db);
            this.transport = new SmtpMailTransport(policy);
            this.journal = db.isEmbedded() ? deliveryJournal(db.folder()) : null;
        }

        /**
         * The data folder's delivery journal (its marks left by a process that ended are recorded
         * once the Sent-folder copies can hear of them). A journal that cannot be made (a full
         * disk) leaves the marks to database commits, which will fail as loudly.
         */
        private static DeliveryJournal deliveryJournal(Path dataFolder) {
            Path file = dataFolder.resolve("db").resolve(JOURNAL_FILE);
            boolean existed = java.nio.file.Files.exists(file);
            try {
                return DeliveryJournal.open(file);
            } catch (fr.missive.store.db.StorageException e) {
                if (existed) {
                    throw e;
                }
                java.util.logging.Logger.getLogger(Wiring.class.getName()).warning(
                        "No delivery journal (each message sent is then one commit): " + e.getMessage());
                return null;
            }
        }
    }

    /** The account use cases, and the resolver the outbox shares with them. */
    private record Accounts(AccountUseCases useCases, SendingResolver resolver) {
    }

    private static SetupUseCases setup(Shared shared, AccountService accounts) {
        Database db = shared.db;
        // A deleted user's accounts go with them, and so must their passwords kept apart.
        UserService users = new UserService(shared.userStore, new PasswordHasher(), accounts::forgetAccountsOf);
        JdbcInstitutionStore institutionStore = new JdbcInstitutionStore(db);
        return new SetupUseCases(new FirstRunService(institutionStore, users), users,
                new InstitutionService(institutionStore), new Preferences(shared.settings),
                new BackupService(new BackupWriter(db, shared.dataFolder), shared.clock),
                new SharedDatabaseService(db, shared.dataFolder, shared.clock, shared.random,
                        new PassphraseSeal(shared.random)));
    }

    private static ContactUseCases contacts(Shared shared) {
        return new ContactUseCases(new ContactService(shared.contactStore, shared.clock), new CsvInspector(),
                new ContactImporter(shared.contactStore, shared.clock));
    }

    private static LetterUseCases letters(Shared shared, InstitutionService institution, AccountService accounts,
                                          OutboxService outbox, MailingJournal journal, DocumentMailings documents) {
        LetterComposer composer = new LetterComposer(institution, shared.clock);
        LetterBatch batch = new LetterBatch(composer, shared.renderer, 0);
        LetterFiles files = new LetterFiles(batch);
        LetterTemplateService templates = new LetterTemplateService(new JdbcTemplateStore(shared.db),
                shared.contactStore, shared.clock);
        LetterMailing mailing = new LetterMailing(composer, batch, files, shared.renderer, new HtmlMailBodyRenderer(),
                outbox, accounts, shared.limits, pupil -> shared.contactStore.guardiansOf(pupil.id()), journal);
        return new LetterUseCases(templates, composer, files, new LetterPreview(composer, shared.renderer), mailing,
                new MailingMemory(shared.settings),
                new InterruptedMailings(journal, mailing, templates, shared.contactStore::find, documents));
    }

    private static ComposeUseCases compose(Shared shared, InstitutionService institution, AccountService accounts,
                                           OutboxService outbox, MailingJournal journal) {
        EmailSending emailSending = new EmailSending(institution, outbox, shared.clock);
        JdbcSignatureStore signatures = new JdbcSignatureStore(shared.db);
        return new ComposeUseCases(new SignatureService(signatures, accounts),
                new MessageTemplateService(new JdbcMessageTemplateStore(shared.db), shared.clock), emailSending,
                new DocumentSending(emailSending, outbox, shared.limits, journal, signatures::find));
    }

    private static SentLogService sentLog(Shared shared, AccountService accounts, OutboxService outbox,
                                          SentCopies copies) {
        return new SentLogService(accounts, shared.sentLogStore, shared.outboxStore, outbox.worker(),
                new MimeReader(), new Retention(shared.settings), shared.clock, copies, outbox);
    }

    /** The returns reading: the account's INBOX over IMAP (the sandbox's catcher too), read by this process. */
    private static ReturnsUseCases returns(Shared shared, AccountService accounts, SentLogService sentLog,
                                           InstitutionService institution) {
        JdbcReturnStore store = new JdbcReturnStore(shared.db);
        ImapMailboxOpener opener = new ImapMailboxOpener(accounts, shared.accountStore,
                new ImapReturnsMailboxes(shared.policy));
        ReturnsScan scan = new ReturnsScan(store, new ReturnsRecorder(store, shared.contactStore),
                new ReturnReportReader()::read,
                opener, shared.clock, ReturnsHolder.thisProcess(), Duration.ofMinutes(5));
        ReturnsService service = new ReturnsService(shared.accountStore, accounts, store, scan);
        // IDLE where the server offers it, unless turned off with -Dmissive.returns.idle=false.
        return new ReturnsUseCases(service, new ReturnsWatcher(service, opener, Ticker.system(),
                WatchPolicy.fromSystem()),
                new BouncedLetters(sentLog, service, institution, shared.renderer));
    }

    private static Accounts accounts(Shared shared) {
        Database db = shared.db;
        SecureRandom random = shared.random;
        Clock clock = shared.clock;
        // On a shared database, the school's key as handed to this PC (replaced after a revocation).
        String pcName = db.isEmbedded() ? ""
                : ServerConnection.load(shared.dataFolder).map(ServerConnection::pcName).orElse("");
        SecretStore secrets = new AesGcmSecretStore(db,
                SchoolKeyHandover.keyFor(db, shared.dataFolder, pcName, random), random);
        JdbcProfileStore profileStore = new JdbcProfileStore(db);
        JdbcWorkstationStore workstationStore = new JdbcWorkstationStore(db);
        OAuthClients oauthClients = new OAuthClients(shared.settings, secrets);
        TokenEndpoint tokenEndpoint = new TokenEndpoint(clock, shared.policy);
        OAuthAccounts oauthAccounts = new OAuthAccounts(oauthClients, secrets, tokenEndpoint,
                new AuthorizationCodeFlow(tokenEndpoint, random), clock);
        SendingResolver resolver = new SendingResolver(workstationStore, profileStore, secrets, oauthAccounts);
        ProfileService profiles = new ProfileService(profileStore, secrets);
        SmtpMailTransport transport = shared.transport;
        AccountService accounts = new AccountService(shared.accountStore, profileStore, shared.userStore, secrets,
                resolver, transport, new JdbcInstitutionStore(db));
        WorkstationSettingsService workstation = new WorkstationSettingsService(workstationStore, profiles, secrets);
        return new Accounts(new AccountUseCases(shared.presets, profiles, workstation, accounts,
                new TestSending(accounts, resolver, transport),
                new AccountVerification(accounts, shared.accountStore, resolver, transport, clock, random),
                detect(shared.presets, shared.policy), new ServerChecks(profiles, workstation, transport),
                oauthClients, oauthAccounts), resolver);
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

    /** The worker reports each message sent to the sent log's copier, given when it is built. */
    private static OutboxUseCases outbox(Shared shared, Accounts mail, SentCopies copies) {
        SendingResolver resolver = mail.resolver();
        AccountUseCases accounts = mail.useCases();
        // The PC's id lives in its data folder, so the PCs sharing a database tell each other's claims apart.
        OutboxHolder holder = OutboxHolder.thisProcess(PcIdentity.of(shared.dataFolder));
        // The marks of a shared outbox stay in its database, where every PC finds a crashed one's.
        SentMarkLog marks = shared.db.isEmbedded() ? shared.journal
                : new ServerSentMarks(shared.outboxStore, holder.name());
        DeliveryWorker worker = new DeliveryWorker(shared.outboxStore, shared.accountStore, resolver,
                shared.transport, shared.limits, shared.clock, RetryPolicy.DEFAULT, copies, holder, marks);
        OutboxService outbox = new OutboxService(accounts.accounts(), resolver, shared.outboxStore,
                new MimeBuilder(), shared.clock, worker, new MessageSizeLimit(shared.limits));
        return new OutboxUseCases(outbox, new SignInAgain(outbox, accounts.accounts(), accounts.oauthAccounts(),
                accounts.oauthClients()));
    }
}
