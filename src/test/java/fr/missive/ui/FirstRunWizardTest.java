package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.model.institution.Institution;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class FirstRunWizardTest {

    @TempDir
    Path folder;

    private final ExitRecorder exit = new ExitRecorder();
    private DataFolders dataFolders;

    @BeforeEach
    void folders(DataFolders dataFolders) {
        this.dataFolders = dataFolders;
    }

    private DialogFixture startOnEmptyFolder(Robot robot) {
        new GuiLauncher(Wiring::open, exit).start(folder);
        return Gui.dialog(robot, "firstRunWizard");
    }

    @Test
    void storesTheInstitutionAndAdministratorOnceTheErrorsShownOnTheFieldsAreCorrected(Robot robot) throws Exception {
        DialogFixture wizard = startOnEmptyFolder(robot);
        wizard.textBox("institution.address1").setText("12 rue des Écoles");
        wizard.textBox("institution.postcode").setText("69003");
        wizard.textBox("institution.city").setText("Lyon");
        wizard.textBox("institution.phone").enterText("04 72 00 00 00");
        wizard.button("wizardNext").click();
        wizard.textBox("admin.name").enterText("Claire Martin");
        wizard.textBox("admin.email").enterText("claire.martin@@example.fr");
        wizard.button("wizardFinish").click();

        // Both pages have an error: the wizard turns back to the first one.
        Gui.untilShowing(robot, "institution.name.error");
        wizard.label("institution.name.error").requireText("Required.");
        assertThat(Gui.isShowing(wizard.textBox("institution.address1").target())).isTrue();
        assertThat(Gui.onEdt(() -> wizard.textBox("institution.name").target().getClientProperty("JComponent.outline")))
                .isEqualTo("error");

        wizard.textBox("institution.name").setText("Collège Jean Moulin");
        wizard.textBox("institution.senderName").requireText("Collège Jean Moulin");
        wizard.button("wizardNext").click();
        wizard.label("admin.email.error").requireVisible();
        wizard.textBox("admin.email").setText("claire.martin@example.fr");
        wizard.button("wizardFinish").click();

        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("institution in the title", () -> main.target().getTitle().contains("Collège Jean Moulin"));
        main.close();
        assertThat(exit.awaitCode()).isZero();

        try (OpenDataFolder services = dataFolders.open(folder)) {
            Institution institution = services.setup().institution().find().orElseThrow();
            assertThat(institution.name()).isEqualTo("Collège Jean Moulin");
            assertThat(institution.address().lines()).containsExactly("12 rue des Écoles");
            assertThat(institution.address().city()).isEqualTo("Lyon");
            assertThat(institution.senderName()).isEqualTo("Collège Jean Moulin");
            List<User> users = services.setup().users().list();
            assertThat(users).singleElement().satisfies(admin -> {
                assertThat(admin.name()).isEqualTo("Claire Martin");
                assertThat(admin.role()).isEqualTo(Role.ADMIN);
                assertThat(admin.email()).hasToString("claire.martin@example.fr");
                assertThat(admin.hasPassword()).isFalse();
            });
        }
    }

    @Test
    void refusesTwoDifferentPasswordsOnTheConfirmationField(Robot robot) throws Exception {
        DialogFixture wizard = startOnEmptyFolder(robot);
        wizard.textBox("institution.name").enterText("College Jean Moulin");
        wizard.button("wizardNext").click();
        wizard.textBox("admin.name").enterText("Claire");
        wizard.textBox("admin.password").enterText("secret-1");
        wizard.textBox("admin.passwordConfirm").enterText("secret-2");
        wizard.button("wizardFinish").click();

        wizard.label("admin.passwordConfirm.error").requireText("The two passwords are not the same.");
        wizard.textBox("admin.passwordConfirm").setText("secret-1");
        wizard.button("wizardFinish").click();
        Gui.frame(robot, "mainWindow").close();
        assertThat(exit.awaitCode()).isZero();

        try (OpenDataFolder services = dataFolders.open(folder)) {
            assertThat(services.setup().users().find("Claire").orElseThrow().hasPassword()).isTrue();
        }
    }

    @Test
    void storesTheLogoChosenWithTheFileChooserAndShowsItsPreview(Robot robot, @TempDir Path pictures) throws Exception {
        Path logo = pictures.resolve("logo.png");
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", logo.toFile());
        DialogFixture wizard = startOnEmptyFolder(robot);
        wizard.textBox("institution.name").enterText("College");
        wizard.button("institution.logo").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("logoChooser")
                .withTimeout(Gui.TIMEOUT_MILLIS).using(robot);
        chooser.selectFile(logo.toFile());
        Gui.approve(chooser);
        Gui.until("preview shown", () -> wizard.label("institution.logoPreview").target().getIcon() != null);
        wizard.button("institution.logoRemove").requireVisible();

        wizard.button("wizardNext").click();
        wizard.textBox("admin.name").enterText("Claire");
        wizard.button("wizardFinish").click();
        Gui.frame(robot, "mainWindow").close();
        assertThat(exit.awaitCode()).isZero();
        try (OpenDataFolder services = dataFolders.open(folder)) {
            assertThat(services.setup().institution().logo()).get().satisfies(stored -> {
                assertThat(stored.mediaType()).isEqualTo("image/png");
                assertThat(stored.bytes()).isEqualTo(Files.readAllBytes(logo));
            });
        }
    }

    @Test
    void cancelAsksBeforeDiscardingWhatWasTypedThenEndsTheSessionAndLeavesTheFolderUninitialised(Robot robot)
            throws Exception {
        DialogFixture wizard = startOnEmptyFolder(robot);
        wizard.textBox("institution.name").enterText("College");
        wizard.button("wizardNext").click();
        wizard.textBox("admin.name").enterText("Claire");
        wizard.button("wizardCancel").click();
        Gui.dialog(robot, "confirmDialog").optionPane().buttonWithText("Discard").click();

        assertThat(exit.awaitCode()).isZero();
        try (OpenDataFolder services = dataFolders.open(folder)) {
            assertThat(services.setup().firstRun().isInitialised()).isFalse();
            assertThat(services.setup().users().list()).isEmpty();
        }
    }
}
