package fr.missive.app.accounts;

import fr.missive.app.Validator;
import fr.missive.app.users.UserService;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.DispatchingProfile;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.users.User;
import fr.missive.store.accounts.ProfileStore;
import fr.missive.store.secrets.SecretStore;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Dispatching profiles: named SMTP settings the administrator defines and users recover. */
public final class ProfileService {

    private final ProfileStore profiles;
    private final SecretStore secrets;

    public ProfileService(ProfileStore profiles, SecretStore secrets) {
        this.profiles = profiles;
        this.secrets = secrets;
    }

    /** Every user may see the profiles, to recover one; their passwords are never shown. */
    public List<DispatchingProfile> list() {
        return profiles.findAll();
    }

    /** True when a password is stored for the profile (it is never shown). */
    public boolean hasPassword(DispatchingProfile profile) {
        return secrets.has(SecretNames.profile(profile.id()));
    }

    public Optional<DispatchingProfile> find(String name) {
        return profiles.findByName(name);
    }

    public DispatchingProfile add(User actor, String name, SmtpDraft draft) {
        UserService.requireAdmin(actor);
        return save(null, name, draft);
    }

    public DispatchingProfile update(User actor, String currentName, String newName, SmtpDraft draft) {
        UserService.requireAdmin(actor);
        DispatchingProfile current = require(currentName);
        return save(current.id(), newName == null ? current.name() : newName, draft);
    }

    /** Who sends through a profile: the accounts by name, and whether this PC's settings are the profile's. */
    public record Usage(List<String> accounts, boolean workstation) {
        public boolean inUse() {
            return workstation || !accounts.isEmpty();
        }
    }

    public Usage usage(DispatchingProfile profile) {
        return new Usage(profiles.accountsUsing(profile.id()), profiles.usedByWorkstation(profile.id()));
    }

    /** Deletes a profile no account and not the workstation uses (administrators only); says who uses it otherwise. */
    public void delete(User actor, String name) {
        UserService.requireAdmin(actor);
        DispatchingProfile profile = require(name);
        Usage usage = usage(profile);
        if (!usage.accounts().isEmpty()) {
            throw new MissiveException(UserMessage.of("accounts.profileUsedBy", profile.name(),
                    String.join(", ", usage.accounts())));
        }
        if (usage.workstation()) {
            throw new MissiveException(UserMessage.of("accounts.profileUsedByWorkstation", profile.name()));
        }
        profiles.delete(profile.id());
        secrets.delete(SecretNames.profile(profile.id()));
    }

    /**
     * The settings of a profile as typed, checked, with the password typed or else the one stored
     * for {@code currentName}; nothing is saved.
     */
    CheckedServer forTest(String currentName, SmtpDraft draft) {
        Optional<DispatchingProfile> current = currentName == null ? Optional.empty() : profiles.findByName(currentName);
        return CheckedServer.check(draft, () -> current.flatMap(p -> secrets.get(SecretNames.profile(p.id()))));
    }

    /** The settings and stored password of a saved profile. */
    CheckedServer stored(long id) {
        DispatchingProfile profile = profiles.find(id)
                .orElseThrow(() -> new MissiveException(UserMessage.of("accounts.profileNotFound", String.valueOf(id))));
        Password password = profile.smtp().auth() == AuthMethod.NONE ? null
                : secrets.get(SecretNames.profile(id))
                        .orElseThrow(() -> new MissiveException(UserMessage.of("accounts.passwordMissing")));
        return new CheckedServer(profile.smtp(), password);
    }

    DispatchingProfile require(String name) {
        return profiles.findByName(name == null ? "" : name)
                .orElseThrow(() -> new MissiveException(UserMessage.of("accounts.profileNotFound", name)));
    }

    private DispatchingProfile save(Long id, String name, SmtpDraft draft) {
        try {
            Validator v = new Validator();
            AccountValidation.headerName(v, "name", name, 100);
            if (name != null && !name.isBlank()) {
                profiles.findByName(name).filter(p -> !p.id().equals(id))
                        .ifPresent(p -> v.add("name", UserMessage.of("accounts.profileNameTaken", p.name())));
            }
            SmtpSettings smtp = AccountValidation.settings(v, draft);
            boolean hasStored = id != null && secrets.has(SecretNames.profile(id));
            if (smtp != null && smtp.auth() != AuthMethod.NONE
                    && !AccountValidation.hasPassword(draft) && !hasStored) {
                v.add("password", UserMessage.of("accounts.passwordRequired"));
            }
            v.throwIfInvalid();
            DispatchingProfile saved = profiles.save(new DispatchingProfile(id, name, smtp));
            if (AccountValidation.hasPassword(draft)) {
                secrets.put(SecretNames.profile(saved.id()), Password.of(draft.password()));
            }
            return saved;
        } finally {
            if (draft != null && draft.password() != null) {
                Arrays.fill(draft.password(), '\0');
            }
        }
    }
}
