package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screen reader says where the focus is: a dialog opens with the focus on its first field,
 * and when it closes the focus is back where the user left it.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class DialogFocusTest {

    @TempDir
    Path folder;

    @Test
    void thePrintOrEmailDialogOpensOnTheLetterAndGivesTheFocusBackToTheContactsOnEscape(Robot robot,
            DataFolders dataFolders) {
        OpenDataFolder services = SampleData.initialised(dataFolders, folder);
        SampleData.addContacts(services);
        services.letters().templates().create(SampleData.admin(services), new LetterTemplate("Convocation",
                Category.CONVOCATION, "Convocation", "Madame, Monsieur,", List.of()));
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts loaded", () -> main.table("contactsTable").target().getRowCount()
                == SampleData.CONTACT_COUNT);
        main.table("contactsTable").selectRows(0);
        Gui.onEdt(() -> main.table("contactsTable").target().requestFocusInWindow());
        Gui.until("focus on the contacts", () -> focusOwner() == main.table("contactsTable").target());

        main.menuItem("menuLetters").click();
        main.menuItem("menuLetterMailing").click();
        DialogFixture dialog = Gui.dialog(robot, "letterMailingDialog");
        Gui.until("focus on the letter, the dialog's first field",
                () -> focusOwner() == dialog.comboBox("mailingTemplate").target());

        dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        Gui.untilHidden(robot, "letterMailingDialog");
        Gui.until("focus back on the contacts", () -> focusOwner() == main.table("contactsTable").target());
        assertThat(Gui.onEdt(DialogFocusTest::focusOwner)).isSameAs(main.table("contactsTable").target());
    }

    private static Component focusOwner() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    }
}
