package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class ImportWizardTest {

    private static final String CP1252 = "eleves-responsables-cp1252.csv";
    private static final String UTF8 = "guardians-utf8-bom.csv";

    @TempDir
    Path folder;
    @TempDir
    Path files;

    private OpenDataFolder services;
    private FrameFixture main;
    private JTableFixture table;

    @BeforeEach
    void openOnAnEmptyContactList(Robot robot, DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
        table = main.table("contactsTable");
    }

    private Path sample(String name) throws IOException, URISyntaxException {
        Path copy = files.resolve(name);
        Files.copy(Path.of(getClass().getResource("/contacts/" + name).toURI()), copy);
        return copy;
    }

    private DialogFixture openWizardOn(Robot robot, Path file) {
        main.button("contactImport").click();
        DialogFixture wizard = Gui.dialog(robot, "importWizard");
        wizard.textBox("importFile").setText(file.toString());
        wizard.button("importNext").click();
        Gui.untilShowing(robot, "importPreview");
        return wizard;
    }

    /** The issue lines as the report lists them, one a line. */
    private static List<String> issues(DialogFixture wizard) {
        return List.of(wizard.textBox("importIssues").text().split("\n"));
    }

    private List<String> lastNames() {
        int column = table.columnIndexFor("Last name");
        return Arrays.stream(table.contents()).map(row -> row[column]).toList();
    }

    @Test
    void importsBothSampleFilesAndShowsEveryContact(Robot robot) throws Exception {
        DialogFixture wizard = openWizardOn(robot, sample(CP1252));
        wizard.comboBox("importCharset").requireSelection("Windows-1252 (Excel on Windows)");
        wizard.comboBox("importDelimiter").requireSelection("Semicolon ( ; )");
        wizard.label("importCount").requireText("Data lines: 50");
        wizard.table("importPreview").requireRowCount(20).requireCellValue(
                org.assertj.swing.data.TableCell.row(0).column(1), "BÉGUÉ");
        wizard.button("importNext").click();
        wizard.comboBox("importMapping.0").requireSelection("Last name");
        wizard.comboBox("importMapping.3").requireSelection(
                "Legal guardian (whole name in one column)");
        wizard.button("importNext").click();

        Gui.untilShowing(robot, "importSummary");
        wizard.label("importSummary").requireText(Pattern.compile(".*Contacts added: 50,.*"));
        assertThat(issues(wizard)).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("Line 15 (corrected): "))
                .anySatisfy(line -> assertThat(line).startsWith("Line 23 (corrected): "));
        wizard.button("importClose").click();
        // 50 pupils and the legal guardians their "Responsable légal" column names.
        int firstTotal = services.contacts().contacts().count();
        assertThat(firstTotal).isGreaterThan(50);
        Gui.until(firstTotal + " rows", () -> table.target().getRowCount() == firstTotal);

        DialogFixture second = openWizardOn(robot, sample(UTF8));
        second.comboBox("importCharset").requireSelection("UTF-8");
        second.comboBox("importDelimiter").requireSelection("Comma ( , )");
        second.button("importNext").click();
        second.button("importNext").click();
        Gui.untilShowing(robot, "importSummary");
        second.label("importSummary").requireText(Pattern.compile(".*Contacts added: 6,.*"));
        second.button("importClose").click();

        // 56 pupils, and the legal guardians the "Responsable légal" / "Guardian" columns name.
        int total = services.contacts().contacts().count();
        assertThat(services.contacts().contacts().list()).filteredOn(c -> c.kind() == ContactKind.PUPIL).hasSize(56);
        Gui.until(total + " rows", () -> table.target().getRowCount() == total);
        main.label("statusContacts").requireText(total + " contacts");
        assertThat(lastNames()).contains("BÉGUÉ", "ØRSTED", "O’NEILL", "Nguyễn", "Αλεξίου", "Wróbel", "Benali");
        Contact nguyen = services.contacts().contacts().list().stream().filter(c -> c.lastName().equals("Nguyễn")
                && c.kind() == ContactKind.PUPIL).findFirst().orElseThrow();
        assertThat(services.contacts().contacts().guardiansOf(nguyen.id())).extracting(Contact::displayName)
                .containsExactly("Thị Lan Nguyễn");

        main.textBox("contactsSearch").click().setText("łukasz");
        Gui.until("one row", () -> table.target().getRowCount() == 1);
        assertThat(lastNames()).containsExactly("Wróbel");
    }

    @Test
    void anotherSeparatorOrEncodingRereadsThePreview(Robot robot) throws Exception {
        DialogFixture wizard = openWizardOn(robot, sample(CP1252));
        Gui.select(wizard.comboBox("importDelimiter"), "Comma ( , )");
        Gui.until("one column", () -> wizard.table("importPreview").target().getColumnCount() == 2);

        Gui.select(wizard.comboBox("importDelimiter"), "Semicolon ( ; )");
        Gui.until("nine columns", () -> wizard.table("importPreview").target().getColumnCount() == 10);
        Gui.select(wizard.comboBox("importCharset"), "UTF-8");
        Gui.until("accents lost", () -> wizard.table("importPreview").target().getValueAt(0, 1).equals("B\uFFFDGU\uFFFD"));
        Gui.select(wizard.comboBox("importCharset"), "Windows-1252 (Excel on Windows)");
        Gui.until("accents back", () -> wizard.table("importPreview").target().getValueAt(0, 1).equals("BÉGUÉ"));
        wizard.button("importCancel").click();
        Gui.untilHidden(robot, "importWizard");
        assertThat(services.contacts().contacts().count()).isZero();
    }

    @Test
    void givingAFieldToAnotherColumnFreesTheFirst(Robot robot) throws Exception {
        DialogFixture wizard = openWizardOn(robot, sample(CP1252));
        wizard.button("importNext").click();
        Gui.select(wizard.comboBox("importMapping.3"), "Last name");
        wizard.comboBox("importMapping.0").requireSelection("Extra field “Nom”");
        Gui.select(wizard.comboBox("importMapping.0"), "Ignore");
        wizard.button("importNext").click();
        Gui.untilShowing(robot, "importSummary");
        wizard.button("importClose").click();

        Gui.until("imported", () -> table.target().getRowCount() > 0);
        assertThat(services.contacts().contacts().list()).extracting(Contact::lastName).contains("M. Lucas Bégué")
                .doesNotContain("BÉGUÉ");
    }

    @Test
    void cancelStopsARunningImportAndSavesNothing(Robot robot) throws Exception {
        StringBuilder csv = new StringBuilder("Nom;Prénom;Classe\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append("NOM").append(i).append(";Prénom").append(i).append(";3e A\n");
        }
        Path big = Files.writeString(files.resolve("big.csv"), csv);
        DialogFixture wizard = openWizardOn(robot, big);
        wizard.button("importNext").click();
        wizard.button("importNext").click();
        Gui.untilShowing(robot, "importProgress");
        wizard.button("importCancel").click();

        Gui.untilShowing(robot, "importSummary");
        wizard.label("importSummary").requireText(Pattern.compile(".*Import cancelled: no contact was added or changed.*"));
        wizard.button("importClose").click();
        assertThat(services.contacts().contacts().count()).isZero();
    }

    @Test
    void aMissingFileIsRefusedOnTheFileField(Robot robot) {
        main.menuItem("menuContactsImport").click();
        DialogFixture wizard = Gui.dialog(robot, "importWizard");
        wizard.button("importNext").requireDisabled();
        Path missing = files.resolve("nowhere.csv");
        wizard.textBox("importFile").setText(missing.toString());
        wizard.button("importNext").click();
        Gui.untilShowing(robot, "importFile.error");
        wizard.label("importFile.error").requireText("There is no file " + missing + ".");
    }
}
