package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.app.users.UserDraft;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** Mail > Sent mail: account switch, sort by a column, search into the text, the detail pane. */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class SentMailGuiTest {

    @TempDir
    Path folder;

    private ScriptedSmtpServer server;
    private OpenDataFolder services;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void threeMessagesSentFromTwoAccounts(DataFolders dataFolders) throws Exception {
        server = new ScriptedSmtpServer().start();
        services = SampleData.initialised(dataFolders, folder);
        User admin = SampleData.admin(services);
        User paul = services.setup().users().add(admin, new UserDraft("Paul Durand", "paul@college-test.fr", Role.STAFF,
                null));
        SmtpDraft smtp = new SmtpDraft("127.0.0.1", server.port(), Security.NONE, null, null, null, false, null);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, smtp, null, false, List.of(), null));
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Paul", "paul@college-test.fr",
                SettingsSource.OWN, null, smtp, null, false, List.of(), "Paul Durand"));
        services.outbox().outbox().queue(admin, "Secrétariat", List.of(
                mail("famille.martin@college-test.fr", "Bulletin de Léa", "Voici le bulletin de Léa."),
                mail("famille.begue@college-test.fr", "Absence de Noé", "Noé était absent mardi matin.")));
        services.outbox().outbox().queue(paul, "Paul", List.of(
                mail("famille.dupont@college-test.fr", "Sortie au musée", "La sortie aura lieu jeudi.")));
        services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));
    }

    private static MailContent mail(String to, String subject, String text) {
        return MailContent.plain(List.of(EmailAddress.parse(to)), subject, text,
                List.of(Attachment.pdf("courrier.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void switchAccountsSortSearchAndReadTheDetails(Robot robot) throws Exception {
        new GuiLauncher(Wiring::open, exit).openOn(services);
        // Two users: the administrator signs in (no password), and sees every account.
        Gui.dialog(robot, "signInDialog").button("signInOk").click();
        FrameFixture main = Gui.frame(robot, "mainWindow");
        main.menuItem("menuMail").click();
        main.menuItem("menuSentMail").click();
        DialogFixture sent = Gui.dialog(robot, "sentDialog");
        JTableFixture table = sent.table("sentTable");
        Gui.until("three rows", () -> Gui.onEdt(() -> table.target().getRowCount()) == 3);

        Gui.select(sent.comboBox("sentAccount"), "Paul");
        Gui.until("Paul's one message", () -> Gui.onEdt(() -> table.target().getRowCount()) == 1);
        assertThat(table.contents()[0][3]).isEqualTo("Sortie au musée");
        Gui.select(sent.comboBox("sentAccount"), "All my accounts");
        Gui.until("three rows again", () -> Gui.onEdt(() -> table.target().getRowCount()) == 3);

        table.tableHeader().clickColumn(3);
        Gui.until("sorted by subject", () -> List.of(table.contents()).stream().map(r -> r[3]).toList()
                .equals(List.of("Absence de Noé", "Bulletin de Léa", "Sortie au musée")));
        table.tableHeader().clickColumn(1);
        Gui.until("sorted by account", () -> List.of(table.contents()).stream().map(r -> r[1]).toList()
                .equals(List.of("Paul", "Secrétariat", "Secrétariat")));

        sent.textBox("sentSearch").enterText("mardi");
        Gui.until("the message whose text says mardi", () -> Gui.onEdt(() -> table.target().getRowCount()) == 1
                && table.contents()[0][3].equals("Absence de Noé"));

        table.selectRows(0);
        Gui.until("its details", () -> Gui.onEdt(() -> sent.textBox("sentDetail").target().getText())
                .contains("To: famille.begue@college-test.fr"));
        String detail = Gui.onEdt(() -> sent.textBox("sentDetail").target().getText());
        assertThat(detail).contains("Attachments: courrier.pdf", "Server reply: 250", "Noé était absent mardi matin.",
                "Sent folder: No copy");
        assertThat(sent.button("sentResend").isEnabled()).isTrue();

        sent.textBox("sentSearch").deleteText();
        Gui.until("three rows after the search", () -> Gui.onEdt(() -> table.target().getRowCount()) == 3);
        table.selectRows(1);
        screenshot(sent, "sent-mail-en.png");
        sent.button("sentClose").click();
    }

    @Test
    void openAndSaveAnAttachmentForwardAndPurgeWithTheRetentionDialog(Robot robot) throws Exception {
        List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<byte[]> openedBytes = new java.util.concurrent.CopyOnWriteArrayList<>();
        new GuiLauncher(Wiring::open, exit).withFileOpener(file -> {
            opened.add(file);
            openedBytes.add(Files.readAllBytes(file));
        }).openOn(services);
        Gui.dialog(robot, "signInDialog").button("signInOk").click();
        FrameFixture main = Gui.frame(robot, "mainWindow");
        main.menuItem("menuMail").click();
        main.menuItem("menuSentMail").click();
        DialogFixture sent = Gui.dialog(robot, "sentDialog");
        JTableFixture table = sent.table("sentTable");
        Gui.until("three rows", () -> Gui.onEdt(() -> table.target().getRowCount()) == 3);
        sent.textBox("sentSearch").enterText("Absence");
        Gui.until("one row", () -> Gui.onEdt(() -> table.target().getRowCount()) == 1);
        table.selectRows(0);
        Gui.until("its attachment", () -> Gui.onEdt(() -> sent.list("sentAttachments").target().getModel().getSize())
                == 1);
        assertThat(sent.list("sentAttachments").contents()).containsExactly("courrier.pdf");

        sent.button("sentOpen").click();
        Gui.until("handed to the viewer", () -> opened.size() == 1);
        assertThat(opened.get(0).getFileName().toString()).isEqualTo("courrier.pdf");
        assertThat(openedBytes.get(0)).isEqualTo("%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
        sent.list("sentAttachments").item(0).doubleClick();
        Gui.until("opened again by a double-click", () -> opened.size() == 2);

        sent.button("sentSaveAs").click();
        org.assertj.swing.fixture.JFileChooserFixture saveAs = org.assertj.swing.finder.JFileChooserFinder
                .findFileChooser("sentSaveChooser").withTimeout(Gui.TIMEOUT_MILLIS).using(robot);
        assertThat(saveAs.target().getSelectedFile().getName()).isEqualTo("courrier.pdf");
        Path saved = folder.resolve("copie courrier.pdf");
        org.assertj.swing.edt.GuiActionRunner.execute(() -> saveAs.target().setSelectedFile(saved.toFile()));
        Gui.approve(saveAs);
        Gui.until("saved", () -> Files.exists(saved) && Files.size(saved) > 0);
        assertThat(Files.readAllBytes(saved)).isEqualTo("%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));

        sent.button("sentForward").click();
        DialogFixture forward = Gui.dialog(robot, "forwardDialog");
        forward.textBox("forwardTo").enterText("cpe@college-test.fr");
        forward.textBox("forwardNote").enterText("Pour suivi.");
        forward.button("forwardOk").click();
        Gui.untilHidden(robot, "forwardDialog");
        Gui.until("forwarded and delivered", () -> server.received() == 4);
        String delivered = server.messages().get(3);
        assertThat(delivered).contains("Fwd:_Absence_de_No=C3=A9", "Forwarded message", "Pour suivi.", "courrier.pdf");
        // Without a window manager the focus does not come back from the closed dialog: set the text directly.
        org.assertj.swing.edt.GuiActionRunner.execute(() -> sent.textBox("sentSearch").target().setText(""));
        Gui.until("the forward in the log", () -> Gui.onEdt(() -> table.target().getRowCount()) == 4);

        sent.button("sentRetention").click();
        DialogFixture retention = Gui.dialog(robot, "retentionDialog");
        Gui.until("the current setting", () -> Gui.onEdt(() -> retention.spinner("retentionDays").target().getValue())
                .equals(365));
        retention.spinner("retentionDays").enterTextAndCommit("200");
        retention.button("retentionPurge").click();
        Gui.until("purged", () -> Gui.onEdt(() -> retention.label("retentionResult").target().getText())
                .contains("No message to delete (older than 200 days)"));
        assertThat(services.sentLog().retentionDays()).isEqualTo(200);
        assertThat(Gui.onEdt(() -> ScreenshotTour.find(retention.target(), "retentionProgress").isVisible())).isFalse();
        retention.button("retentionClose").click();
        sent.button("sentClose").click();
    }

    @Test
    void aStaffUserSeesOnlyTheirOwnAccountAndItsMail(Robot robot) {
        new GuiLauncher(Wiring::open, exit).openOn(services);
        DialogFixture signIn = Gui.dialog(robot, "signInDialog");
        Gui.select(signIn.comboBox("signInUser"), "Paul Durand");
        signIn.button("signInOk").click();
        FrameFixture main = Gui.frame(robot, "mainWindow");
        main.menuItem("menuMail").click();
        main.menuItem("menuSentMail").click();
        DialogFixture sent = Gui.dialog(robot, "sentDialog");
        JTableFixture table = sent.table("sentTable");
        Gui.until("Paul's one message", () -> Gui.onEdt(() -> table.target().getRowCount()) == 1);
        assertThat(sent.comboBox("sentAccount").contents()).containsExactly("All my accounts", "Paul");
        assertThat(table.contents()[0][3]).isEqualTo("Sortie au musée");
        sent.textBox("sentSearch").enterText("Noé");
        Gui.until("nothing of the secretariat", () -> Gui.onEdt(() -> table.target().getRowCount()) == 0);
        // The retention is the administrator's: a staff user does not see the button.
        assertThat(Gui.onEdt(() -> ScreenshotTour.find(sent.target(), "sentRetention").isVisible())).isFalse();
        sent.button("sentClose").click();
    }

    private static void screenshot(DialogFixture dialog, String name) throws Exception {
        Screenshots.save(dialog.target(), name);
    }
}
