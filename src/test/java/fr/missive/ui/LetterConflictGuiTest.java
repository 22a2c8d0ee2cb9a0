package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.model.Versioned;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.List;
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
 * Two people edit the same letter: the second to save is told who changed it and when, keeps
 * what they typed until they choose, and may reload the saved letter or overwrite it.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class LetterConflictGuiTest {

    private static final User MARC = new User(99L, "Marc Petit", null, Role.STAFF, null);
    static final Pattern TOLD = Pattern.compile(
            "This record was changed meanwhile by Marc Petit at \\d\\d:\\d\\d\\.\\s+Reload the saved record.*",
            Pattern.DOTALL);

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private FrameFixture main;
    private long absence;

    @BeforeEach
    void openOnOneLetter(Robot robot, DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        SampleData.addContacts(services);
        absence = services.letters().templates().create(SampleData.admin(services), new LetterTemplate("Absence",
                Category.OTHER, "Absence de votre enfant", "Madame, Monsieur,", List.of())).id();
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
    }

    @Test
    void theSecondSaveIsToldWhoChangedTheLetterKeepsWhatWasTypedAndReloadShowsTheirs(Robot robot) {
        DialogFixture letters = editAbsence(robot);
        letters.textBox("letter.subject").setText("Absence : rappel");
        marcSavesSubject("Absence signalée par la vie scolaire");

        letters.button("letters.save").click();
        JOptionPaneFixture told = Gui.dialog(robot, "chooseDialog").optionPane();
        told.requireMessage(TOLD);
        assertThat(Gui.onEdt(() -> letters.textBox("letter.subject").target().getText()))
                .as("nothing typed is lost before the choice").isEqualTo("Absence : rappel");
        told.buttonWithText("Reload").click();

        Gui.until("Marc's subject in the editor", () -> Gui.onEdt(() -> letters.textBox("letter.subject").target()
                .getText()).equals("Absence signalée par la vie scolaire"));
        assertThat(stored().template().subject()).isEqualTo("Absence signalée par la vie scolaire");
        // Saved again from the reloaded version: no question this time.
        letters.textBox("letter.subject").click();
        letters.textBox("letter.subject").setText("Absence : second rappel");
        letters.button("letters.save").click();
        Gui.until("saved over the reloaded version",
                () -> stored().template().subject().equals("Absence : second rappel"));
    }

    @Test
    void overwriteSavesWhatWasTypedOverTheOtherChange(Robot robot) {
        DialogFixture letters = editAbsence(robot);
        letters.textBox("letter.subject").setText("Absence : rappel");
        marcSavesSubject("Absence signalée par la vie scolaire");

        letters.button("letters.save").click();
        JOptionPaneFixture told = Gui.dialog(robot, "chooseDialog").optionPane();
        told.requireMessage(TOLD);
        told.buttonWithText("Overwrite").click();

        Gui.until("ours stored", () -> stored().template().subject().equals("Absence : rappel"));
        assertThat(services.letters().templates().findForEditing(absence).orElseThrow().version().changedBy())
                .isEqualTo(SampleData.ADMIN);
    }

    private DialogFixture editAbsence(Robot robot) {
        main.menuItem("menuLetterTemplates").click();
        DialogFixture letters = Gui.dialog(robot, "lettersWindow");
        Gui.until("the letter listed", () -> letters.tree("letters.tree").target().getRowCount() > 1);
        letters.tree("letters.tree").selectPath("Other letters/Absence");
        Gui.until("the letter shown", () -> Gui.onEdt(() -> letters.textBox("letter.subject").target().getText())
                .equals("Absence de votre enfant"));
        return letters;
    }

    /** The other person, on another PC sharing the database, saves the letter from its current version. */
    private void marcSavesSubject(String subject) {
        Versioned<StoredTemplate> current = services.letters().templates().findForEditing(absence).orElseThrow();
        LetterTemplate t = current.value().template();
        services.letters().templates().save(MARC, absence, new LetterTemplate(t.designation(), t.category(), subject,
                t.body(), t.letterFields(), t.fieldLabels(), t.addressing()), current.version().number());
    }

    private StoredTemplate stored() {
        return services.letters().templates().findForEditing(absence).orElseThrow().value();
    }
}
