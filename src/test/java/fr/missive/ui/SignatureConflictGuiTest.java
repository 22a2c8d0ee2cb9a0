package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.signatures.SignatureDraft;
import fr.missive.model.Versioned;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people edit the signature of the secretariat's shared account: the second to save is told
 * who changed it and when, keeps what they typed until they choose, and may reload or overwrite.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class SignatureConflictGuiTest {

    /** An administrator on another PC (the direction's). */
    private static final User MARC = new User(99L, "Marc Petit", null, Role.ADMIN, null);
    private static final String ACCOUNT = "Secrétariat";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private FrameFixture main;
    private long signature;

    @BeforeEach
    void openOnASharedAccountSignature(Robot robot, DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        User admin = SampleData.admin(services);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, ACCOUNT,
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", 2525,
                Security.NONE, null, null, 30, false), null, false, List.of(SampleData.ADMIN), null));
        signature = services.compose().signatures().save(admin, new SignatureDraft(null, ACCOUNT, "Accueil",
                "Le secrétariat", "", null, null, true)).id();
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
    }

    @Test
    void theSecondSaveIsToldWhoChangedTheSignatureKeepsWhatWasTypedAndReloadShowsTheirs(Robot robot) {
        DialogFixture editor = editAccueil(robot);
        editor.textBox("signaturePlain").setText("Le secrétariat — accueil de 8 h à 17 h");
        marcSavesText("Le secrétariat du collège");

        editor.button("signatureSave").click();
        JOptionPaneFixture told = Gui.dialog(robot, "chooseDialog").optionPane();
        told.requireMessage(LetterConflictGuiTest.TOLD);
        editor.textBox("signaturePlain").requireText("Le secrétariat — accueil de 8 h à 17 h");
        told.buttonWithText("Reload").click();

        Gui.until("Marc's text in the form", () -> Gui.onEdt(() -> editor.textBox("signaturePlain").target()
                .getText()).equals("Le secrétariat du collège"));
        editor.textBox("signaturePlain").click();
        editor.textBox("signaturePlain").setText("Le secrétariat du collège Jean Moulin");
        editor.button("signatureSave").click();
        Gui.untilHidden(robot, "signatureEditor");
        assertThat(stored().plainText()).as("saved over the reloaded version")
                .isEqualTo("Le secrétariat du collège Jean Moulin");
    }

    @Test
    void overwriteSavesWhatWasTypedOverTheOtherChange(Robot robot) {
        DialogFixture editor = editAccueil(robot);
        editor.textBox("signaturePlain").setText("Le secrétariat — accueil de 8 h à 17 h");
        marcSavesText("Le secrétariat du collège");

        editor.button("signatureSave").click();
        JOptionPaneFixture told = Gui.dialog(robot, "chooseDialog").optionPane();
        told.requireMessage(LetterConflictGuiTest.TOLD);
        told.buttonWithText("Overwrite").click();

        Gui.untilHidden(robot, "signatureEditor");
        assertThat(stored().plainText()).isEqualTo("Le secrétariat — accueil de 8 h à 17 h");
        assertThat(services.compose().signatures().findForEditing(SampleData.admin(services), signature)
                .orElseThrow().version().changedBy()).isEqualTo(SampleData.ADMIN);
    }

    private DialogFixture editAccueil(Robot robot) {
        main.menuItem("menuSignatures").click();
        DialogFixture signatures = Gui.dialog(robot, "signaturesDialog");
        Gui.until("the account offered", () -> signatures.comboBox("signatureOwner").target().getItemCount() == 2);
        Gui.select(signatures.comboBox("signatureOwner"), "the account " + ACCOUNT);
        Gui.until("its signature listed", () -> signatures.list("signatureList").target().getModel().getSize() == 1);
        signatures.list("signatureList").selectItem(0);
        signatures.button("signatureEdit").click();
        DialogFixture editor = Gui.dialog(robot, "signatureEditor");
        editor.textBox("signaturePlain").requireText("Le secrétariat");
        return editor;
    }

    /** The other person, on another PC sharing the database, saves the signature from its current version. */
    private void marcSavesText(String text) {
        Versioned<Signature> current = services.compose().signatures().findForEditing(MARC, signature).orElseThrow();
        Signature s = current.value();
        services.compose().signatures().save(MARC, new SignatureDraft(s.id(), ACCOUNT, s.name(), text,
                s.formattedText(), s.image(), s.imageType(), s.isDefault()), current.version().number());
    }

    private Signature stored() {
        return services.compose().signatures().findForEditing(SampleData.admin(services), signature).orElseThrow()
                .value();
    }
}
