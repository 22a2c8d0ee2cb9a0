package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.shared.SharedDatabaseSetup;
import fr.missive.i18n.Messages;
import fr.missive.model.mail.Password;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.PostgresqlOnly;
import fr.missive.store.db.ServerConnection;
import fr.missive.store.db.TestDatabases;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared database's window entry points on a real PostgreSQL server: a new PC joins from the
 * first-run wizard with a join file the first PC wrote and ends signed in on the school's data; a
 * wrong passphrase is said beside it and the form kept; an administrator's one-PC folder moves up
 * from the Configuration menu and opens on the server afterwards. Runs in the pom's
 * {@code postgresql} execution.
 */
@PostgresqlOnly
@ExtendWith(GuiTestExtension.class)
class SharedDatabaseWindowsPostgresqlGuiTest {

    private static final String PASSPHRASE = "une phrase assez longue";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** PC roles are the server's, not one database's: dropped after the class. */
    private static final List<String> ROLES = new ArrayList<>();

    @TempDir
    Path firstPc;
    @TempDir
    Path newPc;
    @TempDir
    Path files;

    private final ExitRecorder exit = new ExitRecorder();

    @AfterAll
    static void dropRoles() throws SQLException {
        try (Connection c = TestDatabases.adminConnection(); Statement s = c.createStatement()) {
            for (String role : ROLES) {
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    @Test
    void aNewPcJoinsFromTheWizardAndIsSignedInOnTheFirstPcsContacts(Robot robot) throws Exception {
        Path joinFile = schoolWithAJoinFile();
        new GuiLauncher(Wiring::open, exit).start(newPc);
        DialogFixture join = openJoinForm(robot);

        join.textBox("joinFile").setText(joinFile.toString());
        join.textBox("passphrase").enterText(PASSPHRASE);
        join.button("joinButton").click();

        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("the first PC's contacts", () -> main.table("contactsTable").target().getRowCount()
                == SampleData.CONTACT_COUNT);
        main.label("statusUser").requireText("Signed in: " + SampleData.ADMIN + " (Administrator)");
        assertThat(ServerConnection.load(newPc)).isPresent();
        assertThat(Gui.showing(robot, "menuConfiguration")).isTrue();
        main.menuItem("menuConfiguration").click();
        assertThat(robot.finder().findAll(c -> "menuMoveToSharedDatabase".equals(c.getName())))
                .as("a PC on the shared database has nothing to move").isEmpty();
        main.close();
        assertThat(exit.awaitCode()).isZero();
    }

    @Test
    void aWrongPassphraseIsToldBesideItAndTheFormKept(Robot robot) throws Exception {
        Path joinFile = schoolWithAJoinFile();
        new GuiLauncher(Wiring::open, exit).start(newPc);
        DialogFixture join = openJoinForm(robot);

        join.textBox("joinFile").setText(joinFile.toString());
        join.textBox("passphrase").enterText("une autre phrase");
        join.button("joinButton").click();

        Gui.untilShowing(robot, "passphrase.error");
        join.label("passphrase.error").requireText(Messages.forLocale(Messages.ENGLISH).get("seal.wrongPassphrase"));
        join.textBox("joinFile").requireText(joinFile.toString());
        join.textBox("passphrase").requireText("une autre phrase");
        join.button("joinButton").requireEnabled();
        assertThat(ServerConnection.load(newPc)).isEmpty();

        // Corrected, the same form joins.
        join.textBox("passphrase").setText(PASSPHRASE);
        join.button("joinButton").click();
        Gui.frame(robot, "mainWindow").close();
        assertThat(exit.awaitCode()).isZero();
        assertThat(ServerConnection.load(newPc)).isPresent();
    }

    @Test
    void anAdministratorMovesAOnePcFolderUpAndItOpensOnTheServer(Robot robot) throws Exception {
        OpenDataFolder services = SampleData.initialised(firstPc);
        SampleData.addContacts(services);
        DatabaseTarget.Server server = TestDatabases.newServerDatabase();
        URI address = URI.create(server.url().substring("jdbc:".length()));
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        main.menuItem("menuConfiguration").click();
        main.menuItem("menuMoveToSharedDatabase").click();
        DialogFixture move = Gui.dialog(robot, "moveToSharedDatabaseDialog");

        move.textBox("host").setText(address.getHost());
        move.textBox("port").setText(String.valueOf(address.getPort()));
        move.textBox("database").setText(address.getPath().substring(1));
        move.textBox("user").setText(server.user());
        move.textBox("password").setText(server.password());
        move.textBox("pcName").setText(pcName("secretariat"));
        move.button("moveUpStart").click();

        Gui.untilShowing(robot, "moveUpSummary");
        assertThat(Gui.onEdt(() -> move.label("moveUpSummary").target().getText())).contains(" tables moved (")
                .containsPattern("\\(\\d+ rows\\)");
        assertThat(ServerConnection.load(firstPc)).isPresent();
        move.button("moveUpRestart").click();

        Gui.until("the old main window closed, a new one open on the server", () -> !main.target().isDisplayable());
        FrameFixture again = Gui.frame(robot, "mainWindow");
        Gui.until("the moved contacts", () -> again.table("contactsTable").target().getRowCount()
                == SampleData.CONTACT_COUNT);
        again.close();
        assertThat(exit.awaitCode()).isZero();
        try (OpenDataFolder reopened = Wiring.open(firstPc, () -> { })) {
            assertThat(reopened.setup().sharedDatabase().isShared()).isTrue();
            assertThat(reopened.contacts().contacts().list()).hasSize(SampleData.CONTACT_COUNT);
        }
        assertThat(firstPc.resolve("db")).as("the PC's own database kept").exists();
    }

    private DialogFixture openJoinForm(Robot robot) {
        DialogFixture wizard = Gui.dialog(robot, "firstRunWizard");
        wizard.button("wizardJoinShared").click();
        return Gui.dialog(robot, "joinSharedDatabaseDialog");
    }

    /** The first PC makes the school's database, its administrator and contacts, and a join file for the next PC. */
    private Path schoolWithAJoinFile() throws Exception {
        DatabaseTarget.Server server = TestDatabases.newServerDatabase();
        SharedDatabaseSetup.standard().create(firstPc, server.url(), server.user(), Password.of(server.password()),
                pcName("secretariat"));
        Path joinFile = files.resolve("vie_scolaire.missive-join");
        try (OpenDataFolder first = SampleData.initialised(firstPc)) {
            SampleData.addContacts(first);
            Files.write(joinFile, first.setup().sharedDatabase().addPc(SampleData.admin(first), pcName("vie_scolaire"),
                    Password.of(PASSPHRASE)));
        }
        return joinFile;
    }

    private static String pcName(String base) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        String name = base + "_" + HexFormat.of().formatHex(suffix);
        ROLES.add("missive_pc_" + name);
        return name;
    }
}
