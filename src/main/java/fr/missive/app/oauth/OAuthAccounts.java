package fr.missive.app.oauth;

import fr.missive.mail.oauth.AuthorizationCodeFlow;
import fr.missive.mail.oauth.TokenEndpoint;
import fr.missive.mail.oauth.TokenRefusedException;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.mail.OAuthTokens;
import fr.missive.model.mail.Password;
import fr.missive.store.secrets.SecretStore;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * OAuth2 sign-in of one mail address, and its access token for each sending: the tokens of an
 * address are one secret in the secret store (never on disk in clear, never logged); the access
 * token is refreshed when it expires within {@link #REFRESH_MARGIN}.
 */
public final class OAuthAccounts {

    /** Refresh this long before expiry, so a token never runs out during a long SMTP session. */
    public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    /** How long the browser may take: the user may have to type a password and a second factor. */
    public static final Duration SIGN_IN_LIMIT = Duration.ofMinutes(5);

    /** Made on first use, not while Missive starts. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private final OAuthClients clients;
    private final SecretStore secrets;
    private final TokenEndpoint tokenEndpoint;
    private final AuthorizationCodeFlow flow;
    private final Clock clock;

    public OAuthAccounts(OAuthClients clients, SecretStore secrets, TokenEndpoint tokenEndpoint,
                         AuthorizationCodeFlow flow, Clock clock) {
        this.clients = clients;
        this.secrets = secrets;
        this.tokenEndpoint = tokenEndpoint;
        this.flow = flow;
        this.clock = clock;
    }

    /**
     * Signs {@code address} in: opens the loopback listener, hands the provider's URL to
     * {@code browser} (the system browser; tests drive it with an HTTP client), waits for the
     * consent and keeps the tokens. Runs off the EDT; blocks up to {@code limit}.
     *
     * @throws MissiveException when no client is registered, the time ran out, or the provider refused
     */
    public void signIn(OAuthProvider provider, String address, boolean imap, Consumer<URI> browser, Duration limit)
            throws InterruptedException {
        OAuthClientConfig client = clients.find(provider)
                .orElseThrow(() -> new MissiveException(UserMessage.of("oauth.clientMissing", provider.name())));
        Password secret = clients.clientSecret(provider);
        try (AuthorizationCodeFlow.Pending pending = flow.start(client, secret, provider.scopes(imap), address)) {
            browser.accept(pending.authorizationUrl());
            OAuthTokens tokens = pending.finish(limit)
                    .orElseThrow(() -> new MissiveException(UserMessage.of("oauth.timedOut")));
            if (tokens.refreshToken() == null) {
                throw new MissiveException(UserMessage.of("oauth.noRefreshToken"));
            }
            save(address, provider, tokens);
        } catch (TokenRefusedException e) {
            throw new MissiveException(UserMessage.of("oauth.refused", e.error()));
        } catch (IOException e) {
            throw new MissiveException(UserMessage.of("oauth.unreachable", String.valueOf(e.getMessage())));
        } finally {
            if (secret != null) {
                secret.clear();
            }
        }
    }

    /** True when tokens are kept for this address. */
    public boolean isSignedIn(String address) {
        return secrets.has(secretName(address));
    }

    /** The provider the address last signed in with, while its tokens are kept. */
    public Optional<OAuthProvider> providerOf(String address) {
        return load(address).map(Stored::provider);
    }

    /** Forgets the tokens (sign out, or the account deleted). */
    public void signOut(String address) {
        secrets.delete(secretName(address));
    }

    /**
     * The access token to send with now, refreshed first when it expires within
     * {@link #REFRESH_MARGIN}, or when {@code refused} says the server has just refused it.
     */
    public AccessTokenOutcome accessToken(String address, boolean refused) throws InterruptedException {
        Optional<Stored> stored = load(address);
        if (stored.isEmpty()) {
            return new AccessTokenOutcome.SignInRequired(address, "not_signed_in");
        }
        Stored s = stored.get();
        if (!refused && !s.tokens.expiresWithin(REFRESH_MARGIN, clock.instant())) {
            return new AccessTokenOutcome.Ready(s.tokens.accessToken());
        }
        Optional<OAuthClientConfig> client = clients.find(s.provider);
        if (client.isEmpty() || s.tokens.refreshToken() == null) {
            return new AccessTokenOutcome.SignInRequired(address, "not_signed_in");
        }
        Password secret = clients.clientSecret(s.provider);
        try {
            OAuthTokens fresh = tokenEndpoint.refresh(client.get(), secret, s.tokens.refreshToken())
                    .keepingRefreshTokenOf(s.tokens);
            save(address, s.provider, fresh);
            return new AccessTokenOutcome.Ready(fresh.accessToken());
        } catch (TokenRefusedException e) {
            return new AccessTokenOutcome.SignInRequired(address, e.error());
        } catch (IOException e) {
            return new AccessTokenOutcome.Unavailable(address, String.valueOf(e.getMessage()));
        } finally {
            if (secret != null) {
                secret.clear();
            }
        }
    }

    private record Stored(OAuthProvider provider, OAuthTokens tokens) {
    }

    private void save(String address, OAuthProvider provider, OAuthTokens tokens) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("provider", provider.name());
        node.put("access", tokens.accessToken().reveal());
        node.put("refresh", tokens.refreshToken() == null ? "" : tokens.refreshToken().reveal());
        node.put("expiresAt", tokens.expiresAt().toString());
        secrets.put(secretName(address), Password.of(Json.MAPPER.writeValueAsString(node)));
    }

    private Optional<Stored> load(String address) {
        return secrets.get(secretName(address)).map(secret -> {
            JsonNode node = Json.MAPPER.readTree(secret.reveal());
            secret.clear();
            String refresh = node.path("refresh").asString();
            return new Stored(OAuthProvider.valueOf(node.path("provider").asString()),
                    new OAuthTokens(Password.of(node.path("access").asString()),
                            refresh.isEmpty() ? null : Password.of(refresh),
                            Instant.parse(node.path("expiresAt").asString())));
        });
    }

    private static String secretName(String address) {
        return "oauth:" + address.strip().toLowerCase(Locale.ROOT) + ":tokens";
    }
}
