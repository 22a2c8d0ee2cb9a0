package fr.missive.app.accounts;

import fr.missive.app.Validator;
import fr.missive.app.users.UserService;
import fr.missive.i18n.Messages;
import fr.missive.mail.MailTransport;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.users.User;
import fr.missive.store.accounts.AccountStore;
import fr.missive.store.accounts.ProfileStore;
import fr.missive.store.secrets.SecretStore;
import fr.missive.store.users.UserStore;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The e-mail accounts: a user's personal account (by default on the workstation's settings),
 * the institution accounts an administrator shares with named users, and which of them a user
 * may send from. Saving comes after a successful test ({@link #testThenSave}) or after the
 * user's explicit "save anyway" ({@link #saveAnyway}).
 */
public final class AccountService {

    private final AccountStore accounts;
    private final ProfileStore profiles;
    private final UserStore users;
    private final SecretStore secrets;
    private final SendingResolver resolver;
    private final MailTransport transport;

    public AccountService(AccountStore accounts, ProfileStore profiles, UserStore users, SecretStore secrets,
                          SendingResolver resolver, MailTransport transport) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.users = users;
        this.secrets = secrets;
        this.resolver = resolver;
        this.transport = transport;
    }

    /** An account ready to store, and the password typed for its own server (or null). */
    private record Prepared(Account account, Password password) {
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
        Prepared prepared = prepare(actor, draft, current(actor, currentName));
        try {
            return store(prepared);
        } finally {
            clear(prepared.password());
        }
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
        Prepared prepared = prepare(actor, draft, current(actor, currentName));
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
                        saved = store(prepared);
                    }
                    return result;
                } finally {
                    clear(prepared.password());
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

    /** The accounts the user may send from; an administrator sees every account. */
    public List<Account> list(User actor) {
        return accounts.findAll().stream().filter(a -> actor.isAdmin() || a.usableBy(actor.id())).toList();
    }

    /** What to preselect when the user writes: an authorised, verified institution account, else the personal one. */
    public Optional<Account> preferredFor(User actor) {
        List<Account> usable = accounts.findAll().stream().filter(a -> a.usableBy(actor.id())).toList();
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
        return accounts.save(new Account(account.id(), AccountKind.PERSONAL, account.name(), account.address(), owner,
                account.source(), account.profileId(), account.smtp(), account.replyTo(), account.maskRecipients(),
                true, Set.of()));
    }

    public void delete(User actor, String name) {
        Account account = require(actor, name);
        if (account.isInstitution()) {
            UserService.requireAdmin(actor);
        }
        accounts.delete(account.id());
        secrets.delete(SecretNames.account(account.id()));
    }

    private Account store(Prepared prepared) {
        Account saved = accounts.save(prepared.account());
        if (prepared.password() != null) {
            secrets.put(SecretNames.account(saved.id()), prepared.password());
        } else if (saved.source() != SettingsSource.OWN) {
            // Moved to the workstation's or a profile's server: its own password is of no use any more.
            secrets.delete(SecretNames.account(saved.id()));
        }
        return saved;
    }

    /** The account being changed, or null for a new one. */
    private Account current(User actor, String currentName) {
        return currentName == null ? null : require(actor, currentName);
    }

    /** Checks a draft, for a new account ({@code current} null) or for changes to {@code current}. */
    private Prepared prepare(User actor, AccountDraft draft, Account current) {
        try {
            AccountKind kind = current != null ? current.kind()
                    : draft.kind() == null ? AccountKind.PERSONAL : draft.kind();
            if (kind == AccountKind.INSTITUTION) {
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
                smtp = AccountValidation.settings(v, draft.smtp(), actor.isAdmin());
                boolean stored = id != null && secrets.has(SecretNames.account(id));
                if (smtp != null && smtp.auth() != AuthMethod.NONE && !AccountValidation.hasPassword(draft.smtp())
                        && !stored) {
                    v.add("password", UserMessage.of("accounts.passwordRequired"));
                }
            }
            Long ownerId = null;
            Set<Long> userIds = new HashSet<>();
            if (kind == AccountKind.PERSONAL) {
                ownerId = current != null && (draft.ownerName() == null || draft.ownerName().isBlank())
                        ? current.ownerId() : owner(actor, draft.ownerName(), v);
            } else {
                for (String userName : draft.userNames() == null ? List.<String>of() : draft.userNames()) {
                    users.findByName(userName).ifPresentOrElse(u -> userIds.add(u.id()),
                            () -> v.add("users", UserMessage.of("signin.unknownUser", userName)));
                }
            }
            v.throwIfInvalid();
            // A changed address must be proved again: the code went to the old one.
            boolean verified = current != null && current.verified() && current.address().equals(address);
            Account account = new Account(id, kind, draft.name(), address, ownerId, source, profileId, smtp,
                    replyTo, draft.maskRecipients(), verified, userIds);
            Password password = source == SettingsSource.OWN && AccountValidation.hasPassword(draft.smtp())
                    ? Password.of(draft.smtp().password()) : null;
            return new Prepared(account, password);
        } finally {
            if (draft.smtp() != null && draft.smtp().password() != null) {
                Arrays.fill(draft.smtp().password(), '\0');
            }
        }
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

    private static void clear(Password password) {
        if (password != null) {
            password.clear();
        }
    }
}
