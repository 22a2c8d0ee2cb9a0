package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.model.Versioned;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two administrators change the same account: the second to save is told who changed it and
 * when, keeps what they typed until they choose, and may reload the saved account or overwrite it.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class AccountConflictGuiTest {

    /** An administrator on another PC (the direction's). */
    private static final User MARC = new User(99L, "Marc Petit", null, Role.ADMIN, null);
    private static final String ACCOUNT = "Secrétariat";
    private static final String OURS = "accueil@college-test.fr";
    private static final String THEIRS = "vie-scolaire@college-test.fr";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private FrameFixture main;
    private User admin;

    @BeforeEach
    void openOnOneAccount(Robot robot, DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        admin = SampleData.admin(services);
        services.accounts().accounts().saveAnyway(admin, draft(null));
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
    }

    @Test
    void theSecondSaveIsToldWhoChangedTheAccountKeepsWhatWasTypedAndReloadShowsTheirs(Robot robot) {
        DialogFixture wizard = editAccount(robot);
        wizard.textBox("account.replyTo").setText(OURS);
        marcSavesReplyTo(THEIRS);

        wizard.button("accountSave").requireEnabled().click();
        JOptionPaneFixture told = Gui.dialog(robot, "chooseDialog").optionPane();
        told.requireMessage(LetterConflictGuiTest.TOLD);
        wizard.textBox("account.replyTo").requireText(OURS);
        told.buttonWithText("Reload").click();

        DialogFixture reloaded = Gui.dialog(robot, "accountWizard");
        Gui.until("Marc's Reply-To in the wizard", () -> Gui.onEdt(() -> reloaded.textBox("account.replyTo").target()
                .getText()).equals(THEIRS));
        Gui.untilShowing(robot, "accountSave");
        reloaded.textBox("account.replyTo").click();
        reloaded.textBox("account.replyTo").setText(OURS);
        reloaded.button("accountSave").requireEnabled().click();
        Gui.until("saved over the reloaded version", () -> String.valueOf(stored().replyTo()).equals(OURS));
    }

    @Test
    void overwriteSavesWhatWasTypedOverTheOtherChange(Robot robot) {
        DialogFixture wizard = editAccount(robot);
        wizard.textBox("account.replyTo").setText(OURS);
        marcSavesReplyTo(THEIRS);

        wizard.button("accountSave").requireEnabled().click();
        JOptionPaneFixture told = Gui.dialog(robot, "chooseDialog").optionPane();
        told.requireMessage(LetterConflictGuiTest.TOLD);
        told.buttonWithText("Overwrite").click();

        Gui.untilHidden(robot, "accountWizard");
        assertThat(String.valueOf(stored().replyTo())).isEqualTo(OURS);
        assertThat(services.accounts().accounts().findForEditing(admin, ACCOUNT).orElseThrow().version().changedBy())
                .isEqualTo(SampleData.ADMIN);
    }

    private DialogFixture editAccount(Robot robot) {
        main.menuItem("menuMail").click();
        main.menuItem("menuAccounts").click();
        DialogFixture accounts = Gui.dialog(robot, "accountsDialog");
        Gui.until("listed", () -> accounts.list("accountsList").target().getModel().getSize() == 1);
        accounts.list("accountsList").selectItem(0);
        accounts.button("accountEdit").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        Gui.untilShowing(robot, "accountSave");
        return wizard;
    }

    /** The other administrator, on another PC sharing the database, saves the account from its current version. */
    private void marcSavesReplyTo(String replyTo) {
        Versioned<Account> current = services.accounts().accounts().findForEditing(MARC, ACCOUNT).orElseThrow();
        services.accounts().accounts().saveAnyway(MARC, ACCOUNT, draft(replyTo), null, current.version().number());
    }

    private static AccountDraft draft(String replyTo) {
        return new AccountDraft(AccountKind.PERSONAL, ACCOUNT, "secretariat@college-test.fr", SettingsSource.OWN, null,
                new SmtpDraft("127.0.0.1", 2525, Security.NONE, null, null, 30, false), replyTo, false, List.of(),
                null);
    }

    private Account stored() {
        return services.accounts().accounts().require(admin, ACCOUNT);
    }
}
