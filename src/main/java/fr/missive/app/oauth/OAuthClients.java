package fr.missive.app.oauth;

import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.mail.Password;
import fr.missive.store.secrets.SecretStore;
import fr.missive.store.settings.SettingsStore;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The applications the school registered with Microsoft and Google, entered by the
 * administrator: client ID and tenant in the settings, the client secret in the secret store.
 */
public final class OAuthClients {

    private final SettingsStore settings;
    private final SecretStore secrets;
    private final UnaryOperator<OAuthClientConfig> endpoints;

    public OAuthClients(SettingsStore settings, SecretStore secrets) {
        this(settings, secrets, UnaryOperator.identity());
    }

    /** With {@code endpoints} redirecting the provider's endpoints (tests: a server on loopback). */
    public OAuthClients(SettingsStore settings, SecretStore secrets, UnaryOperator<OAuthClientConfig> endpoints) {
        this.settings = settings;
        this.secrets = secrets;
        this.endpoints = endpoints;
    }

    /**
     * Saves the registration of one provider.
     *
     * @param clientSecret the Google desktop client's secret, or null/empty to keep none
     */
    public OAuthClientConfig save(OAuthProvider provider, String clientId, String tenant, String clientSecret) {
        saveKeepingSecret(provider, clientId, tenant);
        if (clientSecret == null || clientSecret.isBlank()) {
            secrets.delete(secretName(provider));
        } else {
            secrets.put(secretName(provider), Password.of(clientSecret.strip()));
        }
        return find(provider).orElseThrow();
    }

    /** Saves the client ID and tenant, keeping the stored client secret. */
    public OAuthClientConfig saveKeepingSecret(OAuthProvider provider, String clientId, String tenant) {
        OAuthClientConfig config = OAuthClientConfig.of(provider, clientId, tenant);
        settings.put(key(provider, "clientId"), config.clientId());
        settings.put(key(provider, "tenant"), config.tenant() == null ? "" : config.tenant());
        return find(provider).orElseThrow();
    }

    /**
     * Other endpoints than the provider's public ones: a national cloud (Microsoft's
     * login.microsoftonline.us…) or a test server. HTTPS only, except on the loopback address.
     * Null for both restores the provider's endpoints.
     */
    public void setEndpoints(OAuthProvider provider, URI authorization, URI token) {
        if (authorization == null || token == null) {
            settings.put(key(provider, "authorizationEndpoint"), "");
            settings.put(key(provider, "tokenEndpoint"), "");
            return;
        }
        for (URI uri : new URI[] {authorization, token}) {
            boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
            if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
                throw new IllegalArgumentException("an OAuth2 endpoint must use HTTPS: " + uri);
            }
        }
        settings.put(key(provider, "authorizationEndpoint"), authorization.toString());
        settings.put(key(provider, "tokenEndpoint"), token.toString());
    }

    /** The registration, or empty when the administrator has not entered one. */
    public Optional<OAuthClientConfig> find(OAuthProvider provider) {
        return settings.get(key(provider, "clientId")).filter(id -> !id.isBlank())
                .map(id -> endpoints.apply(withStoredEndpoints(OAuthClientConfig.of(provider, id,
                        settings.get(key(provider, "tenant")).orElse(null)))));
    }

    /** The providers the administrator registered an application for. */
    public List<OAuthProvider> registered() {
        return Arrays.stream(OAuthProvider.values()).filter(p -> find(p).isPresent()).toList();
    }

    private OAuthClientConfig withStoredEndpoints(OAuthClientConfig config) {
        Optional<String> authorization = settings.get(key(config.provider(), "authorizationEndpoint"))
                .filter(v -> !v.isBlank());
        Optional<String> token = settings.get(key(config.provider(), "tokenEndpoint")).filter(v -> !v.isBlank());
        if (authorization.isEmpty() || token.isEmpty()) {
            return config;
        }
        return new OAuthClientConfig(config.provider(), config.clientId(), config.tenant(),
                URI.create(authorization.get()), URI.create(token.get()));
    }

    /** The client secret, or null when there is none. */
    Password clientSecret(OAuthProvider provider) {
        return secrets.get(secretName(provider)).orElse(null);
    }

    public boolean hasClientSecret(OAuthProvider provider) {
        return secrets.has(secretName(provider));
    }

    private static String key(OAuthProvider provider, String field) {
        return "oauth." + provider.name().toLowerCase(java.util.Locale.ROOT) + "." + field;
    }

    private static String secretName(OAuthProvider provider) {
        return "oauth:" + provider.name().toLowerCase(java.util.Locale.ROOT) + ":client-secret";
    }
}
