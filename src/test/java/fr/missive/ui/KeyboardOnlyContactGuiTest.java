package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.users.User;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * "New contact" from the keyboard alone: reached and filled with Alt+letters, Tab and typing,
 * with a listener proving that no mouse event happened; and Escape with typed data asks before
 * throwing it away.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class KeyboardOnlyContactGuiTest {

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private FrameFixture main;
    private final NoMouse noMouse = new NoMouse();

    @BeforeEach
    void openOnFiveContacts(Robot robot, DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        SampleData.addContacts(services);
        User admin = SampleData.admin(services);
        services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.ENGLISH));
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts loaded", () -> main.table("contactsTable").target().getRowCount() == SampleData.CONTACT_COUNT);
        noMouse.start(robot);
    }

    @AfterEach
    void stopListening() {
        noMouse.stop();
    }

    private DialogFixture newContactByKeyboard(Robot robot) {
        Keys.alt(robot, Keys.mnemonicOf(main.button("contactAdd").target()));
        DialogFixture dialog = Keys.dialog(robot, "contactDialog");
        Gui.until("first name focused", () -> dialog.textBox("contact.firstName").target().hasFocus());
        return dialog;
    }

    @Test
    void aContactIsCreatedWithTheKeyboardAloneAndNoMouseEvent(Robot robot) {
        DialogFixture dialog = newContactByKeyboard(robot);
        robot.enterText("Anais");
        Keys.tab(robot);
        Gui.until("Tab went to the last name", () -> dialog.textBox("contact.lastName").target().hasFocus());
        robot.enterText("SIMON");

        Keys.alt(robot, Keys.mnemonicOfLabelFor(dialog.target(), dialog.comboBox("contact.kind").target()));
        Gui.until("Alt+letter of Kind focused the kind", () -> dialog.comboBox("contact.kind").target().hasFocus());
        robot.type('G');
        Gui.until("Guardian chosen", () -> dialog.comboBox("contact.kind").target().getSelectedItem().toString()
                .equals("Guardian"));

        javax.swing.text.JTextComponent email = dialog.textBox("contact.email").target();
        Keys.alt(robot, Keys.mnemonicOfLabelFor(dialog.target(), email));
        Gui.until("Alt+letter of E-mail focused the address", email::hasFocus);
        robot.enterText("anais.simon@example.fr");
        Keys.alt(robot, Keys.mnemonicOf(dialog.checkBox("contact.consent").target()));
        Gui.until("consent ticked by its Alt+letter", () -> dialog.checkBox("contact.consent").target().isSelected());

        JButton save = dialog.button("contact.save").target();
        Keys.alt(robot, Keys.mnemonicOf(save));
        Gui.untilHidden(robot, "contactDialog");
        Gui.until("six contacts", () -> main.table("contactsTable").target().getRowCount() == SampleData.CONTACT_COUNT + 1);

        Contact added = services.contacts().contacts().list().stream().filter(c -> c.firstName().equals("Anais"))
                .findFirst().orElseThrow();
        assertThat(added.lastName()).isEqualTo("SIMON");
        assertThat(added.kind()).isEqualTo(ContactKind.GUARDIAN);
        assertThat(added.emailAddress().map(Object::toString)).contains("anais.simon@example.fr");
        assertThat(added.consent().accepts()).isTrue();
        noMouse.requireNone();
    }

    private DialogFixture escapeWithTypedData(Robot robot) {
        DialogFixture dialog = newContactByKeyboard(robot);
        robot.enterText("Anais");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        DialogFixture question = Keys.dialog(robot, "confirmDialog");
        assertThat(Keys.optionMessage(robot, question)).startsWith("Discard your changes?");
        return question;
    }

    @Test
    void escapeWithTypedDataAsksAndKeepEditingKeepsWhatWasTyped(Robot robot) {
        DialogFixture question = escapeWithTypedData(robot);
        Keys.alt(robot, Keys.mnemonicOf(Keys.buttonWithText(robot, question, "Keep editing")));
        Gui.untilHidden(robot, "confirmDialog");
        DialogFixture dialog = Keys.dialog(robot, "contactDialog");
        assertThat(Gui.isShowing(dialog.target())).isTrue();
        assertThat(dialog.textBox("contact.firstName").text()).isEqualTo("Anais");
        noMouse.requireNone();
    }

    @Test
    void escapeWithTypedDataAsksAndDiscardClosesWithoutSaving(Robot robot) {
        DialogFixture question = escapeWithTypedData(robot);
        Keys.alt(robot, Keys.mnemonicOf(Keys.buttonWithText(robot, question, "Discard")));
        Gui.untilHidden(robot, "contactDialog");
        assertThat(services.contacts().contacts().count()).isEqualTo(SampleData.CONTACT_COUNT);
        noMouse.requireNone();
    }

    @Test
    void escapeWithNothingTypedClosesAtOnce(Robot robot) {
        DialogFixture dialog = newContactByKeyboard(robot);
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        Gui.untilHidden(robot, "contactDialog");
        assertThat(Gui.showing(robot, "confirmDialog")).isFalse();
        assertThat(Gui.isShowing(dialog.target())).isFalse();
        noMouse.requireNone();
    }
}
