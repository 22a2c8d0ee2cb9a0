package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.signatures.SignatureDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Print or e-mail a letter" remembers the user's last choices: chosen, closed and reopened, the
 * dialog offers them again; another user of the PC starts from the defaults.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class LetterMailingMemoryGuiTest {

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private User admin;
    private User paul;

    @BeforeEach
    void twoAccountsASignatureAndALetter(DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder.resolve("data"));
        admin = SampleData.admin(services);
        paul = services.setup().users().add(admin, new UserDraft("Paul Durand", "paul@college-test.fr", Role.STAFF,
                null));
        SmtpDraft smtp = new SmtpDraft("127.0.0.1", 2525, Security.NONE, null, null, null, false, null);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, smtp, null, false, List.of(), null));
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, "Direction",
                "direction@college-test.fr", SettingsSource.OWN, null, smtp, null, false,
                List.of(SampleData.ADMIN, "Paul Durand"), null));
        services.compose().signatures().save(admin, new SignatureDraft(null, null, "Secrétariat",
                "Claire Martin\nSecrétariat", "**Claire Martin**", null, null, true));
        services.letters().templates().create(admin, new LetterTemplate("Convocation", Category.CONVOCATION,
                "Convocation", "Madame, Monsieur,\n\nNous vous recevrons.", List.of()));
        services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.ENGLISH));
    }

    private static DialogFixture openDialog(Robot robot, FrameFixture main) {
        main.menuItem("menuLetters").click();
        main.menuItem("menuLetterMailing").click();
        DialogFixture dialog = Gui.dialog(robot, "letterMailingDialog");
        Gui.until("letter loaded", () -> Gui.onEdt(() ->
                dialog.comboBox("mailingTemplate").target().getItemCount() == 1));
        return dialog;
    }

    /** With the e-mail output: its accounts and their signatures listed. */
    private static void untilSendersLoaded(DialogFixture dialog) {
        Gui.until("accounts and signatures loaded", () -> Gui.onEdt(() ->
                dialog.comboBox("mailingAccount").target().getItemCount() == 2
                && dialog.comboBox("mailingSignature").target().getItemCount() == 2));
    }

    private static void setText(DialogFixture dialog, String name, String text) {
        Gui.onEdt(() -> {
            dialog.textBox(name).target().setText(text);
            return null;
        });
    }

    @Test
    void theLastChoicesComeBackForTheSameUserOnlyAndNeverAReadReceipt(Robot robot) {
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        Gui.dialog(robot, "signInDialog").button("signInOk").click();
        FrameFixture main = Gui.frame(robot, "mainWindow");

        DialogFixture first = openDialog(robot, main);
        untilSendersLoaded(first);
        // The defaults: e-mail, the PDF attached, not inline, the default signature.
        assertThat(first.radioButton("mailingOutputEmail").target().isSelected()).isTrue();
        assertThat(first.checkBox("mailingAttachPdf").target().isSelected()).isTrue();
        assertThat(first.comboBox("mailingSignature").selectedItem()).isEqualTo("Secrétariat");
        Gui.select(first.comboBox("mailingAccount"), "Direction <direction@college-test.fr>");
        Gui.until("the account's signatures", () -> Gui.onEdt(() ->
                first.comboBox("mailingSignature").target().getItemCount()) == 2);
        first.checkBox("mailingAttachPdf").uncheck();
        first.checkBox("mailingInline").check();
        first.checkBox("mailingPrintCopy").check();
        Gui.select(first.comboBox("mailingPrintCopyTo"), "as PDF files in the folder");
        setText(first, "mailingFolder", folder.resolve("courriers").toString());
        Gui.select(first.comboBox("mailingSignature"), "(no signature)");
        first.button("mailingCancel").click();
        // Choices were changed: Cancel asks before they are discarded (they are remembered anyway).
        Gui.dialog(robot, "confirmDialog").optionPane().buttonWithText("Discard").click();
        Gui.untilHidden(robot, "letterMailingDialog");

        DialogFixture second = openDialog(robot, main);
        untilSendersLoaded(second);
        assertThat(second.radioButton("mailingOutputEmail").target().isSelected()).isTrue();
        assertThat(second.comboBox("mailingAccount").selectedItem()).isEqualTo("Direction <direction@college-test.fr>");
        assertThat(second.checkBox("mailingAttachPdf").target().isSelected()).isFalse();
        assertThat(second.checkBox("mailingInline").target().isSelected()).isTrue();
        assertThat(second.textBox("mailingMessage").text()).isEqualTo("Please find our letter below.");
        assertThat(second.checkBox("mailingPrintCopy").target().isSelected()).isTrue();
        assertThat(second.comboBox("mailingPrintCopyTo").selectedItem()).isEqualTo("as PDF files in the folder");
        assertThat(second.textBox("mailingFolder").text()).isEqualTo(folder.resolve("courriers").toString());
        Gui.until("no signature, as last time", () -> "(no signature)".equals(Gui.onEdt(() ->
                String.valueOf(second.comboBox("mailingSignature").target().getSelectedItem()))));
        assertThat(second.textBox("mailingSignatureText").text()).isEmpty();

        second.radioButton("mailingOutputPrinter").click();
        second.close();
        Gui.dialog(robot, "confirmDialog").optionPane().buttonWithText("Discard").click();
        Gui.untilHidden(robot, "letterMailingDialog");
        DialogFixture third = openDialog(robot, main);
        assertThat(third.radioButton("mailingOutputPrinter").target().isSelected()).isTrue();
        third.button("mailingCancel").click();
        Gui.untilHidden(robot, "letterMailingDialog");

        Gui.until("remembered for Claire", () -> services.letters().mailingMemory().recall(admin.id())
                .map(c -> c.output().equals("PRINTER")).orElse(false));
        assertThat(services.letters().mailingMemory().recall(paul.id())).isEmpty();
    }
}
