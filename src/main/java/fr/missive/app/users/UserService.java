package fr.missive.app.users;

import fr.missive.app.Validator;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.users.UserStore;
import java.util.List;
import java.util.Optional;

/** The staff of this PC: who they are, their role, their password, and signing in. */
public final class UserService {

    /**
     * What else must go when a user is deleted, run once the deletion is allowed and before it:
     * the database drops the user's rows, but what is kept outside them (their accounts'
     * passwords) must be forgotten by whoever keeps it.
     */
    @FunctionalInterface
    public interface DeletionHook {
        void beforeDeleting(User user);
    }

    private final UserStore users;
    private final PasswordHasher hasher;
    private final DeletionHook deletionHook;

    public UserService(UserStore users, PasswordHasher hasher) {
        this(users, hasher, user -> { });
    }

    public UserService(UserStore users, PasswordHasher hasher, DeletionHook deletionHook) {
        this.users = users;
        this.hasher = hasher;
        this.deletionHook = deletionHook;
    }

    public List<User> list() {
        return users.findAll();
    }

    public Optional<User> find(String name) {
        return users.findByName(name);
    }

    /**
     * True when start-up must ask who is working: several users, or any password set. With one
     * user and no password, Missive opens straight on that user.
     */
    public boolean signInRequired() {
        List<User> all = users.findAll();
        return all.size() > 1 || all.stream().anyMatch(User::hasPassword);
    }

    /** The one user to open on when {@link #signInRequired()} is false. */
    public Optional<User> soleUser() {
        List<User> all = users.findAll();
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /** The only administrator, who runs command-line commands when no {@code --as} is given. */
    public Optional<User> soleAdministrator() {
        List<User> admins = users.findAll().stream().filter(User::isAdmin).toList();
        return admins.size() == 1 ? Optional.of(admins.get(0)) : Optional.empty();
    }

    /**
     * Checks the user's password (a user without one is let in) and returns the user.
     *
     * @throws MissiveException {@code signin.unknownUser} or {@code signin.wrongPassword}
     */
    public User signIn(String name, char[] password) {
        try {
            User user = users.findByName(name == null ? "" : name)
                    .orElseThrow(() -> new MissiveException(UserMessage.of("signin.unknownUser", name)));
            if (user.hasPassword() && (password == null || !hasher.matches(password, user.passwordHash()))) {
                throw new MissiveException(UserMessage.of("signin.wrongPassword", user.name()));
            }
            return user;
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    /** Validates a new user and returns it, with its password hashed, ready to store. */
    public User prepareNew(UserDraft draft) {
        Validator v = check(draft, null);
        EmailAddress email = v.optionalEmail("email", draft.email());
        v.throwIfInvalid();
        String hash = draft.password() == null || draft.password().length == 0 ? null : hasher.hash(draft.password());
        PasswordHasher.wipe(draft.password());
        return new User(null, draft.name(), email, draft.role() == null ? Role.STAFF : draft.role(), hash);
    }

    public User add(User actor, UserDraft draft) {
        requireAdmin(actor);
        return users.save(prepareNew(draft));
    }

    public User update(User actor, long id, UserDraft draft) {
        requireAdmin(actor);
        User current = users.find(id).orElseThrow(() -> new MissiveException(UserMessage.of("users.notFound")));
        Validator v = check(draft, id);
        EmailAddress email = v.optionalEmail("email", draft.email());
        Role role = draft.role() == null ? current.role() : draft.role();
        if (current.isAdmin() && role != Role.ADMIN && administratorCount() == 1) {
            v.add("role", UserMessage.of("users.lastAdministrator"));
        }
        v.throwIfInvalid();
        String hash = current.passwordHash();
        if (draft.password() != null) {
            hash = draft.password().length == 0 ? null : hasher.hash(draft.password());
            PasswordHasher.wipe(draft.password());
        }
        return users.save(new User(id, draft.name(), email, role, hash));
    }

    public void delete(User actor, long id) {
        requireAdmin(actor);
        User target = users.find(id).orElseThrow(() -> new MissiveException(UserMessage.of("users.notFound")));
        if (target.id().equals(actor.id())) {
            throw new MissiveException(UserMessage.of("users.cannotDeleteSelf"));
        }
        if (target.isAdmin() && administratorCount() == 1) {
            throw new MissiveException(UserMessage.of("users.lastAdministrator"));
        }
        deletionHook.beforeDeleting(target);
        users.delete(id);
    }

    /** Configuration is for administrators only. */
    public static void requireAdmin(User actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new MissiveException(UserMessage.of("users.adminOnly"));
        }
    }

    private long administratorCount() {
        return users.findAll().stream().filter(User::isAdmin).count();
    }

    private Validator check(UserDraft draft, Long id) {
        Validator v = new Validator().require("name", draft.name()).maxLength("name", draft.name(), 100);
        if (draft.name() != null && !draft.name().isBlank()) {
            users.findByName(draft.name()).filter(u -> !u.id().equals(id))
                    .ifPresent(u -> v.add("name", UserMessage.of("users.nameTaken", u.name())));
        }
        return v;
    }

}
