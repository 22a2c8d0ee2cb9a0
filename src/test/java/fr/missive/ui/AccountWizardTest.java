package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.ui.common.FieldCell;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.mail.internet.MimeMessage;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accounts dialog and the account wizard, walked as the secretary would, against GreenMail's
 * SMTP server on loopback and a real database in a temporary folder.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class AccountWizardTest {

    private static final String LOGIN = "secretariat";
    private static final String PASSWORD = "Bonjour-2026";
    private static final String ADDRESS = "secretariat@college-test.fr";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private GreenMail greenMail;
    private FrameFixture main;

    @BeforeEach
    void openAsAdministratorWithAMailServer(Robot robot, DataFolders dataFolders) {
        greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)});
        greenMail.start();
        greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
        services = SampleData.initialised(dataFolders, folder);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void personalAccountWithOwnSettingsIsSavedAndListedAfterASuccessfulTest(Robot robot) {
        DialogFixture accounts = openAccounts(robot);
        accounts.button("accountAddPersonal").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        fillOwnSettings(wizard, "Secrétariat", PASSWORD);

        wizard.button("accountTest").click();
        Gui.untilHidden(robot, "accountWizard");

        Gui.until("account listed", () -> accounts.list("accountsList").target().getModel().getSize() == 1);
        assertThat(accounts.list("accountsList").contents()[0])
                .startsWith("Secrétariat <" + ADDRESS + "> – personal account");
        List<Account> saved = services.accounts().accounts().list(SampleData.admin(services));
        assertThat(saved).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(AccountKind.PERSONAL));
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void wrongPasswordShowsTheDiagnosisOnThePasswordFieldAndSavesNothing(Robot robot) {
        DialogFixture accounts = openAccounts(robot);
        accounts.button("accountAddPersonal").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        fillOwnSettings(wizard, "Secrétariat", "not-the-password");

        wizard.button("accountTest").click();
        Gui.until("test finished", () -> wizard.button("accountSaveAnyway").target().isEnabled());
        assertThat(wizard.label("accountTestResult").text()).contains("refused the user name or the password");
        wizard.button("accountBack").click();
        Gui.untilShowing(robot, "account.password.error");
        FieldCell cell = (FieldCell) wizard.textBox("account.password").target().getParent();
        assertThat(Gui.onEdt(cell::hasError)).isTrue();
        assertThat(wizard.textBox("account.password").target().getClientProperty("JComponent.outline"))
                .isEqualTo("error");

        assertThat(services.accounts().accounts().list(SampleData.admin(services))).isEmpty();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void untrustedCertificateIsPinnedByTheAdministratorsOneClickFixThenTheAccountIsSaved(Robot robot) {
        DialogFixture accounts = openAccounts(robot);
        accounts.button("accountAddPersonal").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        fillOwnSettings(wizard, "Secrétariat", PASSWORD, "SSL/TLS", greenMail.getSmtps().getPort());

        wizard.button("accountTest").click();
        Gui.untilShowing(robot, "accountFix.PIN_CERTIFICATE");
        assertThat(wizard.label("accountTestResult").text()).containsIgnoringCase("certificate");
        assertThat(services.accounts().accounts().list(SampleData.admin(services))).isEmpty();

        wizard.button("accountFix.PIN_CERTIFICATE").click();
        Gui.dialog(robot, "certificateTrustDialog").optionPane().buttonWithText("Trust").click();
        Gui.untilHidden(robot, "accountWizard");
        Account saved = services.accounts().accounts().require(SampleData.admin(services), "Secrétariat");
        assertThat(saved.smtp().pinnedCertificate()).isNotNull();
        assertThat(saved.smtp().port()).isEqualTo(greenMail.getSmtps().getPort());
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void editingRenamesTheAccountAfterATestWithTheStoredPassword(Robot robot) {
        User admin = SampleData.admin(services);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat", ADDRESS,
                SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE,
                LOGIN, PASSWORD.toCharArray(), null, true), null, false, List.of(), null));
        DialogFixture accounts = openAccounts(robot);
        Gui.until("account listed", () -> accounts.list("accountsList").target().getModel().getSize() == 1);
        accounts.list("accountsList").selectItem(0);
        accounts.button("accountEdit").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        wizard.textBox("account.name").requireText("Secrétariat");
        wizard.textBox("account.name").setText("Secrétariat du collège");
        wizard.button("accountNext").click();
        wizard.textBox("account.host").requireText("127.0.0.1");
        wizard.textBox("account.password").requireText("");
        wizard.button("accountNext").click();
        wizard.button("accountTest").click();
        Gui.untilHidden(robot, "accountWizard");

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(services.accounts().accounts().list(admin)).extracting(Account::name).containsExactly("Secrétariat du collège");
        Gui.until("renamed in the list", () -> accounts.list("accountsList").contents()[0]
                .startsWith("Secrétariat du collège <"));
    }

    @Test
    void detectingAGmailAddressFillsThePresetAndShowsItsAppPasswordHelp(Robot robot) {
        DialogFixture accounts = openAccounts(robot);
        accounts.button("accountAddPersonal").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        wizard.textBox("account.address").setText("claire.martin@gmail.com");
        wizard.button("accountDetect").click();
        Gui.until("preset help shown", () -> wizard.label("accountPresetHelp").target().getText()
                .contains("app password"));
        wizard.label("accountDetectState").requireText(Pattern.compile(".*Gmail.*smtp\\.gmail\\.com.*"));
        wizard.button("accountNext").click();
        wizard.comboBox("account.source").requireSelection("Own settings");
        wizard.textBox("account.host").requireText("smtp.gmail.com");
        wizard.textBox("account.user").requireText("claire.martin@gmail.com");
        wizard.button("accountClose").click();
        // The address was typed: closing asks first.
        Gui.dialog(robot, "confirmDialog").optionPane().buttonWithText("Discard").click();
        Gui.untilHidden(robot, "accountWizard");
        assertThat(services.accounts().accounts().list(SampleData.admin(services))).isEmpty();
    }

    @Test
    void institutionAccountSharedWithAUserIsVerifiedWithTheCodeReceived(Robot robot) throws Exception {
        User admin = SampleData.admin(services);
        services.setup().users().add(admin, new UserDraft("Paul Durand", "paul.durand@example.fr", Role.STAFF, null));
        DialogFixture accounts = openAccounts(robot);
        accounts.button("accountAddInstitution").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        Gui.untilClickable(robot, "accountUser.Paul Durand");
        wizard.checkBox("accountUser.Paul Durand").check();
        wizard.checkBox("accountUser.Paul Durand").requireSelected();
        fillOwnSettings(wizard, "Secrétariat", PASSWORD);
        wizard.button("accountTest").click();

        DialogFixture verification = Gui.dialog(robot, "accountVerificationDialog");
        Gui.until("code received", () -> greenMail.getReceivedMessages().length == 2);
        String code = codeIn(greenMail.getReceivedMessages());

        verification.textBox("accountVerificationCode").setText(code.equals("000000") ? "111111" : "000000");
        verification.button("accountVerify").click();
        Gui.untilShowing(robot, "accountVerificationCode.error");
        verification.label("accountVerificationCode.error").requireText(Pattern.compile(".*not the code.*"));

        verification.textBox("accountVerificationCode").setText(code);
        verification.button("accountVerify").click();
        Gui.untilHidden(robot, "accountVerificationDialog");

        Account account = services.accounts().accounts().require(admin, "Secrétariat");
        assertThat(account.verified()).isTrue();
        // The administrator who created it stays ticked unless she unticks herself.
        assertThat(services.accounts().accounts().userNames(account)).containsExactly(SampleData.ADMIN, "Paul Durand");
        Gui.until("listed as verified", () -> Arrays.stream(accounts.list("accountsList").contents())
                .anyMatch(item -> item.endsWith("institution account – verified")));
    }

    private DialogFixture openAccounts(Robot robot) {
        main.menuItem("menuMail").click();
        main.menuItem("menuAccounts").click();
        return Gui.dialog(robot, "accountsDialog");
    }

    /** Account step then own settings: GreenMail's plain SMTP on loopback, password allowed in clear. */
    private void fillOwnSettings(DialogFixture wizard, String name, String password) {
        fillOwnSettings(wizard, name, password, "None", greenMail.getSmtp().getPort());
    }

    private void fillOwnSettings(DialogFixture wizard, String name, String password, String security, int port) {
        wizard.textBox("account.name").setText(name);
        wizard.textBox("account.address").setText(ADDRESS);
        wizard.button("accountNext").click();
        Gui.select(wizard.comboBox("account.source"), "Own settings");
        wizard.textBox("account.host").setText("127.0.0.1");
        Gui.select(wizard.comboBox("account.security"), security);
        wizard.spinner("account.port").enterTextAndCommit(String.valueOf(port));
        wizard.textBox("account.user").setText(LOGIN);
        wizard.textBox("account.password").setText(password);
        if ("None".equals(security)) {
            wizard.checkBox("account.allowPlain").check();
        }
        wizard.button("accountNext").click();
        Gui.untilShowing(robot(wizard), "account.to");
        wizard.textBox("account.to").requireText(ADDRESS);
    }

    private static Robot robot(DialogFixture fixture) {
        return fixture.robot();
    }

    private static String codeIn(MimeMessage[] received) {
        for (MimeMessage message : received) {
            Matcher m = Pattern.compile("code: (\\d{6})").matcher(GreenMailUtil.getBody(message));
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no verification code received");
    }
}
