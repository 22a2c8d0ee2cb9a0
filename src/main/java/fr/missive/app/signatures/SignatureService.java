package fr.missive.app.signatures;

import fr.missive.app.Validator;
import fr.missive.app.accounts.AccountService;
import fr.missive.model.MissiveException;
import fr.missive.model.RecordVersion;
import fr.missive.model.UserMessage;
import fr.missive.model.Versioned;
import fr.missive.model.accounts.Account;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import fr.missive.store.signatures.SignatureStore;
import java.util.List;
import java.util.Optional;

/**
 * The signatures of a user and of the institution accounts they may send from. Each owner has
 * at most one default, and has one as soon as it has a signature.
 */
public final class SignatureService {

    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_IMAGE_BYTES = 512 * 1024;

    private final SignatureStore store;
    private final AccountService accounts;

    public SignatureService(SignatureStore store, AccountService accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    /** The user's own signatures, or those of the named institution account (null: the user's). */
    public List<Signature> list(User actor, String accountName) {
        if (accountName == null) {
            return store.findByUser(actor.id());
        }
        return store.findByAccount(institutionAccount(actor, accountName).id());
    }

    /** The institution accounts whose signatures the user may manage: those they send from. */
    public List<Account> institutionAccounts(User actor) {
        return accounts.list(actor).stream().filter(Account::isInstitution).toList();
    }

    public Signature save(User actor, SignatureDraft draft) {
        return save(actor, draft, null);
    }

    /**
     * The signature as stored now, with the version that {@link #save(User, SignatureDraft, Long)}
     * names (read first: a save in between makes the next save refused, never silently lost).
     */
    public Optional<Versioned<Signature>> findForEditing(User actor, long id) {
        Optional<RecordVersion> version = store.versionOf(id);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(requireOwn(actor, id), version.get()));
    }

    /**
     * Saves a signature an editor started from version {@code basedOn} (null: a new one, or an
     * overwrite the user chose).
     *
     * @throws fr.missive.model.ChangedMeanwhileException when someone saved it meanwhile
     */
    public Signature save(User actor, SignatureDraft draft, Long basedOn) {
        Validator v = new Validator();
        v.require("name", draft.name()).maxLength("name", draft.name(), MAX_NAME);
        v.maxLength("plainText", draft.plainText(), MAX_TEXT).maxLength("formattedText", draft.formattedText(), MAX_TEXT);
        if (isBlank(draft.plainText()) && isBlank(draft.formattedText())) {
            v.add("plainText", UserMessage.of("signatures.textRequired"));
        }
        if (draft.image() != null) {
            if (draft.image().length > MAX_IMAGE_BYTES) {
                v.add("image", UserMessage.of("signatures.imageTooLarge", MAX_IMAGE_BYTES / 1024));
            } else if (!"image/png".equals(draft.imageType()) && !"image/jpeg".equals(draft.imageType())) {
                v.add("image", UserMessage.of("signatures.imageType"));
            }
        }
        Long accountId = draft.accountName() == null ? null : institutionAccount(actor, draft.accountName()).id();
        List<Signature> siblings = accountId == null ? store.findByUser(actor.id()) : store.findByAccount(accountId);
        String name = draft.name() == null ? "" : draft.name().strip();
        if (siblings.stream().anyMatch(s -> s.name().equalsIgnoreCase(name) && !s.id().equals(draft.id()))) {
            v.add("name", UserMessage.of("signatures.nameTaken", name));
        }
        v.throwIfInvalid();
        if (draft.id() != null && siblings.stream().noneMatch(s -> s.id().equals(draft.id()))) {
            throw new MissiveException(UserMessage.of("signatures.notFound"));
        }
        boolean onlyOne = siblings.isEmpty() || siblings.size() == 1 && siblings.get(0).id().equals(draft.id());
        boolean wasDefault = siblings.stream().anyMatch(s -> s.id().equals(draft.id()) && s.isDefault());
        return store.save(new Signature(draft.id(), accountId == null ? actor.id() : null, accountId, name,
                strip(draft.plainText()), strip(draft.formattedText()), draft.image(), draft.imageType(),
                draft.makeDefault() || onlyOne || wasDefault), basedOn, actor.name());
    }

    public void delete(User actor, long id) {
        Signature signature = requireOwn(actor, id);
        store.delete(id);
        if (signature.isDefault()) {
            siblings(signature).stream().findFirst().ifPresent(next -> store.makeDefault(next.id()));
        }
    }

    public void makeDefault(User actor, long id) {
        requireOwn(actor, id);
        store.makeDefault(id);
    }

    /** What to put under a message sent from the account: its own default signature, else the user's. */
    public Optional<Signature> defaultFor(User actor, Account sendingAccount) {
        if (sendingAccount != null && sendingAccount.isInstitution()) {
            Optional<Signature> own = store.findByAccount(sendingAccount.id()).stream().filter(Signature::isDefault)
                    .findFirst();
            if (own.isPresent()) {
                return own;
            }
        }
        return store.findByUser(actor.id()).stream().filter(Signature::isDefault).findFirst();
    }

    /** The signatures a message from the account may carry: the account's own first, then the user's. */
    public List<Signature> choicesFor(User actor, Account sendingAccount) {
        List<Signature> mine = store.findByUser(actor.id());
        if (sendingAccount == null || !sendingAccount.isInstitution()) {
            return mine;
        }
        return java.util.stream.Stream.concat(store.findByAccount(sendingAccount.id()).stream(), mine.stream())
                .toList();
    }

    private Signature requireOwn(User actor, long id) {
        Signature signature = store.find(id).orElseThrow(() -> new MissiveException(
                UserMessage.of("signatures.notFound")));
        boolean mine = signature.userId() != null && signature.userId().equals(actor.id());
        boolean usable = signature.accountId() != null && institutionAccounts(actor).stream()
                .anyMatch(a -> a.id().equals(signature.accountId()));
        if (!mine && !usable) {
            throw new MissiveException(UserMessage.of("signatures.notFound"));
        }
        return signature;
    }

    private List<Signature> siblings(Signature s) {
        return s.userId() != null ? store.findByUser(s.userId()) : store.findByAccount(s.accountId());
    }

    private Account institutionAccount(User actor, String name) {
        Account account = accounts.require(actor, name);
        if (!account.isInstitution()) {
            throw new MissiveException(UserMessage.of("signatures.notInstitution", name));
        }
        return account;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
