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
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.ui.common.FieldCell;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.util.Arrays;
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
 * The account wizard as the administrator uses it on her own PC: she may use the shared account
 * she creates, a change of name needs no test send, the port she chose survives a change of
 * security, an old error goes once she changes the settings, and the families see the sender
 * name the wizard shows — against GreenMail's SMTP server on loopback.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class AccountEditingGuiTest {

    private static final String LOGIN = "secretariat";
    private static final String PASSWORD = "Bonjour-2026";
    private static final String ADDRESS = "secretariat@college-test.fr";
    private static final String PAUL = "Paul Durand";
    private static final String SENDER_NAME = "Secrétariat du collège Jean Moulin";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private GreenMail greenMail;
    private User admin;
    private FrameFixture main;

    @BeforeEach
    void openAsAdministrator(Robot robot, DataFolders dataFolders) {
        greenMail = new GreenMail(patient(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
        greenMail.start();
        greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
        services = SampleData.initialised(dataFolders, folder);
        admin = SampleData.admin(services);
        services.setup().users().add(admin, new UserDraft(PAUL, "paul.durand@college-test.fr", Role.STAFF, null));
        // The sender name typed in the first-run wizard's institution page.
        services.setup().institution().update(admin, new InstitutionDraft(SampleData.INSTITUTION,
                List.of("12 rue des Écoles"), "69003", "Lyon", "04 72 00 00 00", SENDER_NAME), null);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        // Two users on this PC: Missive asks who is there.
        DialogFixture signIn = Gui.dialog(robot, "signInDialog");
        Gui.select(signIn.comboBox("signInUser"), SampleData.ADMIN);
        signIn.button("signInOk").click();
        main = Gui.frame(robot, "mainWindow");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void theCreatorIsTickedOnANewInstitutionAccountWhichSendsUnderTheInstitutionsSenderName(Robot robot)
            throws Exception {
        DialogFixture accounts = openAccounts(robot);
        accounts.button("accountAddInstitution").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        Gui.untilClickable(robot, "accountUser." + PAUL);
        wizard.checkBox("accountUser." + SampleData.ADMIN).requireSelected();
        wizard.checkBox("accountUser." + PAUL).requireNotSelected();
        Gui.until("sender name shown", () -> Gui.onEdt(() -> wizard.textBox("account.senderName").target().getText())
                .equals(SENDER_NAME));
        wizard.textBox("account.name").setText("Secrétariat");
        wizard.textBox("account.address").setText(ADDRESS);
        ownPlainSettings(wizard, greenMail.getSmtp().getPort());
        wizard.button("accountNext").click();
        wizard.button("accountTest").click();
        Gui.dialog(robot, "accountVerificationDialog").close();
        Gui.untilHidden(robot, "accountVerificationDialog");

        Account saved = services.accounts().accounts().require(admin, "Secrétariat");
        assertThat(services.accounts().accounts().userNames(saved)).containsExactly(SampleData.ADMIN);
        assertThat(saved.senderName()).isEqualTo(SENDER_NAME);
        Gui.until("test and code received", () -> greenMail.getReceivedMessages().length == 2);
        // Every message it sends — the test, the code — shows the families the account's sender name.
        for (var message : greenMail.getReceivedMessages()) {
            assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo(SENDER_NAME);
        }
        assertThat(services.accounts().accounts().sendersFor(admin)).extracting(Account::name).contains("Secrétariat");
    }

    @Test
    void anInstitutionAccountNobodyMayUseSaysSoInTheList(Robot robot) {
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, "Direction",
                "direction@college-test.fr", SettingsSource.OWN, null, plainServer(), null, false, List.of(), null));
        DialogFixture accounts = openAccounts(robot);
        Gui.until("listed", () -> accounts.list("accountsList").target().getModel().getSize() == 1);
        assertThat(accounts.list("accountsList").contents()[0]).endsWith("nobody may use it (tick authorised users)");
    }

    @Test
    void aNameOnlyEditIsSavedWithoutATestWhileAServerChangeNeedsOne(Robot robot) {
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                ADDRESS, SettingsSource.OWN, null, plainServer(), null, false, List.of(), null));
        DialogFixture accounts = openAccounts(robot);
        Gui.until("listed", () -> accounts.list("accountsList").target().getModel().getSize() == 1);
        accounts.list("accountsList").selectItem(0);
        accounts.button("accountEdit").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        Gui.untilShowing(robot, "accountSave");

        wizard.textBox("account.name").setText("Secrétariat du collège");
        wizard.textBox("account.senderName").setText("Le secrétariat");
        wizard.textBox("account.replyTo").setText("accueil@college-test.fr");
        wizard.button("accountSave").requireEnabled();
        wizard.button("accountNext").click();
        wizard.textBox("account.host").setText("localhost");
        wizard.button("accountSave").requireDisabled();
        wizard.textBox("account.host").setText("127.0.0.1");
        wizard.button("accountSave").requireEnabled().click();
        Gui.untilHidden(robot, "accountWizard");

        Account saved = services.accounts().accounts().require(admin, "Secrétariat du collège");
        assertThat(saved.senderName()).isEqualTo("Le secrétariat");
        assertThat(saved.replyTo()).hasToString("accueil@college-test.fr");
        assertThat(greenMail.getReceivedMessages()).as("no test send").isEmpty();
        Gui.until("renamed in the list", () -> Arrays.stream(accounts.list("accountsList").contents())
                .anyMatch(item -> item.startsWith("Secrétariat du collège <")));
    }

    @Test
    void aChosenPortSurvivesAChangeOfSecurityAndAnOldErrorGoesWhenTheSettingsChange(Robot robot) {
        DialogFixture accounts = openAccounts(robot);
        accounts.button("accountAddPersonal").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        wizard.textBox("account.senderName").requireText(SampleData.ADMIN);
        wizard.textBox("account.address").setText(ADDRESS);
        wizard.button("accountNext").click();
        Gui.select(wizard.comboBox("account.source"), "Own settings");
        wizard.textBox("account.user").requireText(ADDRESS);

        wizard.spinner("account.port").enterTextAndCommit("2465");
        Gui.select(wizard.comboBox("account.security"), "SSL/TLS");
        assertThat(Gui.onEdt(() -> wizard.spinner("account.port").target().getValue())).isEqualTo(2465);
        wizard.spinner("account.port").enterTextAndCommit("587");
        Gui.select(wizard.comboBox("account.security"), "STARTTLS");
        Gui.select(wizard.comboBox("account.security"), "SSL/TLS");
        assertThat(Gui.onEdt(() -> wizard.spinner("account.port").target().getValue())).isEqualTo(465);

        // No server typed: the use case refuses the test on the host field.
        wizard.textBox("account.password").setText(PASSWORD);
        wizard.button("accountNext").click();
        wizard.button("accountTest").click();
        Gui.untilShowing(robot, "account.host.error");
        FieldCell host = (FieldCell) wizard.textBox("account.host").target().getParent();
        assertThat(Gui.onEdt(host::hasError)).isTrue();

        wizard.textBox("account.host").setText("127.0.0.1");
        assertThat(Gui.onEdt(host::hasError)).as("the error of the settings before").isFalse();
        assertThat(Gui.showing(robot, "account.host.error")).isFalse();
        wizard.button("accountClose").click();
        // The settings were changed: closing asks first.
        Gui.dialog(robot, "confirmDialog").optionPane().buttonWithText("Discard").click();
        Gui.untilHidden(robot, "accountWizard");
    }

    private static SmtpDraft plainServer(int port) {
        return new SmtpDraft("127.0.0.1", port, Security.NONE, LOGIN, PASSWORD.toCharArray(), null, true);
    }

    private SmtpDraft plainServer() {
        return plainServer(greenMail.getSmtp().getPort());
    }

    /** The server step: GreenMail's plain SMTP on loopback, the password allowed in clear. */
    private static void ownPlainSettings(DialogFixture wizard, int port) {
        wizard.button("accountNext").click();
        Gui.select(wizard.comboBox("account.source"), "Own settings");
        wizard.textBox("account.host").setText("127.0.0.1");
        Gui.select(wizard.comboBox("account.security"), "None");
        wizard.spinner("account.port").enterTextAndCommit(String.valueOf(port));
        wizard.textBox("account.user").setText(LOGIN);
        wizard.textBox("account.password").setText(PASSWORD);
        wizard.checkBox("account.allowPlain").check();
    }

    private DialogFixture openAccounts(Robot robot) {
        main.menuItem("menuMail").click();
        main.menuItem("menuAccounts").click();
        return Gui.dialog(robot, "accountsDialog");
    }

    /** Started within 30 s: on a loaded build machine GreenMail's 2 s default is not always enough. */
    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(30_000);
        return setup;
    }
}
