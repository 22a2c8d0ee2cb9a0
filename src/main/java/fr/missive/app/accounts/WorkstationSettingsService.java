package fr.missive.app.accounts;

import fr.missive.app.Validator;
import fr.missive.app.users.UserService;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.WorkstationSettings;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.users.User;
import fr.missive.store.accounts.WorkstationStore;
import fr.missive.store.secrets.SecretStore;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** This PC's e-mail settings (menu Configuration): administrators only. */
public final class WorkstationSettingsService {

    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            + "(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

    private final WorkstationStore store;
    private final ProfileService profiles;
    private final SecretStore secrets;

    public WorkstationSettingsService(WorkstationStore store, ProfileService profiles, SecretStore secrets) {
        this.store = store;
        this.profiles = profiles;
        this.secrets = secrets;
    }

    public WorkstationSettings get() {
        return store.load();
    }

    /** True when a password is stored for this PC's own server (it is never shown). */
    public boolean hasPassword() {
        return secrets.has(SecretNames.WORKSTATION);
    }

    /**
     * The server a draft of the workstation's settings names (a profile, own settings as typed, or
     * what is stored), checked, with the password typed or else the stored one; nothing is saved.
     */
    CheckedServer forTest(WorkstationDraft draft) {
        WorkstationSettings current = store.load();
        if (draft.profileName() != null) {
            return profiles.stored(profiles.require(draft.profileName()).id());
        }
        // The stored password is this PC's own server's, kept only while it has no profile.
        boolean ownStored = current.profileId() == null && current.smtp() != null;
        if (draft.smtp() != null) {
            return CheckedServer.check(draft.smtp(),
                    () -> ownStored ? secrets.get(SecretNames.WORKSTATION) : Optional.empty());
        }
        if (current.profileId() != null) {
            return profiles.stored(current.profileId());
        }
        if (current.smtp() == null) {
            throw new MissiveException(UserMessage.of("accounts.workstationNotSet"));
        }
        Password stored = current.smtp().auth() == AuthMethod.NONE ? null
                : secrets.get(SecretNames.WORKSTATION).orElse(null);
        return new CheckedServer(current.smtp(), stored);
    }

    public WorkstationSettings set(User actor, WorkstationDraft draft) {
        UserService.requireAdmin(actor);
        WorkstationSettings current = store.load();
        try {
            Validator v = new Validator();
            Long profileId = current.profileId();
            SmtpSettings smtp = current.smtp();
            if (draft.profileName() != null) {
                profileId = profiles.require(draft.profileName()).id();
                smtp = null;
            } else if (draft.smtp() != null) {
                smtp = AccountValidation.settings(v, draft.smtp());
                profileId = null;
                boolean stored = secrets.has(SecretNames.WORKSTATION);
                if (smtp != null && smtp.auth() != AuthMethod.NONE && !AccountValidation.hasPassword(draft.smtp())
                        && !stored) {
                    v.add("password", UserMessage.of("accounts.passwordRequired"));
                }
            }
            String senderName = current.senderName();
            if (draft.senderName() != null) {
                AccountValidation.headerName(v, "senderName", draft.senderName(), 200);
                senderName = draft.senderName();
            }
            EmailAddress senderAddress = draft.senderAddress() == null ? current.senderAddress()
                    : v.optionalEmail("senderAddress", draft.senderAddress());
            List<String> domains = draft.authorisedDomains() == null ? current.authorisedDomains()
                    : draft.authorisedDomains();
            for (String d : domains) {
                String domain = d.strip();
                if (!domain.isEmpty() && !DOMAIN.matcher(domain).matches()) {
                    v.add("authorisedDomains", UserMessage.of("accounts.badDomain", domain));
                }
            }
            if (!domains.isEmpty() && senderAddress == null && !v.hasErrors()) {
                v.add("senderAddress", UserMessage.of("accounts.senderAddressRequired"));
            }
            v.throwIfInvalid();
            WorkstationSettings settings = new WorkstationSettings(profileId, smtp, senderName, senderAddress, domains);
            store.save(settings);
            if (draft.smtp() != null && AccountValidation.hasPassword(draft.smtp())) {
                secrets.put(SecretNames.WORKSTATION, Password.of(draft.smtp().password()));
            }
            return settings;
        } finally {
            if (draft.smtp() != null && draft.smtp().password() != null) {
                Arrays.fill(draft.smtp().password(), '\0');
            }
        }
    }
}
