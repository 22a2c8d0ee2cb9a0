package fr.missive.mail.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.mail.OAuthTokens;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole flow against a real authorization server on loopback, an HTTP client as the browser. */
class AuthorizationCodeFlowTest {

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private LoopbackAuthorizationServer server;
    private OAuthClientConfig client;
    private TokenEndpoint tokens;
    private AuthorizationCodeFlow flow;

    @BeforeEach
    void startServer() throws IOException {
        server = new LoopbackAuthorizationServer();
        client = server.client(OAuthProvider.GOOGLE);
        tokens = new TokenEndpoint(Clock.systemUTC());
        flow = new AuthorizationCodeFlow(tokens, new SecureRandom());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Follows the authorization URL to the provider, then its redirect to our listener, as a browser does. */
    private int consentInBrowser(URI authorizationUrl) throws Exception {
        HttpResponse<String> atProvider = browser.send(HttpRequest.newBuilder(authorizationUrl).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(atProvider.statusCode()).isEqualTo(302);
        String location = atProvider.headers().firstValue("Location").orElseThrow();
        return browser.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void signsInWithCodeAndPkceThenRefreshes() throws Exception {
        try (AuthorizationCodeFlow.Pending pending = flow.start(client, null, OAuthProvider.GOOGLE.scopes(false),
                "secretariat@college-test.fr")) {
            assertThat(pending.authorizationUrl().getQuery()).contains("code_challenge_method=S256")
                    .contains("login_hint=secretariat@college-test.fr").contains("redirect_uri=http://127.0.0.1:");
            assertThat(consentInBrowser(pending.authorizationUrl())).isEqualTo(200);

            OAuthTokens signedIn = pending.finish(Duration.ofSeconds(10)).orElseThrow();

            assertThat(server.isValidAccessToken(signedIn.accessToken().reveal())).isTrue();
            assertThat(signedIn.refreshToken()).isNotNull();
            assertThat(server.lastScope()).isEqualTo("https://mail.google.com/");
            assertThat(pending.redirect().isClosed()).isTrue();
            assertThat(signedIn.toString()).doesNotContain(signedIn.accessToken().reveal());

            OAuthTokens refreshed = tokens.refresh(client, null, signedIn.refreshToken());
            assertThat(refreshed.accessToken().reveal()).isNotEqualTo(signedIn.accessToken().reveal());
            assertThat(server.isValidAccessToken(refreshed.accessToken().reveal())).isTrue();
        }
    }

    @Test
    void listenerRefusesWrongStateAndOtherPathsAndKeepsWaiting() throws Exception {
        try (AuthorizationCodeFlow.Pending pending = flow.start(client, null, OAuthProvider.GOOGLE.scopes(false), null)) {
            int port = pending.redirect().port();
            assertThat(get("http://127.0.0.1:" + port + "/?code=forged&state=not-the-state")).isEqualTo(400);
            assertThat(get("http://127.0.0.1:" + port + "/elsewhere?code=x")).isEqualTo(404);
            assertThat(pending.redirect().isClosed()).isFalse();

            assertThat(consentInBrowser(pending.authorizationUrl())).isEqualTo(200);
            assertThat(pending.finish(Duration.ofSeconds(10))).isPresent();
        }
    }

    @Test
    void pkceMismatchIsRefusedByTheTokenEndpoint() throws Exception {
        try (AuthorizationCodeFlow.Pending pending = flow.start(client, null, OAuthProvider.GOOGLE.scopes(false), null)) {
            HttpResponse<String> atProvider = browser.send(HttpRequest.newBuilder(pending.authorizationUrl()).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = atProvider.headers().firstValue("Location").orElseThrow();
            String code = fr.missive.mail.oauth.Query.decode(URI.create(location).getRawQuery()).get("code");
            String redirectUri = location.substring(0, location.indexOf('?'));

            assertThatThrownBy(() -> tokens.exchange(client, null, code, "a-verifier-of-another-request-000000000000",
                    redirectUri)).isInstanceOf(TokenRefusedException.class)
                    .extracting(e -> ((TokenRefusedException) e).error()).isEqualTo("invalid_grant");
        }
    }

    @Test
    void revokedRefreshTokenIsATypedRefusal() throws Exception {
        OAuthTokens signedIn;
        try (AuthorizationCodeFlow.Pending pending = flow.start(client, null, OAuthProvider.GOOGLE.scopes(false), null)) {
            consentInBrowser(pending.authorizationUrl());
            signedIn = pending.finish(Duration.ofSeconds(10)).orElseThrow();
        }
        server.revokeAllRefreshTokens();

        assertThatThrownBy(() -> tokens.refresh(client, null, signedIn.refreshToken()))
                .isInstanceOf(TokenRefusedException.class).hasMessageNotContaining(signedIn.refreshToken().reveal());
    }

    @Test
    void listenerClosesAfterItsTimeLimit() throws Exception {
        AuthorizationCodeFlow.Pending pending = flow.start(client, null, OAuthProvider.GOOGLE.scopes(false), null);
        int port = pending.redirect().port();

        Optional<OAuthTokens> none = pending.finish(Duration.ofMillis(300));

        assertThat(none).isEmpty();
        assertThat(pending.redirect().isClosed()).isTrue();
        assertThatThrownBy(() -> get("http://127.0.0.1:" + port + "/?code=late")).isInstanceOf(ConnectException.class);
    }

    @Test
    void listenerClosesAfterUse() throws Exception {
        try (AuthorizationCodeFlow.Pending pending = flow.start(client, null, OAuthProvider.GOOGLE.scopes(false), null)) {
            consentInBrowser(pending.authorizationUrl());
            pending.finish(Duration.ofSeconds(10));
            int port = pending.redirect().port();
            assertThatThrownBy(() -> get("http://127.0.0.1:" + port + "/")).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void microsoftAsksForSmtpOfflineAndImapWhenSet() {
        assertThat(OAuthProvider.MICROSOFT.scopes(true)).containsExactly("https://outlook.office.com/SMTP.Send",
                "https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access");
        assertThat(OAuthProvider.MICROSOFT.tokenEndpoint("college-test.fr").toString())
                .isEqualTo("https://login.microsoftonline.com/college-test.fr/oauth2/v2.0/token");
    }

    private int get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
