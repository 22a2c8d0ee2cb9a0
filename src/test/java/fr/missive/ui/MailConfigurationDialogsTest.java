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
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.accounts.WorkstationSettings;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import fr.missive.ui.common.FieldCell;
import jakarta.mail.internet.InternetAddress;
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
 * Configuration > Workstation e-mail settings and Configuration > Dispatching profiles, walked as
 * the administrator would, with real tests against GreenMail on loopback.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class MailConfigurationDialogsTest {

    private static final String LOGIN = "poste";
    private static final String PASSWORD = "Bonjour-2026";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private GreenMail greenMail;
    private FrameFixture main;

    @BeforeEach
    void openAsAdministratorWithAMailServer(Robot robot, DataFolders dataFolders) {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser("poste@college-test.fr", LOGIN, PASSWORD);
        services = SampleData.initialised(dataFolders, folder);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void workstationSettingsAreTestedAsTypedThenSavedWithTheirRuleExplained(Robot robot) throws Exception {
        DialogFixture dialog = openWorkstation(robot);
        dialog.label("workstationDomainsRule").requireText(java.util.regex.Pattern.compile(".*Reply-To.*"));
        fillServer(dialog, "workstation", PASSWORD);
        dialog.textBox("workstation.senderName").setText("Collège Jean Moulin");
        dialog.textBox("workstation.senderAddress").setText("ne-pas-repondre@college-test.fr");
        dialog.textBox("workstation.authorisedDomains").setText("college-test.fr, @wrong");
        dialog.textBox("workstation.to").setText("claire@college-test.fr");

        dialog.button("workstationTest").click();
        Gui.until("test sent", () -> dialog.label("workstationTestResult").target().getText().contains("was sent"));
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(((InternetAddress) greenMail.getReceivedMessages()[0].getFrom()[0]).getAddress())
                .isEqualTo("ne-pas-repondre@college-test.fr");
        assertThat(services.accounts().workstation().get().smtp()).as("a test saves nothing").isNull();

        dialog.button("workstationSave").click();
        Gui.untilShowing(robot, "workstation.authorisedDomains.error");
        dialog.label("workstation.authorisedDomains.error").requireText(java.util.regex.Pattern.compile(".*@wrong.*"));
        dialog.textBox("workstation.authorisedDomains").setText("college-test.fr; ac-lyon.fr");
        dialog.button("workstationSave").click();
        Gui.untilHidden(robot, "workstationDialog");

        WorkstationSettings saved = services.accounts().workstation().get();
        assertThat(saved.smtp().host()).isEqualTo("127.0.0.1");
        assertThat(saved.senderName()).isEqualTo("Collège Jean Moulin");
        assertThat(saved.authorisedDomains()).containsExactly("college-test.fr", "ac-lyon.fr");
        assertThat(services.accounts().workstation().hasPassword()).isTrue();

        DialogFixture reopened = openWorkstation(robot);
        Gui.until("settings shown", () -> reopened.textBox("workstation.host").target().getText().equals("127.0.0.1"));
        reopened.textBox("workstation.authorisedDomains").requireText("college-test.fr, ac-lyon.fr");
        reopened.label("workstation.passwordHint").requireVisible();
        reopened.button("workstationClose").click();
        Gui.untilHidden(robot, "workstationDialog");
    }

    @Test
    void aWrongPasswordIsDiagnosedOnThePasswordFieldOfTheWorkstationSettings(Robot robot) {
        DialogFixture dialog = openWorkstation(robot);
        fillServer(dialog, "workstation", "not-the-password");
        dialog.textBox("workstation.senderAddress").setText("poste@college-test.fr");

        dialog.button("workstationTest").click();
        Gui.until("test failed", () -> dialog.label("workstationTestResult").target().getText()
                .contains("refused the user name or the password"));
        Gui.untilShowing(robot, "workstation.password.error");
        FieldCell cell = (FieldCell) dialog.textBox("workstation.password").target().getParent();
        assertThat(Gui.onEdt(cell::hasError)).isTrue();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aProfileIsAddedAfterItsTestAndOneInUseSaysWhoUsesItAndCannotBeDeleted(Robot robot) {
        DialogFixture dialog = openProfiles(robot);
        dialog.textBox("profile.name").setText("Relais du collège");
        fillServer(dialog, "profile", PASSWORD);
        dialog.textBox("profile.to").setText("claire@college-test.fr");
        dialog.button("profileTest").click();
        Gui.until("test sent", () -> dialog.label("profileTestResult").target().getText().contains("was sent"));
        dialog.button("profileSave").click();
        Gui.until("profile listed", () -> dialog.list("profilesList").target().getModel().getSize() == 1);
        assertThat(dialog.list("profilesList").contents()[0]).isEqualTo("Relais du collège – 127.0.0.1");
        assertThat(services.accounts().profiles().hasPassword(services.accounts().profiles().find("Relais du collège").orElseThrow()))
                .isTrue();
        dialog.button("profilesClose").click();
        Gui.untilHidden(robot, "profilesDialog");

        User admin = SampleData.admin(services);
        services.accounts().profiles().add(admin, "Ancien relais", new SmtpDraft("relay.college-test.fr", 25, Security.NONE,
                null, null, null, false));
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.PROFILE, "Relais du collège", null, null, false,
                List.of(), null));

        DialogFixture reopened = openProfiles(robot);
        Gui.until("profiles listed", () -> reopened.list("profilesList").target().getModel().getSize() == 2);
        reopened.list("profilesList").selectItem(1);
        Gui.until("usage shown", () -> reopened.label("profileUsage").target().getText().contains("Secrétariat"));
        reopened.button("profileDelete").requireDisabled();
        reopened.textBox("profile.password").requireText("");
        reopened.label("profile.passwordHint").requireVisible();

        reopened.list("profilesList").selectItem(0);
        Gui.until("unused shown", () -> reopened.label("profileUsage").target().getText().contains("No account"));
        reopened.button("profileDelete").requireEnabled().click();
        Gui.dialog(robot, "confirmDialog").optionPane().buttonWithText("Delete").click();
        Gui.until("one profile left", () -> reopened.list("profilesList").target().getModel().getSize() == 1);
        assertThat(services.accounts().profiles().list()).extracting(p -> p.name()).containsExactly("Relais du collège");
    }

    private DialogFixture openWorkstation(Robot robot) {
        main.menuItem("menuConfiguration").click();
        main.menuItem("menuWorkstationMail").click();
        DialogFixture dialog = Gui.dialog(robot, "workstationDialog");
        Gui.until("settings loaded", () -> dialog.button("workstationSave").target().isEnabled());
        return dialog;
    }

    private DialogFixture openProfiles(Robot robot) {
        main.menuItem("menuConfiguration").click();
        main.menuItem("menuProfiles").click();
        return Gui.dialog(robot, "profilesDialog");
    }

    /** GreenMail's plain SMTP on loopback, the password allowed in clear by the administrator. */
    private void fillServer(DialogFixture dialog, String prefix, String password) {
        dialog.textBox(prefix + ".host").setText("127.0.0.1");
        Gui.select(dialog.comboBox(prefix + ".security"), "None");
        dialog.spinner(prefix + ".port").enterTextAndCommit(String.valueOf(greenMail.getSmtp().getPort()));
        dialog.textBox(prefix + ".user").setText(LOGIN);
        dialog.textBox(prefix + ".password").setText(password);
        dialog.checkBox(prefix + ".allowPlain").check();
    }
}
