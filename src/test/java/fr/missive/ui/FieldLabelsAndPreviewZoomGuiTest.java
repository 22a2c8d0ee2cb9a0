package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.i18n.Messages;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JViewport;
import javax.swing.JTextField;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person reads of merge fields (labels, not codes) in the print-or-e-mail dialog and the
 * letters window, and the preview's zoom and pages as they are displayed.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class FieldLabelsAndPreviewZoomGuiTest {

    private static final String STATE_PROPERTY = "missive.previewState";
    private static final String LETTER = "Convocation";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private User admin;

    @BeforeEach
    void schoolWithContactsAndALabelledLetter(DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        SampleData.addContacts(services);
        admin = SampleData.admin(services);
        services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.FRENCH));
        // Never used to send: the dialog only needs an account to offer.
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", 2525,
                Security.NONE, null, null, null, false, null), null, false, List.of(), null));
        String twoPages = "Madame, Monsieur,\n\n" + "Nous vous recevrons le {{date_rdv}} à {{heure_rdv}}.\n\n".repeat(30);
        services.letters().templates().create(admin, new LetterTemplate(LETTER, Category.CONVOCATION,
                "Convocation de {{first_name}}", twoPages, List.of("date_rdv", "heure_rdv"),
                Map.of("date_rdv", "Date du rendez-vous")));
    }

    private FrameFixture openMain(Robot robot) {
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts loaded", () -> main.table("contactsTable").target().getRowCount() == SampleData.CONTACT_COUNT);
        return main;
    }

    @Test
    void theMailingDialogAsksForTheLetterFieldsByTheirLabels(Robot robot) {
        FrameFixture main = openMain(robot);
        main.table("contactsTable").selectRows(0, 1);
        main.menuItem("menuLetters").click();
        main.menuItem("menuLetterMailing").click();
        DialogFixture dialog = Gui.dialog(robot, "letterMailingDialog");
        Gui.untilClickable(robot, "mailingField.date_rdv");
        JTextField date = (JTextField) dialog.textBox("mailingField.date_rdv").target();
        JTextField time = (JTextField) dialog.textBox("mailingField.heure_rdv").target();
        // The label a person reads beside each field: the declared one, else the code said as words.
        assertThat(labelOf(dialog, date)).isEqualTo("Date du rendez-vous");
        assertThat(labelOf(dialog, time)).isEqualTo("Heure rdv");
        dialog.close();
    }

    private static String labelOf(DialogFixture dialog, JComponent field) {
        return dialog.robot().finder().findAll(dialog.target(), c -> c instanceof JLabel l && l.getLabelFor() == field
                && l.isShowing()).stream().map(c -> Gui.shownText((JLabel) c)).findFirst().orElse("(no label)");
    }

    @Test
    void theLettersWindowNamesFieldsByLabelAndThePreviewZoomsAndTurnsPages(Robot robot) {
        FrameFixture main = openMain(robot);
        main.menuItem("menuLetterTemplates").click();
        DialogFixture letters = Gui.dialog(robot, "lettersWindow");
        Gui.until("contacts offered for the preview",
                () -> letters.comboBox("preview.contact").target().getItemCount() == SampleData.CONTACT_COUNT);
        letters.tree("letters.tree").clickPath("Convocations/" + LETTER);
        Gui.until("letter in the editor", () -> letters.textBox("letter.designation").target().getText().equals(LETTER));
        // The declaration shows the label where there is one, the code where there is none.
        assertThat(letters.textBox("letter.letterFields").text()).isEqualTo("Date du rendez-vous (date_rdv), heure_rdv");

        letters.button("letter.insertField").click();
        JMenuItem dateItem = robot.finder().findByName("field.date_rdv", JMenuItem.class, true);
        JMenuItem firstName = robot.finder().findByName("field.first_name", JMenuItem.class, true);
        assertThat(dateItem.getText()).isEqualTo("Date du rendez-vous");
        assertThat(firstName.getText()).isEqualTo("Prénom");
        // Closed without Escape, which would close the window too.
        Gui.onEdt(() -> {
            javax.swing.MenuSelectionManager.defaultManager().clearSelectedPath();
            return null;
        });

        letters.comboBox("preview.contact").selectItem(1);
        JComponent image = (JComponent) robot.finder().findByName(letters.target(), "preview.image", true);
        waitForPages(letters, image);
        int pages = Integer.parseInt(Gui.onEdt(() -> String.valueOf(image.getClientProperty(STATE_PROPERTY)))
                .replaceAll("pages=(\\d+);.*", "$1"));
        assertThat(pages).isGreaterThanOrEqualTo(2);
        // The sample value of a missing field is said by its label, on the page and under it.
        assertThat(Gui.shownText(letters.label("preview.warnings").target())).contains("Date du rendez-vous")
                .doesNotContain("date_rdv");

        letters.label("preview.page").requireText("Page 1 sur " + pages);
        letters.button("preview.next").click();
        letters.label("preview.page").requireText("Page 2 sur " + pages);
        letters.button("preview.previous").click();
        letters.label("preview.page").requireText("Page 1 sur " + pages);
        Gui.onEdt(() -> image.requestFocusInWindow());
        Gui.until("page view focused", image::isFocusOwner);
        robot.pressAndReleaseKey(KeyEvent.VK_PAGE_DOWN);
        letters.label("preview.page").requireText("Page 2 sur " + pages);
        robot.pressAndReleaseKey(KeyEvent.VK_PAGE_UP);
        letters.label("preview.page").requireText("Page 1 sur " + pages);

        // Actual size: an A4 sheet (595 points) is 794 pixels wide on a 96 dpi screen, and the label says 100 %.
        letters.button("preview.actualSize").click();
        letters.label("preview.zoom").requireText("100\u00a0%");
        assertThat(pageWidth(image)).isBetween(792, 795);

        letters.button("preview.zoomIn").click();
        letters.label("preview.zoom").requireText("110\u00a0%");
        assertThat(pageWidth(image)).isBetween(871, 875);
        robot.pressAndReleaseKey(KeyEvent.VK_EQUALS, KeyEvent.CTRL_MASK);
        letters.label("preview.zoom").requireText("125\u00a0%");
        robot.pressAndReleaseKey(KeyEvent.VK_MINUS, KeyEvent.CTRL_MASK);
        robot.pressAndReleaseKey(KeyEvent.VK_MINUS, KeyEvent.CTRL_MASK);
        letters.label("preview.zoom").requireText("100\u00a0%");
        letters.button("preview.zoomOut").click();
        letters.label("preview.zoom").requireText("90\u00a0%");
        robot.pressAndReleaseKey(KeyEvent.VK_0, KeyEvent.CTRL_MASK);
        letters.label("preview.zoom").requireText("100\u00a0%");

        // Whole page: the sheet fits the view's height; fit width: the view's width.
        letters.button("preview.fitPage").click();
        Gui.until("whole page in the view", () -> Gui.onEdt(() -> {
            JViewport view = (JViewport) image.getParent();
            return image.getPreferredSize().height <= view.getHeight() + 1 && pageWidth(image) < view.getWidth() - 20;
        }));
        String fitPage = letters.label("preview.zoom").text();
        letters.button("preview.fitWidth").click();
        Gui.until("page as wide as the view", () -> Gui.onEdt(() ->
                pageWidth(image) == ((JViewport) image.getParent()).getWidth() - 24));
        // In a column narrower than the page's proportions both fits give the same percentage;
        // in a wider one "fit width" is the larger.
        assertThat(Integer.parseInt(letters.label("preview.zoom").text().replace("\u00a0%", "")))
                .isGreaterThanOrEqualTo(Integer.parseInt(fitPage.replace("\u00a0%", "")));
        letters.close();
    }

    /**
     * The letter drawn (slow on a loaded machine); says what the preview shows when it is not. The
     * page view keeps the previous contact's pages while the next contact's letter is drawn, so the
     * wait is also for the page line to stop saying it is being updated.
     */
    private static void waitForPages(DialogFixture letters, JComponent image) {
        String updating = Messages.forLocale(Locale.FRENCH).get("ui.letters.preview.rendering");
        long end = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < end) {
            String state = Gui.onEdt(() -> String.valueOf(image.getClientProperty(STATE_PROPERTY)));
            String pageLine = Gui.onEdt(() -> letters.label("preview.page").target().getText());
            if (state.startsWith("pages=") && !state.startsWith("pages=0") && !pageLine.equals(updating)) {
                return;
            }
            org.assertj.swing.timing.Pause.pause(200);
        }
        throw new AssertionError("preview not drawn: " + Gui.onEdt(() -> image.getClientProperty(STATE_PROPERTY))
                + " / " + Gui.shownText(letters.label("preview.warnings").target()) + " / "
                + letters.label("preview.page").text());
    }

    /** The width of the sheet as drawn: the page view less its margins. */
    private static int pageWidth(JComponent image) {
        Dimension size = Gui.onEdt(image::getPreferredSize);
        return size.width - 24;
    }
}
