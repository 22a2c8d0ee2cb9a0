package fr.missive.model.mail;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two providers whose mail servers want OAuth2 (XOAUTH2): their endpoints, the scopes
 * SMTP (and IMAP) need, and the redirect host their registration of a desktop client accepts.
 */
public enum OAuthProvider {
    /** Microsoft 365 (Entra ID, v2.0 endpoints); the tenant is the school's directory or "organizations". */
    MICROSOFT("localhost"),
    /** Google Workspace and Gmail; a desktop client has a client secret that is not really secret. */
    GOOGLE("127.0.0.1");

    private final String redirectHost;

    OAuthProvider(String redirectHost) {
        this.redirectHost = redirectHost;
    }

    /** The host of the loopback redirect URI, as registered (the listener itself binds 127.0.0.1). */
    public String redirectHost() {
        return redirectHost;
    }

    public URI authorizationEndpoint(String tenant) {
        return switch (this) {
            case MICROSOFT -> URI.create("https://login.microsoftonline.com/" + tenantOrDefault(tenant)
                    + "/oauth2/v2.0/authorize");
            case GOOGLE -> URI.create("https://accounts.google.com/o/oauth2/v2/auth");
        };
    }

    public URI tokenEndpoint(String tenant) {
        return switch (this) {
            case MICROSOFT -> URI.create("https://login.microsoftonline.com/" + tenantOrDefault(tenant)
                    + "/oauth2/v2.0/token");
            case GOOGLE -> URI.create("https://oauth2.googleapis.com/token");
        };
    }

    /** The scopes to ask for: sending, the refresh token, and reading when IMAP is set (Sent copy). */
    public List<String> scopes(boolean imap) {
        List<String> scopes = new ArrayList<>();
        switch (this) {
            case MICROSOFT -> {
                scopes.add("https://outlook.office.com/SMTP.Send");
                if (imap) {
                    scopes.add("https://outlook.office.com/IMAP.AccessAsUser.All");
                }
                scopes.add("offline_access");
            }
            case GOOGLE -> scopes.add("https://mail.google.com/");
        }
        return List.copyOf(scopes);
    }

    /** The provider that runs this SMTP server, when it is one of the two. */
    public static Optional<OAuthProvider> forSmtpHost(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (h.equals("smtp.office365.com") || h.endsWith(".outlook.com") || h.equals("smtp-mail.outlook.com")) {
            return Optional.of(MICROSOFT);
        }
        if (h.equals("smtp.gmail.com") || h.equals("smtp.googlemail.com")) {
            return Optional.of(GOOGLE);
        }
        return Optional.empty();
    }

    private static String tenantOrDefault(String tenant) {
        return tenant == null || tenant.isBlank() ? "organizations" : tenant.strip();
    }
}
