package fr.missive.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.oauth.OAuthAccounts;
import fr.missive.app.oauth.OAuthClients;
import fr.missive.app.oauth.SignInRequiredException;
import fr.missive.app.outbox.DeliveryWorker;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.outbox.ProviderLimits;
import fr.missive.app.users.PasswordHasher;
import fr.missive.mail.MimeBuilder;
import fr.missive.model.EmailAddress;
import fr.missive.app.outbox.MailContent;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.outbox.RetryPolicy;
import fr.missive.store.outbox.JdbcOutboxStore;
import fr.missive.mail.SmtpMailTransport;
import fr.missive.mail.oauth.AuthorizationCodeFlow;
import fr.missive.mail.oauth.HttpBrowser;
import fr.missive.mail.oauth.LoopbackAuthorizationServer;
import fr.missive.mail.oauth.TokenEndpoint;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SendResult;
import fr.missive.store.accounts.JdbcProfileStore;
import fr.missive.store.accounts.JdbcWorkstationStore;
import fr.missive.store.settings.JdbcSettingsStore;
import fr.missive.store.users.JdbcUserStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An account that signs in with OAuth2: saved without a password, tested through its stored tokens. */
class OAuth2AccountSendingTest {

    @TempDir
    Path folder;

    private AccountsFixture f;
    private GreenMailServer server;
    private LoopbackAuthorizationServer authServer;
    private OAuthAccounts oauth;
    private AccountService accounts;
    private TestSending testSending;
    private SendingResolver resolver;
    private SmtpMailTransport transport;

    @BeforeEach
    void start() throws Exception {
        f = new AccountsFixture(folder);
        server = new GreenMailServer();
        authServer = new LoopbackAuthorizationServer();
        OAuthClientConfig local = authServer.client(OAuthProvider.MICROSOFT);
        OAuthClients clients = new OAuthClients(new JdbcSettingsStore(f.db), f.secrets,
                c -> new OAuthClientConfig(c.provider(), c.clientId(), c.tenant(), local.authorizationEndpoint(),
                        local.tokenEndpoint()));
        clients.save(OAuthProvider.MICROSOFT, LoopbackAuthorizationServer.CLIENT_ID, "college-test.fr", null);
        SecureRandom random = new SecureRandom();
        TokenEndpoint tokens = new TokenEndpoint(f.clock);
        oauth = new OAuthAccounts(clients, f.secrets, tokens, new AuthorizationCodeFlow(tokens, random), f.clock);
        resolver = new SendingResolver(new JdbcWorkstationStore(f.db), new JdbcProfileStore(f.db),
                f.secrets, oauth);
        transport = new SmtpMailTransport();
        accounts = new AccountService(f.accountStore, new JdbcProfileStore(f.db), new JdbcUserStore(f.db), f.secrets,
                resolver, transport, new PasswordHasher(1_000));
        testSending = new TestSending(accounts, resolver, transport);
    }

    @AfterEach
    void stop() {
        authServer.close();
        server.close();
        f.close();
    }

    /** GreenMail knows the mailbox's sign-in by its login, so the SMTP user is the login here. */
    private Account saveOAuthAccount() {
        SmtpDraft smtp = new SmtpDraft("127.0.0.1", server.port(), Security.NONE, GreenMailServer.LOGIN, null, null,
                true, null, true);
        return accounts.saveAnyway(f.admin, new AccountDraft(AccountKind.INSTITUTION, "Secrétariat",
                GreenMailServer.ADDRESS, SettingsSource.OWN, null, smtp, null, false, List.of("Paul Durand"), null));
    }

