package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.model.Versioned;
import fr.missive.model.contacts.Contact;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people edit the same contact: the second to save is told who changed it and when, keeps
 * what they typed until they choose, and may reload the saved contact or overwrite it.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class ContactConflictGuiTest {

    private static final User MARC = new User(99L, "Marc Petit", null, Role.STAFF, null);
    private static final Pattern TOLD = Pattern.compile(
            "This record was changed meanwhile by Marc Petit at \\d\\d:\\d\\d\\.\\s+Reload the saved record.*",
            Pattern.DOTALL);

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private FrameFixture main;
    private Contact noel;

    @BeforeEach
    void openOnFiveContacts(Robot robot, DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        SampleData.addContacts(services);
        noel = services.contacts().contacts().list().stream().filter(c -> c.firstName().equals("Noël")).findFirst()
                .orElseThrow();
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts shown", () -> main.table("contactsTable").target().getRowCount() == SampleData.CONTACT_COUNT);
    }

    @Test
    void theSecondSaveIsToldWhoChangedTheContactAndReloadShowsTheirChange(Robot robot) {
        DialogFixture dialog = editNoel(robot);
        marcSavesCity("Lorient");

        dialog.textBox("contact.city").setText("Annecy");
        dialog.button("contact.save").click();

        JOptionPaneFixture told = Gui.dialog(robot, "chooseDialog").optionPane();
        told.requireMessage(TOLD);
        dialog.textBox("contact.city").requireText("Annecy");
        told.buttonWithText("Reload").click();

        Gui.until("Marc's city in the form", () -> dialog.textBox("contact.city").target().getText().equals("Lorient"));
        assertThat(stored().address().city()).isEqualTo("Lorient");
        // A click brings the form back to the front once the question is gone (slow on a loaded machine).
        dialog.textBox("contact.city").click();
        dialog.textBox("contact.city").setText("Brest");
        dialog.button("contact.save").click();
        Gui.untilHidden(robot, "contactDialog");
        assertThat(stored().address().city()).as("saved over the reloaded version").isEqualTo("Brest");
    }

    @Test
    void overwriteSavesWhatWasTypedOverTheOtherChange(Robot robot) {
        DialogFixture dialog = editNoel(robot);
        marcSavesCity("Lorient");
        dialog.textBox("contact.city").setText("Annecy");
        dialog.button("contact.save").click();

        JOptionPaneFixture told = Gui.dialog(robot, "chooseDialog").optionPane();
        told.requireMessage(TOLD);
        told.buttonWithText("Overwrite").click();

        Gui.untilHidden(robot, "contactDialog");
        assertThat(stored().address().city()).isEqualTo("Annecy");
        assertThat(services.contacts().contacts().findForEditing(noel.id()).orElseThrow().version().changedBy())
                .isEqualTo(SampleData.ADMIN);
    }

    @Test
    void cancelKeepsTheFormAsTypedAndASecondSaveIsToldAgain(Robot robot) {
        DialogFixture dialog = editNoel(robot);
        marcSavesCity("Lorient");
        dialog.textBox("contact.city").setText("Annecy");
        dialog.button("contact.save").click();
        Gui.dialog(robot, "chooseDialog").optionPane().buttonWithText("Cancel").click();

        dialog.textBox("contact.city").requireText("Annecy");
        assertThat(stored().address().city()).isEqualTo("Lorient");
        dialog.button("contact.save").click();
        Gui.dialog(robot, "chooseDialog").optionPane().requireMessage(TOLD);
    }

    private DialogFixture editNoel(Robot robot) {
        main.table("contactsTable").cell("Noël").doubleClick();
        DialogFixture dialog = Gui.dialog(robot, "contactDialog");
        dialog.textBox("contact.city").requireText("Rennes");
        return dialog;
    }

    /** The other person, on another PC or this one, saves the contact from its current version. */
    private void marcSavesCity(String city) {
        Versioned<Contact> current = services.contacts().contacts().findForEditing(noel.id()).orElseThrow();
        Contact c = current.value();
        services.contacts().contacts().save(MARC, new ContactDraft(c.id(), c.kind(), c.title(), c.firstName(),
                c.lastName(), c.className(), c.address().lines(), c.address().postcode(), city, c.address().country(),
                c.emailAddress().map(Object::toString).orElse(""), c.consent().accepts(), c.custom()),
                current.version().number());
    }

    private Contact stored() {
        return services.contacts().contacts().find(noel.id()).orElseThrow();
    }
}
