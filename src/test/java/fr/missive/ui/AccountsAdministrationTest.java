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
import fr.missive.app.users.UserDraft;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.JList;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accounts dialog's administration of shared accounts — masking recipients, the users in a
 * tooltip, turning one into its user's personal account, the secret question — and a staff user
 * answering that question to change a shared account, against GreenMail on loopback.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class AccountsAdministrationTest {

    private static final String LOGIN = "secretariat";
    private static final String PASSWORD = "Bonjour-2026";
    private static final String ADDRESS = "secretariat@college-test.fr";
    private static final String PAUL = "Paul Durand";
    private static final String MARIE = "Marie Curie";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private GreenMail greenMail;
    private User admin;

    @BeforeEach
    void dataFolderAndMailServer(DataFolders dataFolders) {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
        services = SampleData.initialised(dataFolders, folder);
        admin = SampleData.admin(services);
        services.setup().users().add(admin, new UserDraft(PAUL, "paul.durand@college-test.fr", Role.STAFF, null));
        services.setup().users().add(admin, new UserDraft(MARIE, "marie.curie@college-test.fr", Role.STAFF, null));
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private void sharedAccount(String name, String address, List<String> users) {
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, name, address,
                SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE,
                LOGIN, PASSWORD.toCharArray(), null, true), null, false, users, null));
    }

    private FrameFixture signInAs(Robot robot, String user) {
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        DialogFixture signIn = Gui.dialog(robot, "signInDialog");
        Gui.select(signIn.comboBox("signInUser"), user);
        signIn.button("signInOk").click();
        return Gui.frame(robot, "mainWindow");
    }

    private static DialogFixture openAccounts(Robot robot, FrameFixture main, int expected) {
        main.menuItem("menuMail").click();
        main.menuItem("menuAccounts").click();
        DialogFixture accounts = Gui.dialog(robot, "accountsDialog");
        Gui.until("accounts listed", () -> accounts.list("accountsList").target().getModel().getSize() == expected);
        return accounts;
    }

    @Test
    void anInstitutionAccountIsSetUpWithItsRecipientsMaskedAndAReplyTo(Robot robot) {
        FrameFixture main = signInAs(robot, SampleData.ADMIN);
        DialogFixture accounts = openAccounts(robot, main, 0);
        accounts.button("accountAddInstitution").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        wizard.textBox("account.name").setText("Vie scolaire");
        wizard.textBox("account.address").setText(ADDRESS);
        wizard.textBox("account.replyTo").setText("cpe@college-test.fr");
        wizard.checkBox("account.maskRecipients").check();
        Gui.untilClickable(robot, "accountUser." + PAUL);
        wizard.checkBox("accountUser." + PAUL).check();
        wizard.button("accountNext").click();
        Gui.select(wizard.comboBox("account.source"), "Own settings");
        wizard.textBox("account.host").setText("127.0.0.1");
        Gui.select(wizard.comboBox("account.security"), "None");
        wizard.spinner("account.port").enterTextAndCommit(String.valueOf(greenMail.getSmtp().getPort()));
        wizard.textBox("account.user").setText(LOGIN);
        wizard.textBox("account.password").setText(PASSWORD);
        wizard.checkBox("account.allowPlain").check();
        wizard.checkBox("account.imap.enabled").check();
        wizard.textBox("account.imap.host").setText("imap.college-test.fr");
        wizard.textBox("account.imap.password").setText("imap-secret");
        wizard.textBox("account.imap.sentFolder").setText("Éléments envoyés");
        wizard.button("accountNext").click();
        wizard.button("accountTest").click();

        DialogFixture verification = Gui.dialog(robot, "accountVerificationDialog");
        verification.button("accountVerificationClose").click();
        // The saved mailbox settings are tried at once: this host does not exist.
        Gui.until("the mailbox diagnosis", () -> Gui.onEdt(() -> accounts.label("accountsState").target().getText())
                .contains("The mailbox server imap.college-test.fr could not be reached"));
        Account saved = services.accounts().accounts().require(admin, "Vie scolaire");
        assertThat(saved.maskRecipients()).isTrue();
        assertThat(saved.replyTo()).hasToString("cpe@college-test.fr");
        assertThat(saved.imap().host()).isEqualTo("imap.college-test.fr");
        assertThat(saved.imap().port()).isEqualTo(993);
        assertThat(saved.imap().sentFolder()).isEqualTo("Éléments envoyés");
        assertThat(services.accounts().accounts().hasImapPassword(saved)).isTrue();

        Gui.until("listed", () -> accounts.list("accountsList").target().getModel().getSize() == 1);
        accounts.list("accountsList").selectItem(0);
        accounts.button("accountEdit").click();
        DialogFixture edit = Gui.dialog(robot, "accountWizard");
        edit.checkBox("account.maskRecipients").requireSelected();
        edit.button("accountNext").click();
        Gui.until("mailbox shown", () -> edit.textBox("account.imap.host").target().isShowing());
        edit.textBox("account.imap.host").requireText("imap.college-test.fr");
        edit.textBox("account.imap.password").requireText("");
        edit.button("accountClose").click();
        Gui.untilHidden(robot, "accountWizard");
    }

    @Test
    void savingTheAccountTriesItsMailboxAtOnceAndNamesTheSentFolderFound(Robot robot) throws Exception {
        GreenMail imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        try {
            imap.setUser(ADDRESS, LOGIN, PASSWORD);
            try (jakarta.mail.Store store = jakarta.mail.Session.getInstance(new java.util.Properties())
                    .getStore("imap")) {
                store.connect("127.0.0.1", imap.getImap().getPort(), LOGIN, PASSWORD);
                store.getFolder("Envoyés").create(jakarta.mail.Folder.HOLDS_MESSAGES);
            }
            services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Claire", ADDRESS,
                    SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE,
                    LOGIN, PASSWORD.toCharArray(), null, true), null, false, List.of(), SampleData.ADMIN,
                    new fr.missive.app.accounts.ImapDraft("127.0.0.1", imap.getImap().getPort(), Security.NONE, LOGIN,
                            PASSWORD.toCharArray(), null)));
            FrameFixture main = signInAs(robot, SampleData.ADMIN);
            DialogFixture accounts = openAccounts(robot, main, 1);
            accounts.list("accountsList").selectItem(0);
            accounts.button("accountEdit").click();
            DialogFixture wizard = Gui.dialog(robot, "accountWizard");
            wizard.button("accountNext").click();
            wizard.button("accountNext").click();
            // The last step's button shows once the wizard has moved on (slow on a loaded machine).
            Gui.untilClickable(robot, "accountTest");
            wizard.button("accountTest").click();
            Gui.untilHidden(robot, "accountWizard");

            Gui.until("the mailbox found", () -> Gui.onEdt(() -> accounts.label("accountsState").target().getText())
                    .contains("Connected to the mailbox; Sent folder: Envoyés."));
        } finally {
            imap.stop();
        }
    }

    @Test
    void theUsersOfASharedAccountAreInItsTooltipAndOneUsedByASingleUserBecomesTheirs(Robot robot) {
        sharedAccount("Secrétariat", ADDRESS, List.of(PAUL));
        sharedAccount("Vie scolaire", "vie-scolaire@college-test.fr", List.of(PAUL, MARIE));
        FrameFixture main = signInAs(robot, SampleData.ADMIN);
        DialogFixture accounts = openAccounts(robot, main, 2);

        assertThat(tooltipOf(accounts, 1)).isEqualTo("Shared with: Marie Curie, Paul Durand");
        accounts.list("accountsList").selectItem(1);
        accounts.button("accountMakePersonal").requireDisabled();

        accounts.list("accountsList").selectItem(0);
        accounts.button("accountMakePersonal").requireEnabled().click();
        DialogFixture confirm = Gui.dialog(robot, "confirmDialog");
        confirm.optionPane().requireMessage(Pattern.compile("(?s).*personal account of Paul Durand.*"));
        confirm.optionPane().buttonWithText("Turn into a personal account").click();

        Gui.until("listed as personal", () -> Arrays.stream(accounts.list("accountsList").contents())
                .anyMatch(item -> item.startsWith("Secrétariat <" + ADDRESS + "> – personal account")));
        Account personal = services.accounts().accounts().require(admin, "Secrétariat");
        assertThat(personal.kind()).isEqualTo(AccountKind.PERSONAL);
        assertThat(services.accounts().accounts().ownerName(personal)).contains(PAUL);
        assertThat(tooltipOf(accounts, 0)).isNull();
    }

    @Test
    void theAdministratorSetsTheSecretQuestionOfASharedAccountWithAnAnswer(Robot robot) {
        sharedAccount("Secrétariat", ADDRESS, List.of(PAUL));
        FrameFixture main = signInAs(robot, SampleData.ADMIN);
        DialogFixture accounts = openAccounts(robot, main, 1);
        accounts.list("accountsList").selectItem(0);
        accounts.button("accountSecretQuestion").click();
        DialogFixture question = Gui.dialog(robot, "secretQuestionDialog");
        Gui.until("question loaded", () -> question.button("secretQuestionSave").target().isEnabled());
        question.label("secretQuestionState").requireText(Pattern.compile(".*only an administrator.*"));
        question.textBox("secretQuestion.question").setText("Prénom de la première directrice ?");
        question.button("secretQuestionSave").click();
        Gui.untilShowing(robot, "secretQuestion.answer.error");
        question.textBox("secretQuestion.answer").setText("Élodie");
        question.button("secretQuestionSave").click();
        Gui.untilHidden(robot, "secretQuestionDialog");

        assertThat(services.accounts().accounts().secretQuestion(admin, "Secrétariat")).contains("Prénom de la première directrice ?");
        User paul = services.setup().users().find(PAUL).orElseThrow();
        services.accounts().accounts().checkSecretAnswer(paul, "Secrétariat", "elodie".toCharArray());
    }

    @Test
    void aStaffUserAnswersTheSecretQuestionToChangeTheSharedAccount(Robot robot) {
        sharedAccount("Secrétariat", ADDRESS, List.of(PAUL));
        services.accounts().accounts().setSecretQuestion(admin, "Secrétariat", "Prénom de la première directrice ?",
                "Élodie".toCharArray());
        FrameFixture main = signInAs(robot, PAUL);
        DialogFixture accounts = openAccounts(robot, main, 1);
        assertThat(tooltipOf(accounts, 0)).isEqualTo("Shared with you only");
        assertThat(Gui.showing(robot, "accountSecretQuestion")).as("the question is the administrator's").isFalse();
        accounts.list("accountsList").selectItem(0);
        accounts.button("accountEdit").requireEnabled().click();
        DialogFixture prompt = Gui.dialog(robot, "secretAnswerDialog");
        Gui.until("question shown", () -> prompt.label("secretAnswerQuestion").target().getText()
                .contains("première directrice"));
        prompt.textBox("secretAnswer.answer").setText("Mélanie");
        prompt.button("secretAnswerOk").click();
        Gui.untilShowing(robot, "secretAnswer.answer.error");
        prompt.textBox("secretAnswer.answer").setText("  ELODIE ");
        prompt.button("secretAnswerOk").click();

        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        wizard.textBox("account.address").requireDisabled();
        wizard.textBox("account.name").setText("Secrétariat du collège");
        wizard.button("accountNext").click();
        wizard.button("accountNext").click();
        wizard.button("accountTest").click();
        Gui.untilHidden(robot, "accountWizard");

        Account changed = services.accounts().accounts().require(admin, "Secrétariat du collège");
        assertThat(services.accounts().accounts().userNames(changed)).containsExactly(PAUL);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        Gui.until("renamed in the list", () -> accounts.list("accountsList").contents()[0]
                .startsWith("Secrétariat du collège <"));
    }

    @Test
    void withoutASecretQuestionAStaffUserCannotChangeASharedAccount(Robot robot) {
        sharedAccount("Secrétariat", ADDRESS, List.of(PAUL));
        FrameFixture main = signInAs(robot, PAUL);
        DialogFixture accounts = openAccounts(robot, main, 1);
        accounts.list("accountsList").selectItem(0);
        accounts.button("accountEdit").requireDisabled();
        accounts.button("accountTestSelected").requireEnabled();
    }

    /** The tooltip the list shows over a row, as the pointer resting on it would show it. */
    private static String tooltipOf(DialogFixture accounts, int row) {
        @SuppressWarnings("unchecked")
        JList<Account> list = (JList<Account>) accounts.list("accountsList").target();
        return Gui.onEdt(() -> {
            Rectangle cell = list.getCellBounds(row, row);
            return list.getToolTipText(new MouseEvent(list, MouseEvent.MOUSE_MOVED, 0, 0,
                    cell.x + 5, cell.y + cell.height / 2, 0, false));
        });
    }
}
