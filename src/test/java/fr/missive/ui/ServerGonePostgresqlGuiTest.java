package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.contacts.Contact;
import fr.missive.model.users.Role;
import fr.missive.store.db.CuttableProxy;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.PostgresqlOnly;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.JPanel;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared database's server goes away under an open window: this PC reaches PostgreSQL through
 * a loopback relay that the test cuts (connections reset, new ones refused) and restores. The
 * band says so and counts down to the next try; a contact being edited keeps what was typed when
 * its save fails, with one clear sentence; once the server is back the band leaves by itself
 * and the same form saves.
 */
@PostgresqlOnly
@ExtendWith(GuiTestExtension.class)
class ServerGonePostgresqlGuiTest {

    private static final Pattern LOST = Pattern.compile(
            "The database server 127\\.0\\.0\\.1:\\d+ stopped answering: what you just did was not saved\\..*",
            Pattern.DOTALL);
    private static final Pattern BAND = Pattern.compile(
            "The shared database does not answer \\(127\\.0\\.0\\.1:\\d+\\)\\. Trying again (in \\d+ s|now)…");

    @TempDir
    Path folder;

    private CuttableProxy proxy;
    private OpenDataFolder services;
    private FrameFixture main;

    @BeforeEach
    void openThroughTheRelay(Robot robot) throws Exception {
        DatabaseTarget.Server database = (DatabaseTarget.Server) TestDatabases.targetFor(folder);
        proxy = CuttableProxy.to(database);
        services = Wiring.open(folder, proxy.target(database), () -> { });
        services.setup().firstRun().initialise(new InstitutionDraft(SampleData.INSTITUTION, List.of("12 rue des Écoles"),
                "69003", "Lyon", "04 72 00 00 00", ""), null,
                new UserDraft(SampleData.ADMIN, "claire.martin@example.fr", Role.ADMIN, null));
        SampleData.addContacts(services);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts shown", () -> main.table("contactsTable").target().getRowCount() == SampleData.CONTACT_COUNT);
    }

    @AfterEach
    void closeRelay() throws Exception {
        proxy.restore();
        services.close();
        proxy.close();
    }

    @Test
    void theBandComesAndGoesWithTheServerAndAFailedSaveKeepsWhatWasTyped(Robot robot) throws Exception {
        JPanel band = robot.finder().findByName(main.target(), "serverGoneBanner", JPanel.class, false);
        assertThat(Gui.onEdt(band::isShowing)).as("no band while the server answers").isFalse();
        DialogFixture dialog = editNoel(robot);
        dialog.textBox("contact.city").requireText("Rennes");
        dialog.textBox("contact.city").setText("Annecy");

        proxy.cut();
        dialog.button("contact.save").click();

        JOptionPaneFixture told = Gui.dialog(robot, "alertError").optionPane();
        told.requireMessage(LOST);
        told.okButton().click();
        dialog.textBox("contact.city").requireText("Annecy");
        Gui.until("the band shown", () -> band.isShowing());
        assertThat(Gui.onEdt(() -> main.label("serverGoneText").target().getText())).matches(BAND);

        proxy.restore();
        main.button("serverGoneRetry").click();
        Gui.until("the band gone once the server answers", () -> !band.isShowing());

        dialog.textBox("contact.city").requireText("Annecy");
        // The click on the band brought the main window in front of the form: the form comes back first.
        org.assertj.swing.edt.GuiActionRunner.execute(() -> dialog.target().toFront());
        dialog.focus();
        dialog.button("contact.save").click();
        Gui.untilHidden(robot, "contactDialog");
        Contact noel = services.contacts().contacts().list().stream().filter(c -> c.firstName().equals("Noël"))
                .findFirst().orElseThrow();
        assertThat(noel.address().city()).as("saved once the server is back").isEqualTo("Annecy");
        Gui.until("the contacts still shown", () -> main.table("contactsTable").target().getRowCount()
                == SampleData.CONTACT_COUNT);
    }

    /** A double click on a loaded machine may reach the table as two single clicks: tried again then. */
    private DialogFixture editNoel(Robot robot) throws InterruptedException {
        for (int attempt = 1; attempt < 3 && !Gui.showing(robot, "contactDialog"); attempt++) {
            main.table("contactsTable").cell("Noël").doubleClick();
            for (int i = 0; i < 50 && !Gui.showing(robot, "contactDialog"); i++) {
                Thread.sleep(100);
            }
        }
        return Gui.dialog(robot, "contactDialog");
    }
}
