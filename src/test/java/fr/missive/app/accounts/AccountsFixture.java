package fr.missive.app.accounts;

import fr.missive.app.users.PasswordHasher;
import fr.missive.app.users.UserDraft;
import fr.missive.app.users.UserService;
import fr.missive.i18n.Messages;
import fr.missive.mail.SmtpMailTransport;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.accounts.JdbcAccountStore;
import fr.missive.store.accounts.JdbcProfileStore;
import fr.missive.store.accounts.JdbcWorkstationStore;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.secrets.AesGcmSecretStore;
import fr.missive.store.secrets.SecretKeyFile;
import fr.missive.store.users.JdbcUserStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The account use cases over a real database in a temporary folder, the real secret store and
 * the real SMTP transport, with an administrator (Claire) and a staff member (Paul), and a
 * clock the test can move.
 */
final class AccountsFixture implements AutoCloseable {

    /** A clock that stays where the test puts it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Paris");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Database db;
    final MovableClock clock = new MovableClock();
    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final AesGcmSecretStore secrets;
    final JdbcAccountStore accountStore;
    final ProfileService profiles;
    final WorkstationSettingsService workstation;
    final SendingResolver resolver;
    final AccountService accounts;
    final TestSending testSending;
    final AccountVerification verification;
    final ServerChecks serverChecks;
    final UserService users;
    final User admin;
    final User paul;

    AccountsFixture(Path folder) {
        db = TestDatabases.open(folder);
        SecureRandom random = new SecureRandom();
        secrets = new AesGcmSecretStore(db, new SecretKeyFile(folder).loadOrCreate(random), random);
        JdbcProfileStore profileStore = new JdbcProfileStore(db);
        JdbcWorkstationStore workstationStore = new JdbcWorkstationStore(db);
        JdbcUserStore userStore = new JdbcUserStore(db);
        accountStore = new JdbcAccountStore(db);
        SmtpMailTransport transport = new SmtpMailTransport();
        profiles = new ProfileService(profileStore, secrets);
        workstation = new WorkstationSettingsService(workstationStore, profiles, secrets);
        resolver = new SendingResolver(workstationStore, profileStore, secrets);
        accounts = new AccountService(accountStore, profileStore, userStore, secrets, resolver, transport,
                new PasswordHasher(1_000));
        testSending = new TestSending(accounts, resolver, transport);
        verification = new AccountVerification(accounts, accountStore, resolver, transport, clock, random);
        serverChecks = new ServerChecks(profiles, workstation, transport);
        users = new UserService(userStore, new PasswordHasher(1_000), accounts::forgetAccountsOf);
        admin = userStore.save(users.prepareNew(new UserDraft("Claire Martin", "claire@college.fr", Role.ADMIN, null)));
        paul = userStore.save(users.prepareNew(new UserDraft("Paul Durand", "paul@gmail.com", Role.STAFF, null)));
    }

    @Override
    public void close() {
        db.close();
    }
}