    @Test
    void savedWithoutPasswordAndSendsWithTheSignedInToken() throws Exception {
        Account account = saveOAuthAccount();
        assertThat(account.smtp().auth()).isEqualTo(AuthMethod.OAUTH2);
        oauth.signIn(OAuthProvider.MICROSOFT, GreenMailServer.LOGIN, false, new HttpBrowser(), Duration.ofSeconds(10));
        String token = ((fr.missive.app.oauth.AccessTokenOutcome.Ready)
                oauth.accessToken(GreenMailServer.LOGIN, false)).accessToken().reveal();
        server.greenMail.getUserManager().getUserByEmail(GreenMailServer.ADDRESS).setPassword(token);

        SendResult result = testSending.start(f.admin, "Secrétariat", null, f.messages).run();

        assertThat(result).isInstanceOf(SendResult.Sent.class);
    }

    @Test
    void notSignedInIsSignInRequiredAndNothingGoesOut() {
        saveOAuthAccount();

        assertThatThrownBy(() -> testSending.start(f.admin, "Secrétariat", null, f.messages))
                .isInstanceOf(SignInRequiredException.class)
                .satisfies(e -> assertThat(((SignInRequiredException) e).address()).isEqualTo(GreenMailServer.LOGIN));
        assertThat(server.greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void tokenTheServerNoLongerAcceptsIsSignInAgain() throws Exception {
        saveOAuthAccount();
        oauth.signIn(OAuthProvider.MICROSOFT, GreenMailServer.LOGIN, false, new HttpBrowser(), Duration.ofSeconds(10));

        SendResult result = testSending.start(f.admin, "Secrétariat", null, f.messages).run();

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(((SendResult.Failed) result).diagnosis().kind()).isEqualTo(DiagnosisKind.OAUTH_SIGN_IN_AGAIN);
    }

    /**
     * In the outbox, a token the server refuses keeps the message waiting (never failed), and
     * once the token the server expects is the one held, the message leaves without anyone acting.
     */
    @Test
    void inTheOutboxARefusedTokenKeepsTheMessageQueuedUntilTheServerAcceptsIt() throws Exception {
        SmtpDraft smtp = new SmtpDraft("127.0.0.1", server.port(), Security.NONE, GreenMailServer.LOGIN, null, null,
                true, null, true);
        accounts.saveAnyway(f.admin, new AccountDraft(AccountKind.PERSONAL, "Claire", GreenMailServer.ADDRESS,
                SettingsSource.OWN, null, smtp, null, false, List.of(), null));
        oauth.signIn(OAuthProvider.MICROSOFT, GreenMailServer.LOGIN, false, new HttpBrowser(), Duration.ofSeconds(10));
        JdbcOutboxStore store = new JdbcOutboxStore(f.db);
        DeliveryWorker worker = new DeliveryWorker(store, f.accountStore, resolver, transport,
                new ProviderLimits(new ProviderPresets()), java.time.Clock.systemUTC(),
                new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMinutes(1)));
        OutboxService outbox = new OutboxService(accounts, resolver, store, new MimeBuilder(),
                java.time.Clock.systemUTC(), worker);
        long id = outbox.queue(f.admin, "Claire", List.of(MailContent.plain(
                List.of(EmailAddress.parse("famille@college-test.fr")), "Bulletin", "Bonjour.\n", List.of()))).get(0);

        worker.runForeground(false, null);

        OutboxEntry refused = store.find(id).orElseThrow();
        assertThat(refused.state()).isEqualTo(OutboxState.DEFERRED);
        assertThat(server.greenMail.getReceivedMessages()).isEmpty();

        // The refresh forced by the refusal gave a new token; the mailbox now accepts that one.
        String current = ((fr.missive.app.oauth.AccessTokenOutcome.Ready)
                oauth.accessToken(GreenMailServer.LOGIN, false)).accessToken().reveal();
        server.greenMail.getUserManager().getUserByEmail(GreenMailServer.ADDRESS).setPassword(current);
        worker.runForeground(true, Duration.ofSeconds(10));

        assertThat(store.find(id).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        assertThat(server.greenMail.getReceivedMessages()).hasSize(1);
    }
}
