package fr.missive.app.accounts;

import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import java.util.Locale;
import java.util.Objects;

/**
 * Which changes to an account need a successful test send before they are saved: those that
 * change how it reaches and signs in to its server — where its settings come from, the server,
 * port, security, sign-in method, user name or password — and its address (the server may refuse
 * it as sender). Its name, sender name, Reply-To, users, masking, timeout and mailbox save
 * without one: a test would prove nothing more about them. Pure: the form asks it as the user
 * types, and the use case asks it again before saving.
 */
public final class ConnectionChange {

    private ConnectionChange() {
    }

    /**
     * True when saving the draft over the stored account needs a successful test send first.
     *
     * @param current            the stored account; null for a new one (always tested)
     * @param currentProfileName the name of its profile when it recovers one, else null
     */
    public static boolean needsTest(Account current, String currentProfileName, AccountDraft draft) {
        if (current == null) {
            return true;
        }
        if (!sameAddress(current.address(), draft.address())) {
            return true;
        }
        SettingsSource source = draft.source() == null ? SettingsSource.WORKSTATION : draft.source();
        if (source != current.source()) {
            return true;
        }
        return switch (source) {
            case WORKSTATION -> false;
            case PROFILE -> !Objects.equals(strip(currentProfileName), strip(draft.profileName()));
            case OWN -> serverChanged(current.smtp(), draft.smtp());
        };
    }

    private static boolean serverChanged(SmtpSettings stored, SmtpDraft typed) {
        if (stored == null || typed == null) {
            return true;
        }
        if (typed.password() != null && typed.password().length > 0) {
            return true;
        }
        Security security = typed.security() == null ? Security.STARTTLS : typed.security();
        int port = typed.port() == null ? security.usualPort() : typed.port();
        AuthMethod auth = typed.oauth2() ? AuthMethod.OAUTH2
                : typed.user() == null || typed.user().isBlank() ? AuthMethod.NONE : AuthMethod.PASSWORD;
        boolean sameUser = auth == AuthMethod.NONE
                || Objects.equals(stored.user(), typed.user() == null ? null : typed.user().strip());
        return !lower(stored.host()).equals(lower(typed.host())) || stored.port() != port
                || stored.security() != security || stored.auth() != auth || !sameUser
                || stored.allowPlainPassword() != typed.allowPlainPassword();
    }

    private static boolean sameAddress(EmailAddress stored, String typed) {
        try {
            return typed != null && stored.equals(EmailAddress.parse(typed.strip()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
