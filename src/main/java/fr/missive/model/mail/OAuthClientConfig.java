package fr.missive.model.mail;

import java.net.URI;
import java.util.Objects;

/**
 * The application the school registered with its provider, as the administrator entered it.
 * The client secret (Google desktop clients) is not part of it: it is kept in the secret store.
 *
 * @param tenant the Microsoft directory (its domain or ID); null for Google, or for "organizations"
 */
public record OAuthClientConfig(OAuthProvider provider, String clientId, String tenant,
                                URI authorizationEndpoint, URI tokenEndpoint) {

    public OAuthClientConfig {
        Objects.requireNonNull(provider, "provider");
        clientId = clientId == null ? "" : clientId.strip();
        if (clientId.isEmpty() || HeaderText.hasForbiddenCharacter(clientId)) {
            throw new IllegalArgumentException("a client ID is required");
        }
        tenant = tenant == null || tenant.isBlank() ? null : tenant.strip();
        Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
    }

    /** The provider's real endpoints. */
    public static OAuthClientConfig of(OAuthProvider provider, String clientId, String tenant) {
        return new OAuthClientConfig(provider, clientId, tenant, provider.authorizationEndpoint(tenant),
                provider.tokenEndpoint(tenant));
    }
}
