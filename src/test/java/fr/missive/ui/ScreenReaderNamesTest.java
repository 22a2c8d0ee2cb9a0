package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.i18n.Messages;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import fr.missive.ui.a11y.AccessibleNames;
import fr.missive.ui.a11y.AccessibleNames.Control;
import java.awt.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.accessibility.AccessibleTable;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a screen reader can say in the main window, the print-or-e-mail dialog, the letters
 * window and every page of the account wizard, in French and in English: every control a user
 * can reach has a name in the user's language (see {@link AccessibleNames}). What it says is
 * written to target/screen-reader/ for a person to read.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class ScreenReaderNamesTest {

    @TempDir
    Path folder;

    @Test
    void everyReachableControlIsNamedInTheUsersLanguage(Robot robot, DataFolders dataFolders) throws IOException {
        Map<String, List<Control>> french = read(robot, dataFolders, Locale.FRENCH);
        Map<String, List<Control>> english = read(robot, dataFolders, Locale.ENGLISH);

        List<String> problems = new ArrayList<>();
        for (String window : french.keySet()) {
            AccessibleNames.problems(french.get(window), Locale.FRENCH).forEach(p -> problems.add("fr " + p));
            AccessibleNames.problems(english.get(window), Locale.ENGLISH).forEach(p -> problems.add("en " + p));
            AccessibleNames.sameInBothLanguages(french.get(window), english.get(window)).forEach(problems::add);
        }
        assertThat(english.keySet()).isEqualTo(french.keySet());
        assertThat(french.values()).allSatisfy(controls -> assertThat(controls).hasSizeGreaterThan(3));
        assertThat(problems).isEmpty();
    }

    private Map<String, List<Control>> read(Robot robot, DataFolders dataFolders, Locale language) throws IOException {
        OpenDataFolder services = SampleData.initialised(dataFolders, folder.resolve(language.getLanguage()));
        SampleData.addContacts(services);
        User admin = SampleData.admin(services);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", 2525,
                Security.NONE, null, null, null, false, null), null, false, List.of(), null));
        services.letters().templates().create(admin, new LetterTemplate("Convocation", Category.CONVOCATION,
                "Convocation de {{first_name}}", "Nous vous recevrons le {{date_rdv}}.", List.of("date_rdv")));
        services.setup().preferences().setLanguage(admin.id(), Optional.of(language));
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts loaded", () -> main.table("contactsTable").target().getRowCount()
                == SampleData.CONTACT_COUNT);

        Map<String, List<Control>> read = new LinkedHashMap<>();
        read.put("mainWindow", controls(main.target(), "mainWindow", language));
        Messages messages = Messages.forLocale(language);
        assertThat(cellNames(main.table("contactsTable").target()))
                .contains(messages.get("ui.contacts.consent.yes"), messages.get("ui.contacts.consent.no"))
                .doesNotContain("✓", "✗");

        main.table("contactsTable").selectRows(0, 1);
        main.button("contactLetterMailing").click();
        DialogFixture mailing = Gui.dialog(robot, "letterMailingDialog");
        Gui.until("letter and account loaded", () -> mailing.comboBox("mailingTemplate").target().getItemCount() == 1
                && mailing.comboBox("mailingSignature").target().getItemCount() > 0);
        Gui.untilClickable(robot, "mailingField.date_rdv");
        read.put("letterMailingDialog", controls(mailing.target(), "letterMailingDialog", language));
        mailing.button("mailingCancel").click();

        main.menuItem("menuLetters").click();
        main.menuItem("menuLetterTemplates").click();
        DialogFixture letters = Gui.dialog(robot, "lettersWindow");
        Gui.until("contacts offered for the preview",
                () -> letters.comboBox("preview.contact").target().getItemCount() == SampleData.CONTACT_COUNT);
        read.put("lettersWindow", controls(letters.target(), "lettersWindow", language));
        close(letters.target());

        main.menuItem("menuMail").click();
        main.menuItem("menuAccounts").click();
        DialogFixture accounts = Gui.dialog(robot, "accountsDialog");
        accounts.button("accountAddPersonal").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        read.put("accountWizard.account", controls(wizard.target(), "accountWizard.account", language));
        wizard.textBox("account.name").setText("Vie scolaire");
        wizard.textBox("account.address").setText("vie.scolaire@college-test.fr");
        wizard.button("accountNext").click();
        Gui.untilShowing(robot, "account.source");
        read.put("accountWizard.server", controls(wizard.target(), "accountWizard.server", language));

        Gui.onEdt(() -> {
            Arrays.stream(Window.getWindows()).forEach(Window::dispose);
            return null;
        });
        return read;
    }

    /** What a screen reader says of each cell of the table, as it moves through them. */
    private static List<String> cellNames(JTable table) {
        return Gui.onEdt(() -> {
            AccessibleTable cells = table.getAccessibleContext().getAccessibleTable();
            List<String> names = new ArrayList<>();
            for (int row = 0; row < cells.getAccessibleRowCount(); row++) {
                for (int column = 0; column < cells.getAccessibleColumnCount(); column++) {
                    names.add(cells.getAccessibleAt(row, column).getAccessibleContext().getAccessibleName());
                }
            }
            return names;
        });
    }

    private static void close(Window window) {
        Gui.onEdt(() -> {
            window.dispose();
            return null;
        });
    }

    /** The window's controls, and what a screen reader says of each, written where a person can read it. */
    private static List<Control> controls(Window window, String name, Locale language) throws IOException {
        List<Control> controls = Gui.onEdt(() -> AccessibleNames.controls(window));
        Path out = Path.of("target", "screen-reader", name + "-" + language.getLanguage() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, controls.stream().map(c -> c.key() + "\t" + c.spoken()).toList());
        return controls;
    }
}
