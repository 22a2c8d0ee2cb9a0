package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.mail.oauth.HttpBrowser;
import fr.missive.mail.oauth.LoopbackAuthorizationServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.mail.Security;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider refuses the account's refresh token: the message stays in the outbox, a band
 * asks to sign in again, and its button signs in on a real authorization server on loopback
 * (an HTTP client stands for the browser); the message then reaches GreenMail over XOAUTH2.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class SignInAgainGuiTest {

    private static final String ADDRESS = "secretariat@college-test.fr";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private GreenMail greenMail;
    private LoopbackAuthorizationServer authServer;
    private User admin;
    private long queued;

    @BeforeEach
    void accountWhoseRefreshTokenIsRevoked(DataFolders dataFolders) throws Exception {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        authServer = new LoopbackAuthorizationServer();
        services = SampleData.initialised(dataFolders, folder);
        admin = SampleData.admin(services);
        services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.ENGLISH));
        OAuthClientConfig local = authServer.client(OAuthProvider.MICROSOFT);
        services.accounts().oauthClients().save(OAuthProvider.MICROSOFT, LoopbackAuthorizationServer.CLIENT_ID,
                "college-test.fr", null);
        services.accounts().oauthClients().setEndpoints(OAuthProvider.MICROSOFT, local.authorizationEndpoint(),
                local.tokenEndpoint());
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat", ADDRESS,
                SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE,
                ADDRESS, null, null, true, null, true), null, false, List.of(), null));
        // Signed in once, with an access token about to expire; then the password changed.
        authServer.expireTokensAfter(1);
        services.accounts().oauthAccounts().signIn(OAuthProvider.MICROSOFT, ADDRESS, false, new HttpBrowser(),
                Duration.ofSeconds(10));
        authServer.revokeAllRefreshTokens();
        authServer.expireTokensAfter(3600);
        // The mailbox accepts the token the next sign-in gets.
        authServer.onAccessTokenIssued(token -> greenMail.setUser(ADDRESS, ADDRESS, token));
        queued = services.outbox().outbox().queue(admin, "Secrétariat", List.of(MailContent.plain(
                List.of(EmailAddress.parse("famille.dupont@example.fr")), "Bulletin de Marie", "Bonjour.\n",
                List.of()))).get(0);
    }

    @AfterEach
    void stop() {
        authServer.close();
        greenMail.stop();
    }

    @Test
    void aRefusedRefreshTokenShowsTheBandAndSigningInAgainSendsTheMessage(Robot robot) throws Exception {
        new GuiLauncher(Wiring::open, code -> { }).withBrowser(new HttpBrowser()).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");

        Gui.untilShowing(robot, "signInBanner");
        assertThat(main.label("signInBannerText").text()).isEqualTo("The account Secrétariat needs you to sign in"
                + " again as " + ADDRESS + ": one message waits to be sent.");
        assertThat(services.outbox().outbox().require(admin, queued).state()).isEqualTo(OutboxState.DEFERRED);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        Screenshots.save(main.target(), "sign-in-again-en.png");

        main.button("signInAgain").click();

        Gui.until("message delivered", () -> greenMail.getReceivedMessages().length == 1);
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("Bulletin de Marie");
        Gui.untilHidden(robot, "signInBanner");
        Gui.until("sent in the outbox", () -> services.outbox().outbox().require(admin, queued).state() == OutboxState.SENT);
    }
}
