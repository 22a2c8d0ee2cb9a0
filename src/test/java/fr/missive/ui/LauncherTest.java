package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.DataFolderOpener;
import fr.missive.app.settings.Preferences.Bounds;
import fr.missive.app.users.UserDraft;
import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class LauncherTest {

    private static final String STAFF = "Paul Durand";

    @TempDir
    Path folder;

    private final ExitRecorder exit = new ExitRecorder();
    private DataFolders dataFolders;
    private OpenDataFolder services;

    @BeforeEach
    void folders(DataFolders dataFolders) {
        this.dataFolders = dataFolders;
    }

    /** Claire Martin, administrator with a password, and Paul Durand, staff without one. */
    private void twoUsers() {
        services = SampleData.initialised(dataFolders, folder);
        User admin = SampleData.admin(services);
        services.setup().users().update(admin, admin.id(), new UserDraft(admin.name(), "claire.martin@example.fr", Role.ADMIN,
                "secret".toCharArray()));
        services.setup().users().add(admin, new UserDraft(STAFF, "", Role.STAFF, null));
    }

    @Test
    void secondLaunchOnAnOpenFolderSaysSoAndExitsWithCode3(Robot robot) throws Exception {
        services = dataFolders.open(folder);

        new GuiLauncher(Wiring::open, exit).start(folder);

        DialogFixture alert = Gui.dialog(robot, "alertError");
        JOptionPaneFixture pane = alert.optionPane();
        pane.requireMessage(Messages.forLocale(Messages.ENGLISH).get("storage.alreadyRunning", folder.toString()));
        assertThat(exit.exited()).as("exits only once the user has read the message").isFalse();
        pane.okButton().click();
        assertThat(exit.awaitCode()).isEqualTo(3);
    }

    @Test
    void anUnusableFolderIsExplainedAndExitsWithCode1(Robot robot) throws Exception {
        DataFolderOpener refusing = (dataFolder, onRecovering) -> {
            throw new MissiveException(UserMessage.of("storage.notWritable"));
        };
        new GuiLauncher(refusing, exit).start(folder);

        Gui.dialog(robot, "alertError").optionPane()
                .requireMessage(Messages.forLocale(Messages.ENGLISH).get("storage.notWritable")).okButton().click();
        assertThat(exit.awaitCode()).isEqualTo(1);
    }

    @Test
    void aBugWhileOpeningShowsAShortSentenceNotTheException(Robot robot) throws Exception {
        DataFolderOpener broken = (dataFolder, onRecovering) -> {
            throw new IllegalStateException("internal detail");
        };
        new GuiLauncher(broken, exit).start(folder);

        Gui.dialog(robot, "alertError").optionPane()
                .requireMessage("Something unexpected went wrong: this is a fault in Missive, not in what you did."
                        + " The details are in the journal (Help > Journal): \u201cCopy for support\u201d copies them"
                        + " for whoever looks after this PC; tell them what you were doing.").okButton().click();
        assertThat(exit.awaitCode()).isEqualTo(1);
    }

    @Test
    void saysTheDataIsBeingRecoveredWhileTheDatabaseRecovers(Robot robot) throws Exception {
        CountDownLatch recovered = new CountDownLatch(1);
        DataFolderOpener recovering = (dataFolder, onRecovering) -> {
            onRecovering.run();
            try {
                recovered.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return dataFolders.open(dataFolder);
        };
        new GuiLauncher(recovering, exit).start(folder);

        DialogFixture opening = Gui.dialog(robot, "openingWindow");
        opening.label("openingText").requireText(Pattern.compile(".*Missive is recovering its data.*"));
        recovered.countDown();
        DialogFixture wizard = Gui.dialog(robot, "firstRunWizard");
        Gui.untilHidden(robot, "openingWindow");
        Gui.clickToClose(wizard.button("wizardCancel"), "firstRunWizard");
        assertThat(exit.awaitCode()).isZero();
    }

    @Test
    void signInRefusesAWrongPasswordOnThePasswordField(Robot robot) {
        twoUsers();
        services.setup().preferences().setLastUserName(SampleData.ADMIN);

        new GuiLauncher(Wiring::open, exit).openOn(services);

        DialogFixture signIn = Gui.dialog(robot, "signInDialog");
        signIn.comboBox("signInUser").requireSelection(SampleData.ADMIN);
        signIn.textBox("signInPassword").requireVisible().enterText("wrong");
        signIn.button("signInOk").click();
        Gui.untilShowing(robot, "signInPassword.error");
        signIn.label("signInPassword.error").requireText("Wrong password for Claire Martin.");

        signIn.textBox("signInPassword").enterText("secret");
        signIn.button("signInOk").click();
        FrameFixture main = Gui.frame(robot, "mainWindow");
        main.label("statusUser").requireText("Signed in: Claire Martin (Administrator)");
        assertThat(Gui.showing(robot, "menuConfiguration")).isTrue();
    }

    @Test
    void staffSignsInWithoutPasswordAndHasNoConfigurationMenu(Robot robot) {
        twoUsers();

        new GuiLauncher(Wiring::open, exit).openOn(services);

        DialogFixture signIn = Gui.dialog(robot, "signInDialog");
        assertThat(GuiActionRunner.execute(() -> signIn.target().getIconImages().size())).isEqualTo(7);
        Gui.select(signIn.comboBox("signInUser"), STAFF);
        Gui.untilHidden(robot, "signInPassword");
        signIn.button("signInOk").click();
        FrameFixture main = Gui.frame(robot, "mainWindow");
        main.label("statusUser").requireText("Signed in: Paul Durand (Staff)");
        assertThat(GuiActionRunner.execute(() -> main.target().getIconImages().size())).isEqualTo(7);
        assertThat(Gui.showing(robot, "menuTools")).isTrue();
        assertThat(robot.finder().findAll(main.target(), c -> "menuConfiguration".equals(c.getName()))).isEmpty();
        assertThat(robot.finder().findAll(c -> "menuMoveToSharedDatabase".equals(c.getName())))
                .as("moving up to a shared database is an administrator's").isEmpty();
        assertThat(services.setup().preferences().lastUserName()).contains(STAFF);
    }

    @Test
    void remembersWhereTheUserLeftTheMainWindow(Robot robot) throws Exception {
        Path dataFolder = folder;
        try (OpenDataFolder first = SampleData.initialised(dataFolders, dataFolder)) {
            assertThat(first.setup().users().signInRequired()).isFalse();
        }
        new GuiLauncher(Wiring::open, exit).start(dataFolder);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        // Without a window manager, X may still report the first placement after setBounds:
        // put the window back until it stays there, as a user's move would.
        Rectangle placed = new Rectangle(40, 50, 900, 600);
        Gui.until("the window stays where the test put it", () -> Gui.onEdt(() -> {
            if (!main.target().getBounds().equals(placed)) {
                main.target().setBounds(placed);
                return false;
            }
            return true;
        }));
        robot.waitForIdle();
        assertThat(Gui.onEdt(() -> main.target().getBounds())).isEqualTo(placed);
        main.close();
        assertThat(exit.awaitCode()).isZero();

        try (OpenDataFolder again = dataFolders.open(dataFolder)) {
            Long adminId = SampleData.admin(again).id();
            assertThat(again.setup().preferences().windowBounds(adminId, "main")).contains(new Bounds(40, 50, 900, 600));
        }
        ExitRecorder secondExit = new ExitRecorder();
        new GuiLauncher(Wiring::open, secondExit).start(dataFolder);
        FrameFixture reopened = Gui.frame(robot, "mainWindow");
        assertThat(Gui.onEdt(() -> reopened.target().getBounds())).isEqualTo(new Rectangle(40, 50, 900, 600));
        reopened.close();
        assertThat(secondExit.awaitCode()).isZero();
    }
}
