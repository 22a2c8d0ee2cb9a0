package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.i18n.Messages;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JLabel;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two window entry points of the shared database, as far as they go without a database
 * server: the first-run wizard's "Join my school's shared database…" reached from the keyboard,
 * its form refusing what is missing or not a join file beside the field, and the administrator's
 * "Move up to a shared database…" saying beside the server's address that the server does not
 * answer. The way through with a server is {@code SharedDatabaseWindowsPostgresqlGuiTest}.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class SharedDatabaseWindowsTest {

    private static final Messages ENGLISH = Messages.forLocale(Messages.ENGLISH);

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    private final ExitRecorder exit = new ExitRecorder();

    @Test
    void theWizardsJoinChoiceIsReachedWithTabAndRefusesAFileThatIsNotAJoinFileKeepingWhatWasTyped(Robot robot)
            throws Exception {
        Path notAJoinFile = Files.writeString(elsewhere.resolve("notes.txt"), "Réunion lundi 9 h");
        new GuiLauncher(Wiring::open, exit).start(folder);
        DialogFixture wizard = Gui.dialog(robot, "firstRunWizard");
        wizard.button("wizardJoinShared").requireVisible().requireText("Join my school’s shared database…");

        // From the first field, Tab reaches the choice and Space opens it.
        wizard.textBox("institution.name").focus();
        for (int i = 0; i < 40 && !"wizardJoinShared".equals(focusedName()); i++) {
            robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
            robot.waitForIdle();
        }
        assertThat(focusedName()).as("Tab reaches the join choice").isEqualTo("wizardJoinShared");
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        DialogFixture join = Gui.dialog(robot, "joinSharedDatabaseDialog");

        join.button("joinButton").click();
        Gui.untilShowing(robot, "joinFile.error");
        join.label("joinFile.error").requireText("Required.");
        join.label("passphrase.error").requireText("Required.");

        join.textBox("joinFile").setText(notAJoinFile.toString());
        join.textBox("passphrase").enterText("une phrase assez longue");
        join.button("joinButton").click();
        JLabel fileError = label(robot, join, "joinFile.error");
        Gui.until("the file refused", () -> fileError.isShowing() && !"Required.".equals(fileError.getText()));
        assertThat(Gui.onEdt(fileError::getText))
                .isIn(ENGLISH.get("seal.notSealed"), ENGLISH.get("shared.notAJoinFile"));
        assertThat(Gui.isShowing(label(robot, join, "passphrase.error"))).as("the passphrase not blamed").isFalse();
        join.textBox("joinFile").requireText(notAJoinFile.toString());
        join.textBox("passphrase").requireText("une phrase assez longue");
        assertThat(folder.resolve("database.properties")).as("nothing pointed elsewhere").doesNotExist();

        join.button("joinCancel").click();
        Gui.dialog(robot, "confirmDialog").optionPane().buttonWithText("Discard").click();
        Gui.untilHidden(robot, "joinSharedDatabaseDialog");
        wizard.requireVisible();
        Gui.clickToClose(wizard.button("wizardCancel"), "firstRunWizard");
        assertThat(exit.awaitCode()).isZero();
    }

    @Test
    void anAdministratorsMoveToAServerThatDoesNotAnswerIsToldBesideTheServerKeepingTheForm(Robot robot)
            throws Exception {
        OpenDataFolder services = SampleData.initialised(folder);
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        main.menuItem("menuConfiguration").click();
        main.menuItem("menuMoveToSharedDatabase").click();
        DialogFixture move = Gui.dialog(robot, "moveToSharedDatabaseDialog");

        move.textBox("port").setText("70000");
        move.button("moveUpStart").click();
        Gui.untilShowing(robot, "port.error");
        move.label("port.error").requireText(ENGLISH.get("shared.badPort"));
        move.label("host.error").requireText("Required.");
        move.label("user.error").requireText("Required.");

        // Port 1 on this machine: nothing listens there, the connection is refused at once.
        move.textBox("host").setText("127.0.0.1");
        move.textBox("port").setText("1");
        move.textBox("user").setText("missive_admin");
        move.textBox("password").setText("mot de passe");
        move.button("moveUpStart").click();
        JLabel hostError = label(robot, move, "host.error");
        Gui.until("the server said not to answer", () -> hostError.isShowing()
                && !"Required.".equals(hostError.getText()));
        move.label("host.error").requireText(ENGLISH.get("storage.serverUnreachable", "127.0.0.1:1"));
        move.textBox("user").requireText("missive_admin");
        move.textBox("password").requireText("mot de passe");
        move.textBox("pcName").requireText("secretariat");
        move.button("moveUpStart").requireEnabled();
        assertThat(folder.resolve("database.properties")).as("this PC stays on its own database").doesNotExist();
        assertThat(services.outbox().outbox().worker().isRunning()).as("the delivery resumed").isTrue();

        move.button("moveUpCancel").click();
        Gui.dialog(robot, "confirmDialog").optionPane().buttonWithText("Discard").click();
        Gui.untilHidden(robot, "moveToSharedDatabaseDialog");
        main.close();
        assertThat(exit.awaitCode()).isZero();
    }

    /** A label whether showing or not (an error line is hidden until there is an error). */
    private static JLabel label(Robot robot, DialogFixture in, String name) {
        return robot.finder().findByName(in.target(), name, JLabel.class, false);
    }

    private static String focusedName() {
        return Gui.onEdt(() -> {
            var owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return owner == null ? null : owner.getName();
        });
    }
}
