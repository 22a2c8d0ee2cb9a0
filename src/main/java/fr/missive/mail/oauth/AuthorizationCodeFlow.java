package fr.missive.mail.oauth;

import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthTokens;
import fr.missive.model.mail.Password;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sign-in with the authorization-code flow, PKCE S256 and a loopback redirect (RFC 8252):
 * {@link #start} opens the listener and gives the URL for the browser; {@link Pending#finish} waits
 * for the redirect (a limited time), checks it, and exchanges the code for tokens.
 */
public final class AuthorizationCodeFlow {

    private final TokenEndpoint tokens;
    private final SecureRandom random;

    public AuthorizationCodeFlow(TokenEndpoint tokens, SecureRandom random) {
        this.tokens = tokens;
        this.random = random;
    }

    /** A sign-in waiting for the user's consent in the browser. Close it to give up. */
    public final class Pending implements AutoCloseable {
        private final OAuthClientConfig client;
        private final Password clientSecret;
        private final Pkce pkce;
        private final LoopbackRedirect redirect;
        private final String redirectUri;
        private final URI authorizationUrl;

        private Pending(OAuthClientConfig client, Password clientSecret, Pkce pkce, LoopbackRedirect redirect,
                        String redirectUri, URI authorizationUrl) {
            this.client = client;
            this.clientSecret = clientSecret;
            this.pkce = pkce;
            this.redirect = redirect;
            this.redirectUri = redirectUri;
            this.authorizationUrl = authorizationUrl;
        }

        public URI authorizationUrl() {
            return authorizationUrl;
        }

        /** The loopback listener, for tests that check it closes. */
        public LoopbackRedirect redirect() {
            return redirect;
        }

        /**
         * Waits for the browser's redirect, then exchanges the code.
         *
         * @return empty when the time ran out (the listener is closed)
         * @throws TokenRefusedException when the user declined or the provider refused the code
         */
        public Optional<OAuthTokens> finish(Duration limit)
                throws IOException, InterruptedException, TokenRefusedException {
            Optional<LoopbackRedirect.Outcome> outcome = redirect.await(limit);
            if (outcome.isEmpty()) {
                return Optional.empty();
            }
            if (outcome.get() instanceof LoopbackRedirect.Outcome.Denied denied) {
                throw new TokenRefusedException(denied.error(), denied.description());
            }
            String code = ((LoopbackRedirect.Outcome.Code) outcome.get()).code();
            return Optional.of(tokens.exchange(client, clientSecret, code, pkce.verifier(), redirectUri));
        }

        @Override
        public void close() {
            redirect.close();
        }
    }

    /**
     * Opens the loopback listener and builds the authorization URL.
     *
     * @param loginHint the address to sign in as (the provider pre-fills it), or null
     */
    public Pending start(OAuthClientConfig client, Password clientSecret, List<String> scopes, String loginHint)
            throws IOException {
        Pkce pkce = Pkce.create(random);
        String state = Pkce.randomToken(random);
        LoopbackRedirect redirect = LoopbackRedirect.open(state);
        String redirectUri = redirect.redirectUri(client.provider().redirectHost());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", client.clientId());
        query.put("response_type", "code");
        query.put("redirect_uri", redirectUri);
        query.put("scope", String.join(" ", scopes));
        query.put("state", state);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", "S256");
        if (loginHint != null && !loginHint.isBlank()) {
            query.put("login_hint", loginHint);
        }
        if (client.provider() == fr.missive.model.mail.OAuthProvider.GOOGLE) {
            // Google sends a refresh token only with offline access, and again only on consent.
            query.put("access_type", "offline");
            query.put("prompt", "consent");
        }
        String base = client.authorizationEndpoint().toString();
        URI url = URI.create(base + (base.contains("?") ? "&" : "?") + Query.encode(query));
        return new Pending(client, clientSecret, pkce, redirect, redirectUri, url);
    }
}
