package fr.missive.mail.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import fr.missive.mail.SmtpMailTransport;
import fr.missive.model.EmailAddress;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.mail.OAuthTokens;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.PlainTextMessage;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SmtpSettings;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in against an authorization server Missive's authors did not write
 * (no.nav.security:mock-oauth2-server, which verifies PKCE and signs its tokens), then XOAUTH2
 * with its token to GreenMail. {@link AuthorizationCodeFlowTest} covers what this server cannot
 * be told to do (revoke a refresh token, expire tokens early).
 *
 * <p>This server speaks OpenID Connect and refuses an authorization request without the
 * {@code openid} scope; the flow does not depend on the scopes, so the tests add it to Google's.
 */
class ThirdPartyAuthorizationServerTest {

    private static final String ISSUER = "google";
    private static final String ADDRESS = "secretariat@college-test.fr";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> scopes = Stream.concat(Stream.of("openid"),
            OAuthProvider.GOOGLE.scopes(false).stream()).toList();
    private MockOAuth2Server server;
    private OAuthClientConfig client;
    private TokenEndpoint tokens;
    private AuthorizationCodeFlow flow;

    @BeforeEach
    void start() {
        server = new MockOAuth2Server();
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = new OAuthClientConfig(OAuthProvider.GOOGLE, "missive-desktop", null,
                URI.create(server.authorizationEndpointUrl(ISSUER).toString()),
                URI.create(server.tokenEndpointUrl(ISSUER).toString()));
        tokens = new TokenEndpoint(Clock.systemUTC());
        flow = new AuthorizationCodeFlow(tokens, new SecureRandom());
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    /**
     * Does what the user does in the browser: the provider shows its sign-in page (Missive asks
     * for {@code prompt=consent}), the user signs in, the provider redirects. Returns that redirect.
     */
    private URI signInAtProvider(URI authorizationUrl) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(authorizationUrl).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"").contains("name=\"username\"");
        HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(authorizationUrl)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(Query.encode(Map.of("username", ADDRESS)))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return URI.create(signedIn.headers().firstValue("Location").orElseThrow());
    }

    private OAuthTokens signIn() throws Exception {
        try (AuthorizationCodeFlow.Pending pending = flow.start(client, null, scopes, ADDRESS)) {
            URI redirect = signInAtProvider(pending.authorizationUrl());
            assertThat(http.send(HttpRequest.newBuilder(redirect).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).as("Missive's listener took the redirect").isEqualTo(200);
            return pending.finish(Duration.ofSeconds(10)).orElseThrow();
        }
    }

    /** The token was signed by this server's key, for this issuer. */
    private SignedJWT verified(Password accessToken) throws Exception {
        SignedJWT jwt = SignedJWT.parse(accessToken.reveal());
        RSAKey key = JWKSet.load(server.jwksUrl(ISSUER).url()).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(server.issuerUrl(ISSUER).toString());
        return jwt;
    }

    @Test
    void signsInWithCodeAndPkceThenRefreshes() throws Exception {
        OAuthTokens signedIn = signIn();

        RecordedRequest authorize = server.takeRequest(5, TimeUnit.SECONDS);
        Map<String, String> asked = Query.decode(authorize.getRequestUrl().encodedQuery());
        assertThat(asked).containsEntry("code_challenge_method", "S256").containsEntry("login_hint", ADDRESS)
                .containsEntry("scope", "openid https://mail.google.com/");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getMethod()).as("the sign-in form").isEqualTo("POST");
        RecordedRequest exchange = server.takeRequest(5, TimeUnit.SECONDS);
        Map<String, String> sent = Query.decode(exchange.getBody().readUtf8());
        assertThat(sent).containsEntry("grant_type", "authorization_code").containsKey("code_verifier");
        assertThat(Pkce.challengeOf(sent.get("code_verifier"))).isEqualTo(asked.get("code_challenge"));

        SignedJWT first = verified(signedIn.accessToken());
        assertThat(signedIn.refreshToken()).isNotNull();
        assertThat(signedIn.expiresAt()).isAfter(java.time.Instant.now().plus(Duration.ofMinutes(30)));

        OAuthTokens refreshed = tokens.refresh(client, null, signedIn.refreshToken());
        SignedJWT second = verified(refreshed.accessToken());
        assertThat(second.getJWTClaimsSet().getJWTID()).as("a new token").isNotEqualTo(first.getJWTClaimsSet().getJWTID());
        assertThat(second.getJWTClaimsSet().getSubject()).as("for the same user").isEqualTo(ADDRESS);
    }

    @Test
    void aVerifierOfAnotherRequestIsRefused() throws Exception {
        try (AuthorizationCodeFlow.Pending pending = flow.start(client, null, scopes, null)) {
            String location = signInAtProvider(pending.authorizationUrl()).toString();
            String code = Query.decode(URI.create(location).getRawQuery()).get("code");
            String redirectUri = location.substring(0, location.indexOf('?'));
            String otherVerifier = Pkce.create(new SecureRandom()).verifier();

            assertThatThrownBy(() -> tokens.exchange(client, null, code, otherVerifier, redirectUri))
                    .isInstanceOf(TokenRefusedException.class)
                    .extracting(e -> ((TokenRefusedException) e).error()).isEqualTo("invalid_grant");
        }
    }

    @Test
    void aRedirectWithAnotherStateIsRefusedAndTheRealOneStillAccepted() throws Exception {
        try (AuthorizationCodeFlow.Pending pending = flow.start(client, null, scopes, null)) {
            URI redirect = signInAtProvider(pending.authorizationUrl());
            String code = Query.decode(redirect.getRawQuery()).get("code");
            URI forged = URI.create("http://127.0.0.1:" + pending.redirect().port() + "/?"
                    + Query.encode(Map.of("code", code, "state", "another-state")));

            assertThat(http.send(HttpRequest.newBuilder(forged).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isEqualTo(400);
            assertThat(http.send(HttpRequest.newBuilder(redirect).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isEqualTo(200);
            verified(pending.finish(Duration.ofSeconds(10)).orElseThrow().accessToken());
        }
    }

    @Test
    void itsAccessTokenSendsOverXoauth2() throws Exception {
        Password token = signIn().accessToken();
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            greenMail.setUser(ADDRESS, ADDRESS, token.reveal());
            SmtpSettings smtp = new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE,
                    AuthMethod.OAUTH2, ADDRESS, null, true, null);
            PlainTextMessage message = new PlainTextMessage(EmailAddress.parse(ADDRESS), "Secrétariat",
                    EmailAddress.parse("parent@college-test.fr"), "Convocation", "Bonjour.\n");

            SendResult result = new SmtpMailTransport().attempt(smtp, token, message).run();

            assertThat(result).isInstanceOf(SendResult.Sent.class);
            assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("Convocation");
        } finally {
            greenMail.stop();
        }
    }
}
