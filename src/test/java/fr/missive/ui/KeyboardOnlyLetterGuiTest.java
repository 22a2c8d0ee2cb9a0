package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.model.users.User;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JMenuItem;
import javax.swing.MenuElement;
import javax.swing.MenuSelectionManager;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standard letter written in the word-processor editor with the keyboard alone: the menu and
 * the New button by their Alt+letters, bold with Ctrl+B, a list with Shift+F12, a field chosen
 * from the {@code {{} completion, the caret stepping over the field, Backspace removing it whole,
 * Ctrl+Z bringing it back, Ctrl+S saving; a listener proves that no mouse event happened, and the
 * stored Markdown is what was typed.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class KeyboardOnlyLetterGuiTest {

    private static final String DESIGNATION = "Fournitures";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private final NoMouse noMouse = new NoMouse();

    @BeforeEach
    void english(DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        User admin = SampleData.admin(services);
        services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        noMouse.stop();
    }

    @Test
    void aLetterIsWrittenFormattedGivenAFieldAndSavedWithTheKeyboardAloneAndNoMouseEvent(Robot robot) {
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        noMouse.start(robot);

        openLettersFromTheMenu(robot, main);
        DialogFixture letters = Keys.dialog(robot, "lettersWindow");
        Keys.alt(robot, Keys.mnemonicOf(letters.button("letters.new").target()));
        JTextComponent designation = letters.textBox("letter.designation").target();
        Gui.until("designation focused", () -> designation.hasFocus());
        robot.enterText(DESIGNATION);
        JTextComponent body = letters.textBox("letter.body").target();
        for (int presses = 0; presses < 8 && !Gui.onEdt(body::hasFocus); presses++) {
            Keys.tab(robot);
        }
        assertThat(Gui.onEdt(body::hasFocus)).as("Tab reaches the body").isTrue();

        robot.enterText("Dear ");
        Keys.chord(robot, KeyEvent.VK_B, KeyEvent.VK_CONTROL);
        robot.enterText("parents");
        Keys.chord(robot, KeyEvent.VK_B, KeyEvent.VK_CONTROL);
        robot.enterText(",");
        enter(robot);
        Keys.chord(robot, KeyEvent.VK_F12, KeyEvent.VK_SHIFT);
        robot.enterText("a ruler");
        enter(robot);
        robot.enterText("a pen");
        enter(robot);
        // Enter in an empty item ends the list.
        enter(robot);
        robot.enterText("For {{first_n");
        Gui.until("the completion offers the first name", () -> completionShowing(robot));
        enter(robot);
        Gui.until("the field chosen", () -> chipBeforeCaret(body));
        int afterChip = Gui.onEdt(body::getCaretPosition);

        Keys.chord(robot, KeyEvent.VK_LEFT);
        assertThat(Gui.onEdt(body::getCaretPosition)).as("Left steps over the whole field").isEqualTo(afterChip - 1);
        Keys.chord(robot, KeyEvent.VK_RIGHT);
        assertThat(Gui.onEdt(body::getCaretPosition)).as("Right steps back over it").isEqualTo(afterChip);
        int length = Gui.onEdt(() -> body.getDocument().getLength());
        Keys.chord(robot, KeyEvent.VK_BACK_SPACE);
        assertThat(Gui.onEdt(() -> body.getDocument().getLength())).as("Backspace removes the field whole")
                .isEqualTo(length - 1);
        assertThat(Gui.onEdt(body::getCaretPosition)).isEqualTo(afterChip - 1);
        Keys.chord(robot, KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(Gui.onEdt(() -> body.getDocument().getLength())).as("Ctrl+Z brings the field back")
                .isEqualTo(length);
        Keys.chord(robot, KeyEvent.VK_END, KeyEvent.VK_CONTROL);
        robot.enterText(" will need them.");

        Keys.chord(robot, KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        Gui.until("letter saved", () -> services.letters().templates().find(DESIGNATION).isPresent());
        assertThat(services.letters().templates().get(DESIGNATION).template().body()).isEqualTo(
                "Dear **parents**,\n\n- a ruler\n- a pen\n\nFor {{first_name}} will need them.");
        noMouse.requireNone();
    }

    /** Alt and the Letters menu's letter, then Down until "Standard letters" is armed, then Enter. */
    private static void openLettersFromTheMenu(Robot robot, FrameFixture main) {
        Keys.chord(robot, KeyEvent.getExtendedKeyCodeForChar(Character.toUpperCase(
                Gui.onEdt(() -> (char) main.menuItem("menuLetters").target().getMnemonic()))), KeyEvent.VK_ALT);
        JMenuItem templates = main.menuItem("menuLetterTemplates").target();
        for (int presses = 0; presses < 4 && !Gui.onEdt(() -> selected(templates)); presses++) {
            Keys.chord(robot, KeyEvent.VK_DOWN);
        }
        assertThat(Gui.onEdt(() -> selected(templates))).as("the letters item reached with Down").isTrue();
        enter(robot);
    }

    private static boolean selected(JMenuItem item) {
        for (MenuElement element : MenuSelectionManager.defaultManager().getSelectedPath()) {
            if (element == item) {
                return true;
            }
        }
        return false;
    }

    private static boolean completionShowing(Robot robot) {
        return Gui.onEdt(() -> robot.finder().findAll(c -> "letter.fieldCompletion".equals(c.getName())
                && c.isShowing()).size() == 1);
    }

    private static boolean chipBeforeCaret(JTextComponent body) {
        return Gui.onEdt(() -> {
            int caret = body.getCaretPosition();
            return caret > 0 && body.getDocument().getText(caret - 1, 1).charAt(0) == '\uFFFC';
        });
    }

    private static void enter(Robot robot) {
        Keys.chord(robot, KeyEvent.VK_ENTER);
    }
}
