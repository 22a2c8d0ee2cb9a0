package fr.missive.app.accounts;

import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import java.util.List;
import java.util.Optional;

/**
 * The settings a mail provider documents for its customers, offered pre-filled in the wizard.
 *
 * @param id          stable code name ({@code gmail}); its help text is {@code presets.<id>.help}
 * @param smtp        the recommended SMTP settings (no user: it is the address typed)
 * @param alternative another port and security the provider also accepts, or null
 * @param imapHost    the IMAP server for the Sent-folder copy (port 993, TLS)
 * @param auth        the sign-in the provider expects
 * @param domains     the address domains it serves
 * @param mxSuffixes  endings of MX host names that show a domain is hosted by it
 */
public record ProviderPreset(String id, String displayName, SmtpSettings smtp, SmtpSettings alternative,
                             String imapHost, AuthMethod auth, List<String> domains, List<String> mxSuffixes) {

    public static final int IMAP_PORT = 993;
    public static final Security IMAP_SECURITY = Security.TLS;

    public ProviderPreset {
        domains = List.copyOf(domains);
        mxSuffixes = List.copyOf(mxSuffixes);
    }

    public String helpKey() {
        return "presets." + id + ".help";
    }

    public Optional<SmtpSettings> alternativeSettings() {
        return Optional.ofNullable(alternative);
    }

    /**
     * The recommended settings, signing in with the address as user name: with OAuth2 where the
     * provider expects it (Microsoft 365, whose basic authentication is being switched off), else
     * with a password (Gmail's app password; OAuth2 stays one choice away in the form).
     */
    public SmtpSettings settingsFor(String user) {
        return auth == AuthMethod.OAUTH2 ? smtp.withPassword(user).withOAuth2() : smtp.withPassword(user);
    }

    public boolean servesMx(String mxHost) {
        return mxSuffixes.stream().anyMatch(s -> mxHost.equals(s) || mxHost.endsWith("." + s));
    }
}
