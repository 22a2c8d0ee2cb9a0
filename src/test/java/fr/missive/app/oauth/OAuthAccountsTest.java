package fr.missive.app.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.mail.SmtpMailTransport;
import fr.missive.mail.oauth.AuthorizationCodeFlow;
import fr.missive.mail.oauth.HttpBrowser;
import fr.missive.mail.oauth.LoopbackAuthorizationServer;
import fr.missive.mail.oauth.TokenEndpoint;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.PlainTextMessage;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.secrets.AesGcmSecretStore;
import fr.missive.store.secrets.SecretKeyFile;
import fr.missive.store.settings.JdbcSettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in, refresh and sending over XOAUTH2 with the real secret store and database, a real
 * authorization server and GreenMail on loopback, and an HTTP client as the browser.
 */
class OAuthAccountsTest {

    private static final String ADDRESS = "secretariat@college-test.fr";

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Paris");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock();
    private Database db;
    private LoopbackAuthorizationServer authServer;
    private GreenMail greenMail;
    private OAuthClients clients;
    private OAuthAccounts accounts;

    @BeforeEach
    void start() throws Exception {
        db = TestDatabases.open(folder);
        SecureRandom random = new SecureRandom();
        AesGcmSecretStore secrets = new AesGcmSecretStore(db, new SecretKeyFile(folder).loadOrCreate(random), random);
        authServer = new LoopbackAuthorizationServer();
        OAuthClientConfig local = authServer.client(OAuthProvider.MICROSOFT);
        clients = new OAuthClients(new JdbcSettingsStore(db), secrets,
                config -> new OAuthClientConfig(config.provider(), config.clientId(), config.tenant(),
                        local.authorizationEndpoint(), local.tokenEndpoint()));
        TokenEndpoint tokenEndpoint = new TokenEndpoint(clock);
        accounts = new OAuthAccounts(clients, secrets, tokenEndpoint, new AuthorizationCodeFlow(tokenEndpoint, random),
                clock);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
        authServer.close();
        db.close();
    }

    private void registerClient() {
        clients.save(OAuthProvider.MICROSOFT, LoopbackAuthorizationServer.CLIENT_ID, "college-test.fr", null);
    }

    private String readyToken(boolean refused) throws InterruptedException {
        AccessTokenOutcome outcome = accounts.accessToken(ADDRESS, refused);
        assertThat(outcome).isInstanceOf(AccessTokenOutcome.Ready.class);
        return ((AccessTokenOutcome.Ready) outcome).accessToken().reveal();
    }

    private SendResult sendWith(String token) {
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE,
                AuthMethod.OAUTH2, ADDRESS, null, true, null);
        PlainTextMessage message = new PlainTextMessage(EmailAddress.parse(ADDRESS), "Secrétariat",
                EmailAddress.parse("parent@college-test.fr"), "Convocation", "Bonjour.\n");
        return new SmtpMailTransport().attempt(smtp, Password.of(token), message).run();
    }

    @Test
    void signsInInTheBrowserThenSendsWithXoauth2() throws Exception {
        registerClient();
        HttpBrowser browser = new HttpBrowser();

        accounts.signIn(OAuthProvider.MICROSOFT, ADDRESS, true, browser, Duration.ofSeconds(10));

        assertThat(browser.lastStatus()).isEqualTo(200);
        assertThat(accounts.isSignedIn(ADDRESS)).isTrue();
        assertThat(authServer.lastScope()).isEqualTo("https://outlook.office.com/SMTP.Send "
                + "https://outlook.office.com/IMAP.AccessAsUser.All offline_access");
        String token = readyToken(false);
        greenMail.setUser(ADDRESS, ADDRESS, token);
        assertThat(sendWith(token)).isInstanceOf(SendResult.Sent.class);
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    }

    @Test
    void refreshesBeforeExpiryAndKeepsTheRefreshToken() throws Exception {
        registerClient();
        authServer.expireTokensAfter(3600);
        accounts.signIn(OAuthProvider.MICROSOFT, ADDRESS, false, new HttpBrowser(), Duration.ofSeconds(10));
        String first = readyToken(false);

        clock.now = clock.now.plus(Duration.ofMinutes(50));
        assertThat(readyToken(false)).as("still 10 minutes left").isEqualTo(first);

        clock.now = clock.now.plus(Duration.ofMinutes(6));
        String second = readyToken(false);
        assertThat(second).as("4 minutes left: refreshed").isNotEqualTo(first);
        assertThat(authServer.isValidAccessToken(second)).isTrue();

        assertThat(readyToken(true)).as("refused by the server: refreshed again").isNotEqualTo(second);
    }

    @Test
    void refusedTokenThenRevokedRefreshTokenMeansSignInAgain() throws Exception {
        registerClient();
        accounts.signIn(OAuthProvider.MICROSOFT, ADDRESS, false, new HttpBrowser(), Duration.ofSeconds(10));
        greenMail.setUser(ADDRESS, ADDRESS, "the-token-the-server-expects-now");

        SendResult refused = sendWith(readyToken(false));
        assertThat(refused).isInstanceOf(SendResult.Failed.class);
        assertThat(((SendResult.Failed) refused).diagnosis().kind()).isEqualTo(DiagnosisKind.OAUTH_SIGN_IN_AGAIN);

        authServer.revokeAllRefreshTokens();
        AccessTokenOutcome outcome = accounts.accessToken(ADDRESS, true);

        assertThat(outcome).isEqualTo(new AccessTokenOutcome.SignInRequired(ADDRESS, "invalid_grant"));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void neverSignedInMeansSignInRequired() throws Exception {
        assertThat(accounts.accessToken(ADDRESS, false))
                .isEqualTo(new AccessTokenOutcome.SignInRequired(ADDRESS, "not_signed_in"));
    }

    @Test
    void signInWithoutARegisteredClientSaysSo() {
        assertThatThrownBy(() -> accounts.signIn(OAuthProvider.GOOGLE, ADDRESS, false, new HttpBrowser(),
                Duration.ofSeconds(1)))
                .isInstanceOf(MissiveException.class)
                .satisfies(e -> assertThat(((MissiveException) e).userMessage().key()).isEqualTo("oauth.clientMissing"));
    }

    @Test
    void browserNeverComingBackTimesOutAndClosesTheListener() {
        registerClient();

        assertThatThrownBy(() -> accounts.signIn(OAuthProvider.MICROSOFT, ADDRESS, false, url -> { },
                Duration.ofMillis(300)))
                .isInstanceOf(MissiveException.class)
                .satisfies(e -> assertThat(((MissiveException) e).userMessage().key()).isEqualTo("oauth.timedOut"));
        assertThat(accounts.isSignedIn(ADDRESS)).isFalse();
    }

    @Test
    void tokensAndClientSecretAreNotOnDiskInClear() throws Exception {
        clients.save(OAuthProvider.MICROSOFT, LoopbackAuthorizationServer.CLIENT_ID, null, "GOCSPX-client-secret");
        accounts.signIn(OAuthProvider.MICROSOFT, ADDRESS, false, new HttpBrowser(), Duration.ofSeconds(10));
        String token = readyToken(false);
        db.close();

        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(content).as(file.toString()).doesNotContain(token).doesNotContain("GOCSPX-client-secret");
            }
        }
        db = TestDatabases.open(folder);
    }
}
