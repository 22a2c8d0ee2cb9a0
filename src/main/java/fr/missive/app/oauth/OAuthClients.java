package fr.missive.app.oauth;

import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.mail.Password;
import fr.missive.store.secrets.SecretStore;
import fr.missive.store.settings.SettingsStore;
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
        OAuthClientConfig config = OAuthClientConfig.of(provider, clientId, tenant);
        settings.put(key(provider, "clientId"), config.clientId());
        settings.put(key(provider, "tenant"), config.tenant() == null ? "" : config.tenant());
        if (clientSecret == null || clientSecret.isBlank()) {
            secrets.delete(secretName(provider));
        } else {
            secrets.put(secretName(provider), Password.of(clientSecret.strip()));
        }
        return endpoints.apply(config);
    }

    /** The registration, or empty when the administrator has not entered one. */
    public Optional<OAuthClientConfig> find(OAuthProvider provider) {
        return settings.get(key(provider, "clientId")).filter(id -> !id.isBlank())
                .map(id -> endpoints.apply(OAuthClientConfig.of(provider, id,
                        settings.get(key(provider, "tenant")).orElse(null))));
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
