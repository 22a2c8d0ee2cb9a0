package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.model.contacts.Contact;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JList;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contact dialog of a pupil shows their legal guardians (name, address, e-mail and consent)
 * and opens one; a guardian's shows their children; a guardian is linked by picking an existing
 * contact and unlinked, all in the real window over a real data folder.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class GuardiansDialogTest {

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private FrameFixture main;
    private JTableFixture table;
    private Contact oceane;
    private Contact lucas;

    @BeforeEach
    void openWithAGuardianLinked(Robot robot, DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        SampleData.addContacts(services);
        List<Contact> all = services.contacts().contacts().list();
        oceane = all.stream().filter(c -> c.firstName().equals("Océane")).findFirst().orElseThrow();
        lucas = all.stream().filter(c -> c.firstName().equals("Lucas")).findFirst().orElseThrow();
        services.contacts().contacts().link(oceane.id(), lucas.id(), 1);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
        table = main.table("contactsTable");
        Gui.until("contacts shown", () -> table.target().getRowCount() == SampleData.CONTACT_COUNT);
    }

    private static List<String> rows(DialogFixture dialog, String list) {
        Gui.until(list + " loaded", () -> Gui.onEdt(() -> ((JList<?>) dialog.list(list).target()).getModel().getSize()) > 0);
        return List.of(dialog.list(list).contents());
    }

    @Test
    void aPupilShowsTheirGuardiansAddressEmailAndConsentAndOpensThem(Robot robot) {
        table.cell("Océane").doubleClick();
        DialogFixture pupil = Gui.dialog(robot, "contactDialog");

        assertThat(rows(pupil, "contact.guardians")).singleElement().asString()
                .contains("Lucas BÈGUE").contains("1 rue Haute, 20000 Ajaccio")
                .contains("lucas.begue@orange.fr (accepts e-mail)");
        pupil.list("contact.guardians").selectItem(0);
        pupil.button("contact.relativeOpen").click();

        Gui.until("guardian's dialog", () -> Gui.onEdt(() -> robot.finder().findAll(
                c -> c instanceof javax.swing.JDialog d && d.isShowing() && "contactDialog".equals(d.getName())).size()) == 2);
        DialogFixture guardian = new DialogFixture(robot, (javax.swing.JDialog) Gui.onEdt(() -> robot.finder().findAll(
                c -> c instanceof javax.swing.JDialog d && d.isShowing() && d.getTitle().contains("Lucas")).iterator().next()));
        assertThat(rows(guardian, "contact.children")).singleElement().asString().contains("Océane BÈGUE")
                .contains("3e A");
        guardian.button("contact.cancel").click();
        pupil.button("contact.cancel").click();
    }

    @Test
    void aGuardianIsLinkedByPickingAContactAndUnlinked(Robot robot) {
        table.cell("Noé").doubleClick();
        DialogFixture pupil = Gui.dialog(robot, "contactDialog");
        Gui.untilShowing(robot, "contact.guardiansNone");

        pupil.button("contact.guardianLink").click();
        DialogFixture picker = Gui.dialog(robot, "contactPicker");
        picker.textBox("contactPickerSearch").setText("lucas");
        Gui.until("one match", () -> Gui.onEdt(() -> picker.list("contactPickerList").target().getModel().getSize()) == 1);
        picker.list("contactPickerList").selectItem(0);
        picker.button("contactPickerAdd").click();

        assertThat(rows(pupil, "contact.guardians")).singleElement().asString().contains("Lucas BÈGUE");
        Contact noe = services.contacts().contacts().list().stream().filter(c -> c.firstName().equals("Noé"))
                .findFirst().orElseThrow();
        assertThat(services.contacts().contacts().guardiansOf(noe.id())).extracting(Contact::id)
                .containsExactly(lucas.id());

        pupil.list("contact.guardians").selectItem(0);
        pupil.button("contact.guardianUnlink").click();
        Gui.untilShowing(robot, "contact.guardiansNone");
        assertThat(services.contacts().contacts().guardiansOf(noe.id())).isEmpty();
        assertThat(services.contacts().contacts().find(lucas.id())).as("the guardian stays a contact").isPresent();
        pupil.button("contact.cancel").click();
    }
}
