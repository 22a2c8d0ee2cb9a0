package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.oauth.AccessTokenOutcome;
import fr.missive.mail.oauth.HttpBrowser;
import fr.missive.mail.oauth.LoopbackAuthorizationServer;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's "Sign in with Microsoft": the browser is an HTTP client that consents on a real
 * authorization server on loopback; the wizard goes on by itself, then tests and saves the
 * account over XOAUTH2 against GreenMail.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class OAuthSignInWizardTest {

    private static final String ADDRESS = "secretariat@college-test.fr";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private GreenMail greenMail;
    private LoopbackAuthorizationServer authServer;
    private FrameFixture main;

    @BeforeEach
    void open(Robot robot, DataFolders dataFolders) throws Exception {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        authServer = new LoopbackAuthorizationServer();
        services = SampleData.initialised(dataFolders, folder);
        OAuthClientConfig local = authServer.client(OAuthProvider.MICROSOFT);
        services.accounts().oauthClients().save(OAuthProvider.MICROSOFT, LoopbackAuthorizationServer.CLIENT_ID, "college-test.fr",
                null);
        services.accounts().oauthClients().setEndpoints(OAuthProvider.MICROSOFT, local.authorizationEndpoint(),
                local.tokenEndpoint());
        new GuiLauncher(Wiring::open, code -> { }).withBrowser(new HttpBrowser()).openOn(services);
        main = Gui.frame(robot, "mainWindow");
    }

    @AfterEach
    void stop() {
        authServer.close();
        greenMail.stop();
    }

    @Test
    void signsInWithMicrosoftInTheBrowserThenTestsAndSavesTheAccount(Robot robot) throws Exception {
        main.menuItem("menuMail").click();
        main.menuItem("menuAccounts").click();
        DialogFixture accounts = Gui.dialog(robot, "accountsDialog");
        accounts.button("accountAddPersonal").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        wizard.textBox("account.name").setText("Secrétariat");
        wizard.textBox("account.address").setText(ADDRESS);
        wizard.button("accountNext").click();
        Gui.select(wizard.comboBox("account.source"), "Own settings");
        wizard.textBox("account.host").setText("127.0.0.1");
        Gui.select(wizard.comboBox("account.security"), "None");
        wizard.spinner("account.port").enterTextAndCommit(String.valueOf(greenMail.getSmtp().getPort()));
        Gui.select(wizard.comboBox("account.auth"), "OAuth2 (Microsoft 365, Google)");
        wizard.textBox("account.user").setText(ADDRESS);
        wizard.checkBox("account.allowPlain").check();
        assertThat(wizard.textBox("account.password").target().isEnabled()).isFalse();
        wizard.button("accountOAuthSignIn").requireText("Sign in with Microsoft…");

        wizard.button("accountOAuthSignIn").click();
        Gui.until("signed in", () -> wizard.label("accountOAuthState").text().startsWith("Signed in as"));
        shoot(wizard.target(), folder.resolveSibling("oauth-wizard.png"));

        assertThat(authServer.lastScope()).contains("https://outlook.office.com/SMTP.Send", "offline_access");
        AccessTokenOutcome outcome = services.accounts().oauthAccounts().accessToken(ADDRESS, false);
        String token = ((AccessTokenOutcome.Ready) outcome).accessToken().reveal();
        greenMail.setUser(ADDRESS, ADDRESS, token);

        wizard.button("accountNext").click();
        Gui.untilShowing(robot, "account.to");
        wizard.button("accountTest").click();
        Gui.untilHidden(robot, "accountWizard");

        List<Account> saved = services.accounts().accounts().list(SampleData.admin(services));
        assertThat(saved).singleElement().satisfies(a -> assertThat(a.smtp().auth()).isEqualTo(AuthMethod.OAUTH2));
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void administratorEntersTheGoogleClientAndItsSecretIsKeptApart(Robot robot) throws Exception {
        main.menuItem("menuConfiguration").click();
        main.menuItem("menuOAuthClients").click();
        DialogFixture dialog = Gui.dialog(robot, "oauthClientsDialog");
        Gui.until("loaded", () -> dialog.textBox("oauthClients.microsoftId").text()
                .equals(LoopbackAuthorizationServer.CLIENT_ID));
        dialog.textBox("oauthClients.tenant").requireText("college-test.fr");
        dialog.textBox("oauthClients.googleId").setText("1234-desktop.apps.googleusercontent.com");
        dialog.textBox("oauthClients.googleSecret").setText("GOCSPX-secret");
        dialog.button("oauthClientsSave").click();
        Gui.until("saved", () -> dialog.label("oauthClientsState").text().equals("Saved."));
        shoot(dialog.target(), Path.of("oauth-clients.png"));
        dialog.button("oauthClientsClose").click();

        assertThat(services.accounts().oauthClients().find(OAuthProvider.GOOGLE)).hasValueSatisfying(c ->
                assertThat(c.clientId()).isEqualTo("1234-desktop.apps.googleusercontent.com"));
        assertThat(services.accounts().oauthClients().hasClientSecret(OAuthProvider.GOOGLE)).isTrue();
        assertThat(services.accounts().oauthClients().find(OAuthProvider.MICROSOFT).orElseThrow().tenant())
                .isEqualTo("college-test.fr");
    }

    /** For a person to look at: the wizard once signed in, kept beside the test's folder. */
    private static void shoot(Window window, Path file) throws Exception {
        Screenshots.paint(window, Path.of("target", file.getFileName().toString()));
    }
}
