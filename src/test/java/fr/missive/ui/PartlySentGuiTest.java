package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Mail > Sent mail shows a message refused for one recipient as partly sent, with each recipient's result. */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class PartlySentGuiTest {

    private static final String UNKNOWN_REPLY = "550 5.1.1 <inconnu@college-test.fr>: user unknown";

    @TempDir
    Path folder;

    private ScriptedSmtpServer server;
    private OpenDataFolder services;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void oneMessageAcceptedRefusedAndDeferredThenRetried(DataFolders dataFolders) throws Exception {
        server = new ScriptedSmtpServer().onRecipient("inconnu@college-test.fr", UNKNOWN_REPLY)
                .onRecipientThen("famille.roux@college-test.fr", "451 4.7.1 Greylisted, try again later").start();
        services = SampleData.initialised(dataFolders, folder);
        User admin = SampleData.admin(services);
        SmtpDraft smtp = new SmtpDraft("127.0.0.1", server.port(), Security.NONE, null, null, null, false, null);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, smtp, null, false, List.of(), null));
        long id = services.outbox().outbox().queue(admin, "Secrétariat", List.of(MailContent.plain(List.of(
                EmailAddress.parse("famille.martin@college-test.fr"), EmailAddress.parse("inconnu@college-test.fr"),
                EmailAddress.parse("famille.roux@college-test.fr")), "Conseil de classe", "Bonjour,", List.of())))
                .get(0);
        services.outbox().outbox().worker().runForeground(false, null);
        services.outbox().outbox().retry(admin, id);
        services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theTableSaysPartlySentAndTheDetailGivesEachRecipientsResult(Robot robot) {
        new GuiLauncher(Wiring::open, exit).openOn(services);
        // One user, without a password: no sign-in dialog.
        FrameFixture main = Gui.frame(robot, "mainWindow");
        main.menuItem("menuMail").click();
        main.menuItem("menuSentMail").click();
        DialogFixture sent = Gui.dialog(robot, "sentDialog");
        JTableFixture table = sent.table("sentTable");
        Gui.until("the message", () -> Gui.onEdt(() -> table.target().getRowCount()) == 1);
        assertThat(table.contents()[0][4]).isEqualTo("Partly sent");
        assertThat(table.contents()[0][2])
                .isEqualTo("famille.martin@college-test.fr, inconnu@college-test.fr, famille.roux@college-test.fr");

        table.selectRows(0);
        Gui.until("its details", () -> Gui.onEdt(() -> sent.textBox("sentDetail").target().getText())
                .contains("Per recipient:"));
        String detail = Gui.onEdt(() -> sent.textBox("sentDetail").target().getText());
        assertThat(detail).contains("Status: Partly sent",
                "famille.martin@college-test.fr (To): accepted on",
                "inconnu@college-test.fr (To): refused for good on", UNKNOWN_REPLY,
                "famille.roux@college-test.fr (To): deferred on", "then accepted on", "(attempt 2)");
        sent.button("sentClose").click();
    }
}
