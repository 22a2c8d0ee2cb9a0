package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.letters.TemplateFile;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.users.User;
import fr.missive.model.letters.StoredTemplate;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.text.JTextComponent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JMenuItemFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The standard letters window: editor, merge fields, live preview, files. */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class LettersWindowTest {

    private static final String PDF_PROPERTY = "missive.previewPdf";
    private static final String STATE_PROPERTY = "missive.previewState";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private FrameFixture main;

    @BeforeEach
    void openAsAdministrator(Robot robot, DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        SampleData.addContacts(services);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
    }

    private DialogFixture openLetters(Robot robot) {
        main.menuItem("menuLetterTemplates").click();
        DialogFixture letters = Gui.dialog(robot, "lettersWindow");
        Gui.until("contacts offered for the preview",
                () -> letters.comboBox("preview.contact").target().getItemCount() == SampleData.CONTACT_COUNT);
        return letters;
    }

    @Test
    void theSubjectShowsItsFieldsByTheirLabelsAndStoresTheirCodes(Robot robot) {
        User admin = SampleData.admin(services);
        services.letters().templates().create(admin, new LetterTemplate("Absence", Category.OTHER,
                "Absence de {{first_name}} le {{date_absence}}", "Madame, Monsieur,", List.of("date_absence")));
        DialogFixture letters = openLetters(robot);
        Gui.until("the letter listed", () -> letters.tree("letters.tree").target().getRowCount() > 5);
        letters.tree("letters.tree").selectPath("Other letters/Absence");
        JTextComponentFixture subject = letters.textBox("letter.subject");
        Gui.until("the letter shown", () -> Gui.onEdt(() -> subject.target().getText()).startsWith("Absence de"));

        // Chips by label, as the letter editor shows them; the declared letter field by its words.
        assertThat(Gui.onEdt(() -> subject.target().getText())).isEqualTo("Absence de «First name» le «Date absence»");

        subject.focus();
        subject.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_END));
        subject.enterText(" — ");
        new JMenuItemFixture(robot, openFieldMenu(letters, robot, "field.class")).click();
        assertThat(Gui.onEdt(() -> subject.target().getText()))
                .isEqualTo("Absence de «First name» le «Date absence» — «Class»");
        // Backspace takes the chip whole, never leaving half a field.
        subject.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_BACK_SPACE));
        assertThat(Gui.onEdt(() -> subject.target().getText())).isEqualTo("Absence de «First name» le «Date absence» — ");
        new JMenuItemFixture(robot, openFieldMenu(letters, robot, "field.class")).click();

        letters.button("letters.save").click();
        Gui.until("the codes stored", () -> services.letters().templates().get("Absence").template().subject()
                .equals("Absence de {{first_name}} le {{date_absence}} — {{class}}"));
    }

    private static JMenuItem openFieldMenu(DialogFixture letters, Robot robot, String item) {
        letters.button("letter.insertField").click();
        return robot.finder().findByName(item, JMenuItem.class, true);
    }

    @Test
    void createsATemplateWithAFieldPreviewsItExportsAndImportsIt(Robot robot, @TempDir Path files)
            throws IOException {
        DialogFixture letters = openLetters(robot);
        letters.button("letters.new").click();
        letters.textBox("letter.designation").enterText("Convocation conseil de classe");
        Gui.select(letters.comboBox("letter.category"), "Convocation");
        letters.textBox("letter.subject").enterText("Conseil de classe");
        letters.textBox("letter.letterFields").enterText("date_rdv");
        JTextComponentFixture body = letters.textBox("letter.body");
        body.setText("Madame, Monsieur,\n\n");
        body.focus();
        body.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_END).modifiers(KeyEvent.CTRL_MASK));
        body.enterText("Nous recevrons ");
        letters.button("letter.insertField").click();
        JMenuItem fullName = robot.finder().findByName("field.full_name", JMenuItem.class, true);
        assertThat(fullName.getText()).isEqualTo("Full name");
        new JMenuItemFixture(robot, fullName).click();
        body.enterText(" le {{date_rdv}}.");
        assertThat(source(letters)).isEqualTo("Madame, Monsieur,\n\nNous recevrons {{full_name}} le {{date_rdv}}.");

        Gui.select(letters.comboBox("preview.contact"), "SIMON Noé \u2013 3e A");
        JComponent image = (JComponent) letters.robot().finder().findByName("preview.image", true);
        Gui.until("preview of Noé SIMON drawn", () -> String.valueOf(image.getClientProperty(STATE_PROPERTY))
                .equals("pages=1;page=1;contact=Noé SIMON")
                && text((byte[]) image.getClientProperty(PDF_PROPERTY)).contains("Nous recevrons"));
        String pdfText = Gui.onEdt(() -> text((byte[]) image.getClientProperty(PDF_PROPERTY)));
        assertThat(pdfText).contains("Nous recevrons Noé SIMON le [Date rdv].", "Conseil de classe",
                "Noé SIMON", "20000 ANNECY");
        assertThat(letters.label("preview.warnings").text()).contains("Date rdv").doesNotContain("date_rdv");
        letters.label("preview.page").requireText("Page 1 of 1");

        letters.button("letters.save").click();
        Gui.until("template stored", () -> services.letters().templates().find("Convocation conseil de classe")
                .isPresent());
        StoredTemplate stored = services.letters().templates().get("Convocation conseil de classe");
        assertThat(stored.template()).isEqualTo(new LetterTemplate("Convocation conseil de classe",
                Category.CONVOCATION, "Conseil de classe",
                "Madame, Monsieur,\n\nNous recevrons {{full_name}} le {{date_rdv}}.", List.of("date_rdv")));
        Gui.until("listed under Convocations", () -> letters.tree("letters.tree").target().getRowCount() > 5);
        letters.tree("letters.tree").requireSelection("Convocations/Convocation conseil de classe");

        letters.button("letters.export").click();
        JFileChooserFixture saveAs = JFileChooserFinder.findFileChooser("letters.exportChooser")
                .withTimeout(Gui.TIMEOUT_MILLIS).using(robot);
        assertThat(saveAs.target().getSelectedFile().getName()).isEqualTo("Convocation conseil de classe.md");
        org.assertj.swing.edt.GuiActionRunner.execute(() -> saveAs.target()
                .setSelectedFile(files.resolve("conseil").toFile()));
        Gui.approve(saveAs);
        Path exported = files.resolve("conseil.md");
        Gui.until("file written", () -> Files.exists(exported));
        assertThat(TemplateFile.read(exported)).isEqualTo(stored.template());

        letters.button("letters.delete").click();
        DialogFixture confirm = Gui.dialog(robot, "confirmDialog");
        confirm.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Delete")).click();
        Gui.until("template deleted", () -> services.letters().templates().list().isEmpty());

        letters.button("letters.import").click();
        JFileChooserFixture open = JFileChooserFinder.findFileChooser("letters.importChooser")
                .withTimeout(Gui.TIMEOUT_MILLIS).using(robot);
        open.selectFile(exported.toFile());
        Gui.approve(open);
        Gui.until("template imported", () -> services.letters().templates().list().size() == 1);
        assertThat(services.letters().templates().list().get(0).template()).isEqualTo(stored.template());
        Gui.until("imported template in the editor",
                () -> letters.textBox("letter.designation").target().getText().equals("Convocation conseil de classe"));
        letters.tree("letters.tree").requireSelection("Convocations/Convocation conseil de classe");
    }

    @Test
    void aLetterFileWithControlCharactersIsImportedCleanAndTheLinesAreShown(Robot robot, @TempDir Path files)
            throws IOException {
        Path file = files.resolve("controle.md");
        Files.writeString(file, "---\ndesignation: Contr\u00f4le\n---\nMadame,\n\nBonjour\u0000\u0001\u0002.\n",
                StandardCharsets.UTF_8);
        DialogFixture letters = openLetters(robot);
        letters.button("letters.import").click();
        JFileChooserFixture open = JFileChooserFinder.findFileChooser("letters.importChooser")
                .withTimeout(Gui.TIMEOUT_MILLIS).using(robot);
        open.selectFile(file.toFile());
        Gui.approve(open);
        Gui.until("template imported", () -> services.letters().templates().list().size() == 1);
        assertThat(services.letters().templates().list().get(0).template().body()).isEqualTo("Madame,\n\nBonjour.\n");
        org.assertj.swing.fixture.JOptionPaneFixture notice = Gui.dialog(robot, "alertInfo").optionPane();
        notice.requireMessage(java.util.regex.Pattern.compile("(?s).*Contr\u00f4le.*(line|ligne) 6\\).*"));
        notice.okButton().click();

        JTextComponent body = letters.textBox("letter.body").target();
        org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            body.setCaretPosition(0);
            body.replaceSelection("Coll\u00e9\u001B ");
        });
        String edited = Gui.onEdt(body::getText);
        assertThat(edited).startsWith("Coll\u00e9 Madame,");
    }

    @Test
    void anUnknownFieldWrittenInTheSourceIsListedAndTypedBracesStayText(Robot robot) {
        DialogFixture letters = openLetters(robot);
        letters.toggleButton("letter.sourceToggle").click();
        JTextComponentFixture source = letters.textBox("letter.source");
        source.enterText("Bonjour {{prenon}}, {{first_name}}");

        JTextComponent message = letters.textBox("letter.fieldsMessage").target();
        Gui.until("unknown field listed", () -> message.isShowing()
                && "prenon".equals(message.getAccessibleContext().getAccessibleDescription()));
        // The misspelling as typed; the fields that can be used by their names, not their codes.
        assertThat(message.getText()).contains("{{prenon}}", "First name", "Institution name", "Today’s date")
                .doesNotContain("{{first_name}}", "{{today}}");

        source.selectText(8, 18);
        source.enterText("{{first_name}}");
        Gui.until("nothing listed once corrected", () -> !message.isShowing());

        letters.toggleButton("letter.sourceToggle").click();
        JTextComponentFixture body = letters.textBox("letter.body");
        body.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_END).modifiers(KeyEvent.CTRL_MASK));
        body.enterText(" {{prenon");
        body.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        body.enterText("}}");
        assertThat(source(letters)).isEqualTo("Bonjour {{first_name}}, {{first_name}} {\\{prenon}}");
        assertThat(message.isShowing()).isFalse();
    }

    /** The Markdown of the body, read in the source view (and back to the editor). */
    private static String source(DialogFixture letters) {
        letters.toggleButton("letter.sourceToggle").click();
        String text = Gui.onEdt(() -> letters.textBox("letter.source").target().getText());
        letters.toggleButton("letter.sourceToggle").click();
        return text;
    }

    @Test
    void toolbarFormatsUndoRedoAndAskBeforeLosingChanges(Robot robot) {
        DialogFixture letters = openLetters(robot);
        letters.textBox("letter.designation").enterText("Certificat de scolarité");
        JTextComponentFixture body = letters.textBox("letter.body");
        body.setText("Je certifie que\nNoé est inscrit");
        body.selectText(0, 2);
        letters.button("letter.bold").click();
        assertThat(source(letters)).isEqualTo("**Je** certifie que\n\nNoé est inscrit");
        body.selectText(0, body.text().length());
        letters.button("letter.bulletList").click();
        assertThat(source(letters)).isEqualTo("- **Je** certifie que\n- Noé est inscrit");
        body.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(KeyEvent.CTRL_MASK));
        assertThat(source(letters)).as("list undone in one step").isEqualTo("**Je** certifie que\n\nNoé est inscrit");
        body.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Y).modifiers(KeyEvent.CTRL_MASK));
        assertThat(source(letters)).as("list redone").isEqualTo("- **Je** certifie que\n- Noé est inscrit");
        letters.button("letter.undo").click();
        letters.button("letter.undo").click();
        assertThat(source(letters)).isEqualTo("Je certifie que\n\nNoé est inscrit");

        letters.textBox("letter.designation").setText("");
        letters.button("letters.save").click();
        Gui.untilShowing(robot, "letter.designation.error");
        assertThat(services.letters().templates().list()).isEmpty();

        letters.button("letters.close").click();
        DialogFixture ask = Gui.dialog(robot, "chooseDialog");
        ask.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Cancel")).click();
        Gui.untilHidden(robot, "chooseDialog");
        assertThat(Gui.isShowing(letters.target())).isTrue();
        main.close();
        Gui.dialog(robot, "chooseDialog").button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Cancel"))
                .click();
        Gui.untilHidden(robot, "chooseDialog");
        assertThat(Gui.isShowing(main.target())).isTrue();
        letters.button("letters.close").click();
        Gui.dialog(robot, "chooseDialog").button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Do not save"))
                .click();
        Gui.untilHidden(robot, "lettersWindow");
    }

    @Test
    void duplicatesAndRenamesTheLetterShown(Robot robot) {
        services.letters().templates().create(SampleData.admin(services), new LetterTemplate("Absence", Category.ABSENCE,
                "Absence de {{first_name}}", "Madame, Monsieur,\n\nVotre enfant était absent.\n"));
        DialogFixture letters = openLetters(robot);
        Gui.until("first letter shown", () -> letters.textBox("letter.designation").target().getText()
                .equals("Absence"));

        letters.button("letters.duplicate").click();
        Gui.until("copy shown", () -> letters.textBox("letter.designation").target().getText()
                .equals("Copy of Absence"));
        letters.tree("letters.tree").requireSelection("Absence notices/Copy of Absence");

        letters.button("letters.rename").click();
        DialogFixture rename = Gui.dialog(robot, "renameDialog");
        rename.textBox("letters.renameField").requireText("Copy of Absence").setText("Absence en demi-journée");
        rename.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Rename")).click();
        Gui.until("renamed", () -> services.letters().templates().find("Absence en demi-journée").isPresent());
        Gui.until("new name shown", () -> letters.textBox("letter.designation").target().getText()
                .equals("Absence en demi-journée"));
        assertThat(services.letters().templates().list()).extracting(StoredTemplate::designation)
                .containsExactly("Absence", "Absence en demi-journée");
    }

    @Test
    void aLongLetterIsPreviewedPageByPage(Robot robot) {
        DialogFixture letters = openLetters(robot);
        letters.textBox("letter.designation").enterText("Règlement intérieur");
        letters.textBox("letter.body").setText(("Le règlement intérieur s’applique à tous les élèves de "
                + "l’établissement, dans les locaux comme lors des sorties. ").repeat(60));
        JComponent image = (JComponent) letters.robot().finder().findByName("preview.image", true);
        Gui.until("several pages drawn", () -> String.valueOf(image.getClientProperty(STATE_PROPERTY))
                .matches("pages=[2-9];page=1;contact=.+"));
        letters.button("preview.previous").requireDisabled();
        letters.button("preview.next").click();
        Gui.until("second page shown", () -> String.valueOf(image.getClientProperty(STATE_PROPERTY))
                .contains(";page=2;"));
        letters.label("preview.page").requireText(java.util.regex.Pattern.compile("Page 2 of [2-9]"));
        letters.button("preview.previous").requireEnabled();
    }

    private static String text(byte[] pdf) {
        if (pdf == null) {
            return "";
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n").replace('\n', ' ');
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
