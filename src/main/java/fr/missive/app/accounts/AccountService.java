package fr.missive.app.accounts;

import fr.missive.app.Validator;
import fr.missive.app.users.PasswordHasher;
import fr.missive.app.users.UserService;
import fr.missive.i18n.Messages;
import fr.missive.mail.MailTransport;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.institution.Institution;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.users.User;
import fr.missive.store.accounts.AccountStore;
import fr.missive.store.accounts.ProfileStore;
import fr.missive.store.institution.InstitutionStore;
import fr.missive.store.secrets.SecretStore;
import fr.missive.store.users.UserStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The e-mail accounts: a user's personal account (by default on the workstation's settings),
 * the institution accounts an administrator shares with named users, and which of them a user
 * may send from. Saving comes after a successful test ({@link #testThenSave}) or after the
 * user's explicit "save anyway" ({@link #saveAnyway}).
 *
 * <p>Only an administrator creates, shares or deletes an institution account. A user it is
 * shared with may change its server settings, name and Reply-To when the administrator set a
 * secret question and the user answers it.
 */
public final class AccountService {

    private final AccountStore accounts;
    private final ProfileStore profiles;
    private final UserStore users;
    private final SecretStore secrets;
    private final SendingResolver resolver;
    private final MailTransport transport;
    private final SecretQuestions questions;
    /** The institution, whose sender name a new institution account takes; null: none (its name then). */
    private final InstitutionStore institution;

    public AccountService(AccountStore accounts, ProfileStore profiles, UserStore users, SecretStore secrets,
                          SendingResolver resolver, MailTransport transport) {
        this(accounts, profiles, users, secrets, resolver, transport, new PasswordHasher());
    }

    /** With the institution, whose sender name a new institution account takes. */
    public AccountService(AccountStore accounts, ProfileStore profiles, UserStore users, SecretStore secrets,
                          SendingResolver resolver, MailTransport transport, InstitutionStore institution) {
        this(accounts, profiles, users, secrets, resolver, transport, new PasswordHasher(), institution);
    }

    /** @param answerHasher hashes the answers to secret questions (fewer iterations in tests) */
    public AccountService(AccountStore accounts, ProfileStore profiles, UserStore users, SecretStore secrets,
                          SendingResolver resolver, MailTransport transport, PasswordHasher answerHasher) {
        this(accounts, profiles, users, secrets, resolver, transport, answerHasher, null);
    }

    private AccountService(AccountStore accounts, ProfileStore profiles, UserStore users, SecretStore secrets,
                           SendingResolver resolver, MailTransport transport, PasswordHasher answerHasher,
                           InstitutionStore institution) {
        this.institution = institution;
        this.accounts = accounts;
        this.profiles = profiles;
        this.users = users;
        this.secrets = secrets;
        this.resolver = resolver;
        this.transport = transport;
        this.questions = new SecretQuestions(accounts, answerHasher);
    }

    /** An account ready to store, and the passwords typed for its own SMTP server and its mailbox (or null). */
    private record Prepared(Account account, Password password, Password imapPassword) {
    }

    /** A test whose success saves the account. */
    public interface SaveAfterTest extends TestRun {
        /** The account, once the test succeeded and it was saved. */
        Optional<Account> saved();
    }

    /** Saves a new account without testing: the wizard's explicit "save anyway", and the command line. */
    public Account saveAnyway(User actor, AccountDraft draft) {
        return saveAnyway(actor, null, draft);
    }

    /**
     * Saves without testing, as a new account ({@code currentName} null) or as changes to the
     * named one. When changing, a null password keeps the stored one, the kind stays, and an
     * institution account whose address changed must be verified again.
     */
    public Account saveAnyway(User actor, String currentName, AccountDraft draft) {
        return saveAnyway(actor, currentName, draft, null);
    }

    /**
     * As {@link #saveAnyway(User, String, AccountDraft)}; {@code secretAnswer} is the answer to the
     * secret question of the institution account changed by a user who is not an administrator.
     */
    public Account saveAnyway(User actor, String currentName, AccountDraft draft, char[] secretAnswer) {
        return saveAnyway(actor, currentName, draft, secretAnswer, null);
    }

    /**
     * As {@link #saveAnyway(User, String, AccountDraft, char[])} for an editor that started from
     * version {@code basedOn} of the account (null: no check).
     *
     * @throws fr.missive.model.ChangedMeanwhileException when someone saved it meanwhile
     */
    public Account saveAnyway(User actor, String currentName, AccountDraft draft, char[] secretAnswer,
                              Long basedOn) {
        Prepared prepared = prepare(actor, draft, current(actor, currentName), secretAnswer);
        try {
            return store(prepared, basedOn, actor);
        } finally {
            clear(prepared);
        }
    }

    /**
     * Saves changes that need no test send ({@link ConnectionChange}): a name, sender name,
     * Reply-To, users, masking or mailbox changed, the way to the server as it was.
     *
     * @throws MissiveException {@code accounts.testRequired} when the changes need a test first
     */
    public Account saveWithoutTest(User actor, String currentName, AccountDraft draft, char[] secretAnswer) {
        return saveWithoutTest(actor, currentName, draft, secretAnswer, null);
    }

    /**
     * As {@link #saveWithoutTest(User, String, AccountDraft, char[])} for an editor that started
     * from version {@code basedOn} of the account (null: no check).
     *
     * @throws fr.missive.model.ChangedMeanwhileException when someone saved it meanwhile
     */
    public Account saveWithoutTest(User actor, String currentName, AccountDraft draft, char[] secretAnswer,
                                   Long basedOn) {
        Account current = require(actor, currentName);
        String profileName = current.profileId() == null ? null
                : profiles.find(current.profileId()).map(p -> p.name()).orElse(null);
        if (ConnectionChange.needsTest(current, profileName, draft)) {
            AccountValidation.wipe(secretAnswer);
            if (draft.smtp() != null) {
                AccountValidation.wipe(draft.smtp().password());
            }
            throw new MissiveException(UserMessage.of("accounts.testRequired"));
        }
        return saveAnyway(actor, currentName, draft, secretAnswer, basedOn);
    }

    /**
     * Prepares a test of the account's settings (with the password typed, else the stored one of
     * its profile or of the workstation) that saves the account only when the server accepted
     * the test message.
     *
     * @param to the recipient of the test message, or null for the account's own address
     */
    public SaveAfterTest testThenSave(User actor, AccountDraft draft, String to, Messages messages) {
        return testThenSave(actor, null, draft, to, messages);
    }

    /** As {@link #testThenSave(User, AccountDraft, String, Messages)}, for changes to the named account. */
    public SaveAfterTest testThenSave(User actor, String currentName, AccountDraft draft, String to,
                                      Messages messages) {
        return testThenSave(actor, currentName, draft, null, to, messages);
    }

    /** As {@link #testThenSave(User, String, AccountDraft, String, Messages)}, with the answer to the secret question. */
    public SaveAfterTest testThenSave(User actor, String currentName, AccountDraft draft, char[] secretAnswer,
                                      String to, Messages messages) {
        return testThenSave(actor, currentName, draft, secretAnswer, null, to, messages);
    }

    /**
     * As {@link #testThenSave(User, String, AccountDraft, char[], String, Messages)} for an editor
     * that started from version {@code basedOn} of the account (null: no check); the run then
     * throws {@link fr.missive.model.ChangedMeanwhileException} after the test when someone
     * saved the account meanwhile.
     */
    public SaveAfterTest testThenSave(User actor, String currentName, AccountDraft draft, char[] secretAnswer,
                                      Long basedOn, String to, Messages messages) {
        Prepared prepared = prepare(actor, draft, current(actor, currentName), secretAnswer);
        EmailAddress recipient = to == null || to.isBlank() ? prepared.account().address()
                : AccountValidation.address("to", to);
        ResolvedSending sending = resolver.resolve(prepared.account());
        Password password = prepared.password() != null ? Password.of(prepared.password().reveal())
                : resolver.password(sending);
        TestRun test = TestSending.run(transport, sending.smtp(), password, sending.sender(), recipient, messages);
        return new SaveAfterTest() {
            private volatile Account saved;

            @Override
            public SendResult run() {
                try {
                    SendResult result = test.run();
                    if (result instanceof SendResult.Sent) {
                        saved = store(prepared, basedOn, actor);
                        rememberAdvertisedMaxSize(saved, result);
                    }
                    return result;
                } finally {
                    clear(prepared);
                }
            }

            @Override
            public void cancel() {
                test.cancel();
            }

            @Override
            public Optional<Account> saved() {
                return Optional.ofNullable(saved);
            }
        };
    }

    /** The accounts the user may see and manage: their own and those shared with them; an administrator sees every account. */
    public List<Account> list(User actor) {
        return accounts.findAll().stream().filter(a -> actor.isAdmin() || a.usableBy(actor.id())).toList();
    }

    /**
     * The accounts a message may be sent from by this user, as the send dialogs offer them: their own
     * and those shared with them, by name. An administrator too sends only from those.
     */
    public List<Account> sendersFor(User actor) {
        return accounts.findAll().stream().filter(a -> a.usableBy(actor.id())).toList();
    }

    /** What to preselect when the user writes: an authorised, verified institution account, else the personal one. */
    public Optional<Account> preferredFor(User actor) {
        List<Account> usable = sendersFor(actor);
        return usable.stream().filter(a -> a.isInstitution() && a.verified()).min(Comparator.comparing(Account::name))
                .or(() -> usable.stream().filter(a -> !a.isInstitution()).findFirst());
    }

    /** The account by name, when the actor may use it (administrators may reach all). */
    public Account require(User actor, String name) {
        Account account = accounts.findByName(name == null ? "" : name)
                .orElseThrow(() -> new MissiveException(UserMessage.of("accounts.notFound", name)));
        if (!actor.isAdmin() && !account.usableBy(actor.id())) {
            throw new MissiveException(UserMessage.of("accounts.notFound", name));
        }
        return account;
    }

    /** Remembers the SIZE the account's server advertised to a test sending, for the next messages' check. */
    public void rememberAdvertisedMaxSize(Account account, SendResult result) {
        if (result instanceof SendResult.Sent sent && sent.advertisedMaxSize() > 0) {
            accounts.rememberAdvertisedMaxSize(account.id(), sent.advertisedMaxSize(), Instant.now());
        }
    }

    /** The largest message the account's server advertised (EHLO SIZE), when a sending saw it. */
    public OptionalLong advertisedMaxSize(Account account) {
        return accounts.advertisedMaxSize(account.id());
    }

    /**
     * The account, when the actor may send real mail from it now: it must be theirs or be shared
     * with them (administrators included), and an institution account must be verified.
     */
    public Account requireSendable(User actor, String name) {
        Account account = require(actor, name);
        if (!account.usableBy(actor.id())) {
            throw new MissiveException(UserMessage.of("accounts.notFound", name));
        }
        if (!account.verified()) {
            throw new MissiveException(UserMessage.of("accounts.notVerified", account.name()));
        }
        return account;
    }

    /** The names of the users authorised on an institution account, for lists and tooltips. */
    public List<String> userNames(Account account) {
        return account.sortedUserIds().stream().map(users::find).flatMap(Optional::stream).map(User::name).toList();
    }

    public Optional<String> ownerName(Account account) {
        return account.ownerId() == null ? Optional.empty() : users.find(account.ownerId()).map(User::name);
    }

    /**
     * Turns an institution account used by exactly one user into that user's personal account
     * (administrators only): its settings, password and address stay.
     */
    public Account makePersonal(User actor, String name) {
        UserService.requireAdmin(actor);
        Account account = require(actor, name);
        if (!account.isInstitution() || account.userIds().size() != 1) {
            throw new MissiveException(UserMessage.of("accounts.notSingleUser", account.name()));
        }
        Long owner = account.userIds().iterator().next();
        Account personal = accounts.save(new Account(account.id(), AccountKind.PERSONAL, account.name(),
                account.address(), owner, account.source(), account.profileId(), account.smtp(), account.replyTo(),
                account.maskRecipients(), true, Set.of(), account.imap(), account.senderName()));
        // The question guarded a shared account; its only user now owns it.
        accounts.saveSecretQuestion(account.id(), null);
        return personal;
    }

    public void delete(User actor, String name) {
        Account account = require(actor, name);
        if (account.isInstitution()) {
            UserService.requireAdmin(actor);
        }
        accounts.delete(account.id());
        forgetSecrets(account.id());
    }

    /**
     * Deletes the personal accounts of a user about to be deleted, with their stored passwords:
     * the database would drop the accounts with the user, but not the secrets kept apart. The
     * caller has checked that the user may be deleted.
     */
    public void forgetAccountsOf(User removed) {
        for (Account account : accounts.findAll()) {
            if (!account.isInstitution() && removed.id().equals(account.ownerId())) {
                accounts.delete(account.id());
                forgetSecrets(account.id());
            }
        }
    }

    /**
     * Sets the secret question of an institution account, which a user who is not an
     * administrator must answer to change it (administrators only). A blank question removes it.
     * The answer is kept only as a salted hash, case and accents ignored; the array is wiped.
     */
    public void setSecretQuestion(User actor, String accountName, String question, char[] answer) {
        try {
            UserService.requireAdmin(actor);
            Account account = require(actor, accountName);
            if (!account.isInstitution()) {
                throw new MissiveException(UserMessage.of("accounts.secretQuestionPersonal", account.name()));
            }
            questions.set(account.id(), question, answer);
        } finally {
            AccountValidation.wipe(answer);
        }
    }

    /** The secret question of an account the actor may use, if one is set. */
    public Optional<String> secretQuestion(User actor, String accountName) {
        return questions.question(require(actor, accountName).id());
    }

    /**
     * Checks the answer to the secret question of an institution account before a user who is not
     * an administrator changes it; the array is wiped.
     *
     * @throws fr.missive.app.ValidationException on {@code secretAnswer} when the answer is wrong
     */
    public void checkSecretAnswer(User actor, String accountName, char[] answer) {
        questions.check(require(actor, accountName), answer);
    }

    /** True when the actor may change the account: theirs, an administrator, or a shared one with a secret question. */
    public boolean mayChange(User actor, Account account) {
        if (actor.isAdmin() || !account.isInstitution()) {
            return actor.isAdmin() || account.usableBy(actor.id());
        }
        return account.usableBy(actor.id()) && questions.question(account.id()).isPresent();
    }

    /**
     * Trusts a server's certificate for its host name, on every port (administrators only), after
     * the administrator compared its fingerprint with the one the provider or IT staff gave: the
     * SMTP sending and the IMAP copy of every account on that host then accept exactly that
     * certificate, and still check any other one the usual way.
     */
    public void trustCertificate(User actor, String host, int port, String fingerprint) {
        UserService.requireAdmin(actor);
        Validator v = new Validator();
        if (fingerprint == null || !CertificateFingerprint.isValid(fingerprint)) {
            v.add("pinnedCertificate", UserMessage.of("accounts.badFingerprint"));
        }
        v.throwIfInvalid();
        accounts.pinCertificate(host, port, CertificateFingerprint.parse(fingerprint));
    }

    private void forgetSecrets(long accountId) {
        secrets.delete(SecretNames.account(accountId));
        secrets.delete(SecretNames.accountImap(accountId));
    }

    /** The account as stored now, with the version a later save names; empty when the actor may not reach it. */
    public Optional<fr.missive.model.Versioned<Account>> findForEditing(User actor, String name) {
        Account found = require(actor, name);
        // The version first: a save in between makes the next save refused, never silently lost.
        Optional<fr.missive.model.RecordVersion> version = accounts.versionOf(found.id());
        return version.flatMap(v -> accounts.find(found.id()).map(a -> new fr.missive.model.Versioned<>(a, v)));
    }

    private Account store(Prepared prepared, Long basedOn, User actor) {
        Account saved = accounts.save(prepared.account(), basedOn, actor.name());
        if (prepared.password() != null) {
            secrets.put(SecretNames.account(saved.id()), prepared.password());
        } else if (saved.source() != SettingsSource.OWN) {
            // Moved to the workstation's or a profile's server: its own password is of no use any more.
            secrets.delete(SecretNames.account(saved.id()));
        }
        if (prepared.imapPassword() != null) {
            secrets.put(SecretNames.accountImap(saved.id()), prepared.imapPassword());
        } else if (saved.imap() == null) {
            secrets.delete(SecretNames.accountImap(saved.id()));
        }
        return saved;
    }

    /** True when a password is stored for the account's mailbox (it is never shown). */
    public boolean hasImapPassword(Account account) {
        return account.id() != null && secrets.has(SecretNames.accountImap(account.id()));
    }

    /**
     * The password to sign in to the account's mailbox: its own IMAP password, else the
     * account's SMTP password (most providers use one password for both). The caller clears it.
     */
    public Optional<Password> imapPassword(Account account) {
        Optional<Password> own = secrets.get(SecretNames.accountImap(account.id()));
        return own.isPresent() ? own : secrets.get(SecretNames.account(account.id()));
    }

    /** True when the account's server signs in with OAuth2: its mailbox then takes the access token (XOAUTH2). */
    public boolean signsInWithOAuth2(Account account) {
        return resolver.settings(account).auth() == AuthMethod.OAUTH2;
    }

    /**
     * What signs in to the account's mailbox: the current OAuth2 access token for an OAuth2
     * account (refreshed when about to expire), else {@link #imapPassword}.
     *
     * @throws fr.missive.app.oauth.SignInRequiredException when an OAuth2 account must be signed in again
     */
    public Optional<Password> mailboxSecret(Account account) {
        if (signsInWithOAuth2(account)) {
            return Optional.ofNullable(resolver.password(resolver.resolve(account)));
        }
        return imapPassword(account);
    }

    /** The account being changed, or null for a new one. */
    private Account current(User actor, String currentName) {
        return currentName == null ? null : require(actor, currentName);
    }

    /** Checks a draft, for a new account ({@code current} null) or for changes to {@code current}. */
    private Prepared prepare(User actor, AccountDraft draft, Account current, char[] secretAnswer) {
        try {
            AccountKind kind = current != null ? current.kind()
                    : draft.kind() == null ? AccountKind.PERSONAL : draft.kind();
            // A user it is shared with may change an institution account by answering its secret question.
            boolean sharedChange = kind == AccountKind.INSTITUTION && current != null && !actor.isAdmin();
            if (sharedChange) {
                questions.check(current, secretAnswer);
            } else if (kind == AccountKind.INSTITUTION) {
                UserService.requireAdmin(actor);
            }
            Long id = current == null ? null : current.id();
            Validator v = new Validator();
            AccountValidation.headerName(v, "name", draft.name(), 200);
            if (draft.name() != null && !draft.name().isBlank()) {
                accounts.findByName(draft.name()).filter(a -> !a.id().equals(id))
                        .ifPresent(a -> v.add("name", UserMessage.of("accounts.nameTaken", a.name())));
            }
            v.require("address", draft.address());
            EmailAddress address = v.optionalEmail("address", draft.address());
            EmailAddress replyTo = v.optionalEmail("replyTo", draft.replyTo());
            SettingsSource source = draft.source() == null ? SettingsSource.WORKSTATION : draft.source();
            Long profileId = null;
            SmtpSettings smtp = null;
            if (source == SettingsSource.PROFILE) {
                profileId = profiles.findByName(draft.profileName() == null ? "" : draft.profileName())
                        .map(p -> p.id()).orElse(null);
                if (profileId == null) {
                    v.add("profile", UserMessage.of("accounts.profileNotFound", draft.profileName()));
                }
            } else if (source == SettingsSource.OWN) {
                smtp = AccountValidation.settings(v, draft.smtp(),
                        actor.isAdmin() || keepsExceptions(current, draft.smtp()));
                if (smtp != null && smtp.pinnedCertificate() == null) {
                    // A certificate already trusted for this host serves this account too.
                    smtp = smtp.withPinnedCertificate(accounts.pinnedCertificate(smtp.host(), smtp.port()).orElse(null));
                }
                boolean stored = id != null && secrets.has(SecretNames.account(id));
                if (smtp != null && smtp.auth() == AuthMethod.PASSWORD && !AccountValidation.hasPassword(draft.smtp())
                        && !stored) {
                    v.add("password", UserMessage.of("accounts.passwordRequired"));
                }
            }
            ImapSettings imap = current == null ? null : current.imap();
            if (draft.imap() != null) {
                imap = AccountValidation.imap(v, draft.imap());
            }
            boolean maskRecipients = draft.maskRecipients();
            Long ownerId = null;
            Set<Long> userIds = new HashSet<>();
            if (sharedChange) {
                // Who shares the account and how it sends are the administrator's to decide.
                userIds.addAll(current.userIds());
                maskRecipients = current.maskRecipients();
                if (address != null && !address.equals(current.address())) {
                    v.add("address", UserMessage.of("users.adminOnly"));
                }
            } else if (kind == AccountKind.PERSONAL) {
                ownerId = current != null && (draft.ownerName() == null || draft.ownerName().isBlank())
                        ? current.ownerId() : owner(actor, draft.ownerName(), v);
            } else {
                for (String userName : draft.userNames() == null ? List.<String>of() : draft.userNames()) {
                    users.findByName(userName).ifPresentOrElse(u -> userIds.add(u.id()),
                            () -> v.add("users", UserMessage.of("signin.unknownUser", userName)));
                }
            }
            String senderName = draft.senderName();
            if (senderName != null && !senderName.isBlank()) {
                AccountValidation.headerName(v, "senderName", senderName, 200);
            } else if (current != null) {
                senderName = current.senderName();
            }
            v.throwIfInvalid();
            if (senderName == null || senderName.isBlank()) {
                senderName = defaultSenderName(kind, ownerId, draft.name());
            }
            // A changed address must be proved again: the code went to the old one.
            boolean verified = current != null && current.verified() && current.address().equals(address);
            Account account = new Account(id, kind, draft.name(), address, ownerId, source, profileId, smtp,
                    replyTo, maskRecipients, verified, userIds, imap, senderName);
            Password password = source == SettingsSource.OWN && AccountValidation.hasPassword(draft.smtp())
                    ? Password.of(draft.smtp().password()) : null;
            Password imapPassword = imap != null && AccountValidation.hasPassword(draft.imap())
                    ? Password.of(draft.imap().password()) : null;
            return new Prepared(account, password, imapPassword);
        } finally {
            if (draft.smtp() != null && draft.smtp().password() != null) {
                Arrays.fill(draft.smtp().password(), '\0');
            }
            if (draft.imap() != null) {
                AccountValidation.wipe(draft.imap().password());
            }
            AccountValidation.wipe(secretAnswer);
        }
    }

    /**
     * True when the draft asks for no exception to the server checks (a password in clear, a
     * pinned certificate) beyond those an administrator already made for this account's server:
     * its user may then change the rest.
     */
    private static boolean keepsExceptions(Account current, SmtpDraft draft) {
        SmtpSettings stored = current == null ? null : current.smtp();
        if (stored == null || draft == null || draft.host() == null || !stored.host().equalsIgnoreCase(draft.host().strip())
                || draft.port() == null || stored.port() != draft.port()) {
            return false;
        }
        boolean plainKept = !draft.allowPlainPassword() || stored.allowPlainPassword();
        String pin = draft.pinnedCertificate();
        boolean pinKept = pin == null || pin.isBlank()
                || stored.pinnedCertificate() != null && stored.pinnedCertificate().hex().equalsIgnoreCase(pin.strip());
        return plainKept && pinKept;
    }

    /**
     * The name recipients see for a new account, unless one is typed: the institution's sender
     * name (the first-run wizard's) for an institution account, its owner's name for a personal one.
     */
    public String defaultSenderName(AccountKind kind, Long ownerId, String accountName) {
        if (kind == AccountKind.INSTITUTION) {
            return institution == null ? accountName
                    : institution.find().map(Institution::senderName).orElse(accountName);
        }
        return ownerId == null ? accountName : users.find(ownerId).map(User::name).orElse(accountName);
    }

    /** The owner of a personal account: the actor, or another user when an administrator sets it up. */
    private Long owner(User actor, String ownerName, Validator v) {
        if (ownerName == null || ownerName.isBlank() || ownerName.strip().equalsIgnoreCase(actor.name())) {
            return actor.id();
        }
        UserService.requireAdmin(actor);
        Optional<User> owner = users.findByName(ownerName);
        if (owner.isEmpty()) {
            v.add("owner", UserMessage.of("signin.unknownUser", ownerName));
            return null;
        }
        return owner.get().id();
    }

    private static void clear(Prepared prepared) {
        if (prepared.password() != null) {
            prepared.password().clear();
        }
        if (prepared.imapPassword() != null) {
            prepared.imapPassword().clear();
        }
    }
}
