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
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JLabel;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox in the window: delivered in the background while Missive is open, counted in the
 * status bar, listed with its errors in Mail > Outbox, retried; closing with messages waiting.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class OutboxGuiTest {

    @TempDir
    Path folder;

    private ScriptedSmtpServer server;
    private DataFolders dataFolders;
    private OpenDataFolder services;
    private User admin;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void accountOnAServerThatAsksToComeBackLater(DataFolders dataFolders) throws Exception {
        this.dataFolders = dataFolders;
        server = new ScriptedSmtpServer().afterDataThen("451 4.7.1 Greylisted, please try again later").start();
        services = SampleData.initialised(dataFolders, folder);
        admin = SampleData.admin(services);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", server.port(),
                Security.NONE, null, null, null, false, null), null, false, List.of(), null));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private void queue(String... subjects) {
        services.outbox().outbox().queue(admin, "Secrétariat", java.util.Arrays.stream(subjects)
                .map(s -> MailContent.plain(List.of(EmailAddress.parse("famille.begue@college-test.fr")), s,
                        "Bonjour,\n", List.of())).toList());
    }

    private long inState(OutboxState state) {
        return services.outbox().outbox().list(admin).stream().filter(e -> e.state() == state).count();
    }

    @Test
    void theWindowDeliversInTheBackgroundAndTheOutboxRetriesADeferredMessage(Robot robot) throws Exception {
        queue("Bulletin de Léa", "Bulletin de Noé", "Bulletin d'Inès");
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");

        Gui.until("two sent, one deferred", () -> inState(OutboxState.SENT) == 2 && inState(OutboxState.DEFERRED) == 1);
        JLabel waiting = robot.finder().findByName(main.target(), "statusOutbox", JLabel.class, false);
        Gui.until("the status bar counts it", () -> Gui.onEdt(() -> waiting.isShowing()
                && waiting.getText().equals("1 message waiting")));

        main.label("statusOutbox").click();
        DialogFixture outbox = Gui.dialog(robot, "outboxDialog");
        JTableFixture table = outbox.table("outboxTable");
        Gui.until("three rows", () -> table.target().getRowCount() == 3);
        String[][] rows = table.contents();
        int deferred = rows[0][0].equals("Will be retried") ? 0 : rows[1][0].equals("Will be retried") ? 1 : 2;
        assertThat(rows[deferred][3]).isEqualTo("Bulletin de Léa");
        assertThat(rows[deferred][4]).isEqualTo("1");
        assertThat(rows[deferred][5]).startsWith("next attempt");
        assertThat(rows[deferred][6]).contains("451 4.7.1 Greylisted");
        assertThat(List.of(rows)).filteredOn(r -> r[0].equals("Sent")).hasSize(2);
        screenshot(outbox, "outbox-en.png");

        table.selectRows(deferred);
        Gui.until("retry enabled", () -> outbox.button("outboxRetry").target().isEnabled());
        outbox.button("outboxRetry").click();

        Gui.until("all sent", () -> inState(OutboxState.SENT) == 3);
        Gui.until("the table follows", () -> List.of(table.contents()).stream().allMatch(r -> r[0].equals("Sent")));
        Gui.until("nothing waiting in the status bar", () -> !Gui.onEdt(waiting::isShowing));
        OutboxEntry lea = services.outbox().outbox().list(admin).stream().filter(e -> e.subject().equals("Bulletin de Léa"))
                .findFirst().orElseThrow();
        assertThat(lea.attempts()).isEqualTo(2);
        outbox.button("outboxClose").click();
    }

    @Test
    void closingWithMessagesWaitingSaysHowManyAndCanLeaveThemForNextStart(Robot robot) throws Exception {
        queue("Convocation");
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("deferred", () -> inState(OutboxState.DEFERRED) == 1);

        main.close();
        DialogFixture question = Gui.dialog(robot, "quitWhileSending");
        assertThat(question.label("quitText").text()).contains("One message is still waiting to be sent");
        screenshot(question, "quit-while-sending-en.png");
        question.button("quitBack").click();
        Gui.untilHidden(robot, "quitWhileSending");
        assertThat(exit.exited()).isFalse();

        main.close();
        Gui.dialog(robot, "quitWhileSending").button("quitLater").click();
        assertThat(exit.awaitCode()).isZero();
        try (OpenDataFolder again = dataFolders.open(folder)) {
            assertThat(again.outbox().outbox().waiting()).isEqualTo(1);
        }
    }

    @Test
    void waitingForTheMessagesClosesOnceTheyAreSent(Robot robot) throws Exception {
        queue("Convocation");
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("deferred", () -> inState(OutboxState.DEFERRED) == 1);

        main.close();
        Gui.dialog(robot, "quitWhileSending").button("quitWait").click();

        assertThat(exit.awaitCode()).isZero();
        try (OpenDataFolder again = dataFolders.open(folder)) {
            assertThat(again.outbox().outbox().waiting()).isZero();
        }
    }

    private static void screenshot(DialogFixture dialog, String name) throws Exception {
        Screenshots.save(dialog.target(), name);
    }
}
