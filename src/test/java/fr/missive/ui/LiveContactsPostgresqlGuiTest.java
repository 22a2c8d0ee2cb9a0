package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.model.Versioned;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.db.PostgresqlOnly;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two PCs on one PostgreSQL database: this window's process, and another process's wiring on
 * the same database with a data folder of its own. What the other PC changes in the contacts
 * appears in the open contacts window within seconds, the selection and the search kept.
 * Runs in the pom's {@code postgresql} execution (CI runs it under Xvfb with the rest).
 */
@PostgresqlOnly
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class LiveContactsPostgresqlGuiTest {

    private static final User MARC = new User(99L, "Marc Petit", null, Role.STAFF, null);
    private static final int FIRST_NAME = 3;
    private static final int CITY = 7;

    @TempDir
    Path folder;
    @TempDir
    Path otherPcFolder;

    private OpenDataFolder otherPc;
    private FrameFixture main;
    private JTableFixture table;

    @BeforeEach
    void openOnFiveContacts(Robot robot, DataFolders dataFolders) {
        OpenDataFolder services = SampleData.initialised(dataFolders, folder);
        SampleData.addContacts(services);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
        table = main.table("contactsTable");
        Gui.until("contacts shown", () -> table.target().getRowCount() == SampleData.CONTACT_COUNT);
        otherPc = Wiring.open(otherPcFolder, TestDatabases.targetFor(folder), () -> { });
    }

    @AfterEach
    void closeOtherPc() {
        otherPc.close();
    }

    @Test
    void aContactChangedAndOneAddedOnAnotherPcAppearKeepingSelectionAndSearch() {
        main.textBox("contactsSearch").enterText("begue");
        Gui.until("2 rows", () -> table.target().getRowCount() == 2);
        table.cell("Océane").click();
        Contact oceane = otherPc.contacts().contacts().list().stream().filter(c -> c.firstName().equals("Océane"))
                .findFirst().orElseThrow();

        saveCity(oceane, "Bastia");
        otherPc.contacts().contacts().save(MARC, new ContactDraft(null, ContactKind.GUARDIAN, "", "Léa", "BÈGUE", "",
                List.of(), "", "Ajaccio", "", "", false, Map.of()), null);

        Gui.until("the other PC's change shown", () -> cityOfSelectedRow().equals("Bastia"));
        Gui.until("the other PC's new contact shown", () -> table.target().getRowCount() == 3);
        assertThat(Gui.onEdt(() -> table.target().getSelectedRowCount())).as("the selection kept").isEqualTo(1);
        assertThat(Gui.onEdt(() -> table.target().getModel().getValueAt(
                table.target().convertRowIndexToModel(table.target().getSelectedRow()), FIRST_NAME))).isEqualTo("Océane");
        main.textBox("contactsSearch").requireText("begue");
        main.label("statusContacts").requireText("3 of 6 contacts");
    }

    @Test
    void aContactDeletedOnAnotherPcLeavesTheWindow() {
        Contact dupont = otherPc.contacts().contacts().list().stream().filter(c -> c.lastName().equals("DUPONT"))
                .findFirst().orElseThrow();

        otherPc.contacts().contacts().delete(List.of(dupont.id()));

        Gui.until("4 rows", () -> table.target().getRowCount() == SampleData.CONTACT_COUNT - 1);
        main.label("statusContacts").requireText("4 contacts");
    }

    private String cityOfSelectedRow() {
        JTable t = table.target(); // called on the EDT by Gui.until
        int row = t.getSelectedRow();
        return row < 0 ? "" : String.valueOf(t.getModel().getValueAt(t.convertRowIndexToModel(row), CITY));
    }

    private void saveCity(Contact c, String city) {
        Versioned<Contact> current = otherPc.contacts().contacts().findForEditing(c.id()).orElseThrow();
        otherPc.contacts().contacts().save(MARC, new ContactDraft(c.id(), c.kind(), c.title(), c.firstName(),
                c.lastName(), c.className(), c.address().lines(), c.address().postcode(), city, c.address().country(),
                c.emailAddress().map(Object::toString).orElse(""), c.consent().accepts(), c.custom()),
                current.version().number());
    }
}
