package fr.missive;

import fr.missive.app.Services;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.AccountVerification;
import fr.missive.app.accounts.DetectSettings;
import fr.missive.app.accounts.ProfileService;
import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.SendingResolver;
import fr.missive.app.accounts.TestSending;
import fr.missive.app.accounts.WorkstationSettingsService;
import fr.missive.app.backup.BackupService;
import fr.missive.app.contacts.ContactService;
import fr.missive.app.contacts.importing.ContactImporter;
import fr.missive.app.contacts.importing.CsvInspector;
import fr.missive.app.institution.InstitutionService;
import fr.missive.app.settings.Preferences;
import fr.missive.app.setup.FirstRunService;
import fr.missive.app.users.PasswordHasher;
import fr.missive.app.users.UserService;
import fr.missive.mail.JndiMxLookup;
import fr.missive.mail.MailTransport;
import fr.missive.mail.SmtpMailTransport;
import fr.missive.mail.SocketServerProbe;
import fr.missive.store.accounts.JdbcAccountStore;
import fr.missive.store.accounts.JdbcProfileStore;
import fr.missive.store.accounts.JdbcWorkstationStore;
import fr.missive.store.backup.BackupWriter;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import fr.missive.store.institution.JdbcInstitutionStore;
import fr.missive.store.secrets.AesGcmSecretStore;
import fr.missive.store.secrets.SecretKeyFile;
import fr.missive.store.secrets.SecretStore;
import fr.missive.store.settings.JdbcSettingsStore;
import fr.missive.store.users.JdbcUserStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Builds the object graph of one data folder: the database, its stores and the use cases on
 * top. The only place that knows every layer; dependencies go through constructors.
 */
public final class Wiring {

    private Wiring() {
    }

    public static Services open(Path dataFolder, Runnable onRecovering) {
        Database db = Database.open(dataFolder, onRecovering::run);
        // Whatever ends the JVM (window closed, Ctrl+C, log-off), the database is shut down
        // cleanly; close() is idempotent, so a normal close before is fine.
        Thread shutdownHook = new Thread(db::close, "missive-database-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Runnable closer = () -> {
            db.close();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run: nothing left to undo
            }
        };
        try {
            Clock clock = Clock.systemDefaultZone();
            UserService users = new UserService(new JdbcUserStore(db), new PasswordHasher());
            JdbcInstitutionStore institutionStore = new JdbcInstitutionStore(db);
            JdbcContactStore contactStore = new JdbcContactStore(db);
            Mail mail = mail(db, dataFolder, clock);
            return new Services(
                    dataFolder,
                    clock,
                    new FirstRunService(institutionStore, users),
                    users,
                    new InstitutionService(institutionStore),
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
                    new BackupService(new BackupWriter(db), clock));
        } catch (RuntimeException e) {
            closer.run();
            throw e;
        }
    }

    /** The e-mail account use cases, kept together so Services' constructor call stays short. */
    private record Mail(ProviderPresets presets, ProfileService profiles, WorkstationSettingsService workstation,
                        AccountService accounts, TestSending testSending, AccountVerification verification,
                        DetectSettings detect) {
    }

    private static Mail mail(Database db, Path dataFolder, Clock clock) {
        SecureRandom random = new SecureRandom();
        SecretStore secrets = new AesGcmSecretStore(db, new SecretKeyFile(dataFolder).loadOrCreate(random), random);
        MailTransport transport = new SmtpMailTransport();
        JdbcProfileStore profileStore = new JdbcProfileStore(db);
        JdbcWorkstationStore workstationStore = new JdbcWorkstationStore(db);
        JdbcAccountStore accountStore = new JdbcAccountStore(db);
        SendingResolver resolver = new SendingResolver(workstationStore, profileStore, secrets);
        ProfileService profiles = new ProfileService(profileStore, secrets);
        AccountService accounts = new AccountService(accountStore, profileStore, new JdbcUserStore(db), secrets,
                resolver, transport);
        ProviderPresets presets = new ProviderPresets();
        return new Mail(presets, profiles, new WorkstationSettingsService(workstationStore, profiles, secrets),
                accounts, new TestSending(accounts, resolver, transport),
                new AccountVerification(accounts, accountStore, resolver, transport, clock, random),
                new DetectSettings(presets, new JndiMxLookup(5_000), new SocketServerProbe()));
    }
}
