package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.settings.Preferences.Theme;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.ui.common.Themes;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's windows and everyone's preferences, opened from the menus. */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class ConfigurationDialogsTest {

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private FrameFixture main;

    @BeforeEach
    void openAsAdministrator(Robot robot, DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
    }

    @AfterEach
    void goBackToLight() {
        GuiActionRunner.execute(() -> Themes.apply(false, false));
    }

    @Test
    void usersDialogAddsAStaffUserAndRefusesATakenName(Robot robot) {
        main.menuItem("menuUsers").click();
        DialogFixture dialog = Gui.dialog(robot, "usersDialog");
        Gui.until("users listed", () -> dialog.list("usersList").target().getModel().getSize() == 1);

        dialog.button("userAdd").click();
        dialog.textBox("user.name").setText(SampleData.ADMIN);
        dialog.button("userSave").click();
        Gui.untilShowing(robot, "user.name.error");
        dialog.label("user.name.error").requireText("There is already a user called Claire Martin.");

        dialog.textBox("user.name").setText("Paul Durand");
        dialog.textBox("user.email").setText("paul.durand@example.fr");
        Gui.select(dialog.comboBox("user.role"), "Staff");
        dialog.textBox("user.password").setText("pass-1");
        dialog.textBox("user.passwordConfirm").setText("pass-1");
        dialog.button("userSave").click();
        Gui.until("two users listed", () -> dialog.list("usersList").target().getModel().getSize() == 2);
        assertThat(dialog.list("usersList").contents()).contains("Paul Durand – Staff");

        User paul = services.setup().users().find("Paul Durand").orElseThrow();
        assertThat(paul.role()).isEqualTo(Role.STAFF);
        assertThat(paul.email()).hasToString("paul.durand@example.fr");
        assertThat(paul.hasPassword()).isTrue();
        dialog.button("usersClose").click();
        Gui.untilHidden(robot, "usersDialog");
    }

    @Test
    void institutionDialogShowsTheStoredIdentityAndSavesAChange(Robot robot) {
        main.menuItem("menuInstitution").click();
        DialogFixture dialog = Gui.dialog(robot, "institutionDialog");
        Gui.until("identity loaded", () -> dialog.textBox("institution.name").target().getText()
                .equals(SampleData.INSTITUTION));
        dialog.textBox("institution.city").requireText("Lyon");

        dialog.textBox("institution.name").setText("");
        dialog.button("institution.save").click();
        Gui.untilShowing(robot, "institution.name.error");

        dialog.textBox("institution.name").setText("Lycée Jean Moulin");
        dialog.textBox("institution.phone").setText("04 72 11 22 33");
        dialog.button("institution.save").click();
        Gui.untilHidden(robot, "institutionDialog");
        Gui.until("title follows", () -> main.target().getTitle().startsWith("Lycée Jean Moulin"));
        assertThat(services.setup().institution().find().orElseThrow().phone()).isEqualTo("04 72 11 22 33");
    }

    @Test
    void preferencesSwitchToTheDarkThemeAtOnceAndRememberIt(Robot robot) {
        main.menuItem("menuPreferences").click();
        DialogFixture dialog = Gui.dialog(robot, "preferencesDialog");
        Gui.until("current theme shown", () -> dialog.comboBox("prefsTheme").target().isEnabled());
        dialog.comboBox("prefsTheme").requireSelection("Light");

        Gui.select(dialog.comboBox("prefsTheme"), "Dark");
        Gui.until("dark look", FlatLaf::isLafDark);
        Long adminId = SampleData.admin(services).id();
        Gui.until("dark theme stored", () -> services.setup().preferences().theme(adminId) == Theme.DARK);
        dialog.button("prefsClose").click();
        Gui.untilHidden(robot, "preferencesDialog");
    }

    @Test
    void languageChoiceAppliesToTheWindowsOpenedAfterwards(Robot robot) {
        main.menuItem("menuPreferences").click();
        DialogFixture dialog = Gui.dialog(robot, "preferencesDialog");
        Gui.until("current language shown", () -> dialog.comboBox("prefsLanguage").target().isEnabled());
        dialog.label("prefsLanguageNote").requireText(Pattern.compile(".*windows opened from now on.*"));
        Gui.select(dialog.comboBox("prefsLanguage"), "Français");
        Long adminId = SampleData.admin(services).id();
        Gui.until("language stored", () -> services.setup().preferences().language(adminId).equals(
                java.util.Optional.of(Locale.FRENCH)));
        dialog.button("prefsClose").click();
        Gui.untilHidden(robot, "preferencesDialog");

        main.menuItem("menuPreferences").click();
        DialogFixture reopened = Gui.dialog(robot, "preferencesDialog");
        assertThat(reopened.target().getTitle()).isEqualTo("Préférences");
    }

    @Test
    void aboutTellsTheVersionAndTheDataFolder(Robot robot) {
        main.menuItem("menuAbout").click();
        DialogFixture about = Gui.dialog(robot, "alertInfo");
        about.optionPane().requireMessage(Pattern.compile("(?s)Missive, version \\S+\\nData folder: "
                + Pattern.quote(folder.toAbsolutePath().toString())));
        about.optionPane().okButton().click();
    }
}
