package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.Wiring;
import fr.missive.cli.CliRunner;
import fr.missive.i18n.Messages;
import java.awt.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-run wizard's "Try with demonstration data" opens the sandbox; a letter sent there by
 * e-mail, as a PDF attachment, arrives in the Demonstration mailbox, which shows it by itself,
 * with its attachment to save.
 */
@ExtendWith(GuiTestExtension.class)
class SandboxGuiTest {

    private static final String PUPIL = "BÉGUÉ";
    private static final String GUARDIAN_ADDRESS = "lucas.begue@example.org";

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private final ExitRecorder exit = new ExitRecorder();

    @Test
    void aLetterSentFromTheSandboxArrivesWithItsPdfInTheDemonstrationMailbox(Robot robot) throws Exception {
        Path letter = renderLetter();

        new GuiLauncher(Wiring::open, exit).start(folder);
        DialogFixture wizard = Gui.dialog(robot, "firstRunWizard");
        wizard.button("wizardTrySandbox").click();
        DialogFixture signIn = Gui.dialog(robot, "signInDialog");
        Gui.select(signIn.comboBox("signInUser"), "Claire Martin");
        signIn.button("signInOk").click();

        FrameFixture main = Gui.frame(robot, "mainWindow");
        Messages messages = Messages.forLocale(Locale.getDefault());
        String marked = messages.get("ui.sandbox.title",
                messages.get("ui.main.title", "Collège Jean-Moulin"));
        Gui.until("title marked as the demonstration", () -> marked.equals(Gui.onEdt(() -> main.target().getTitle())));
        main.label("sandboxBannerText").requireVisible().requireText(messages.get("ui.sandbox.banner"));
        JTable contacts = main.table("contactsTable").target();
        // 13 pupils and their 14 legal guardians.
        Gui.until("sample contacts loaded", () -> Gui.onEdt(contacts::getRowCount) == 27);

        main.menuItem("menuMail").click();
        main.menuItem("menuDemoMailbox").click();
        DialogFixture mailbox = Gui.dialog(robot, "demoMailbox");
        Gui.until("mailbox read", () -> Gui.onEdt(() -> mailbox.label("demoSummary").target().getText())
                .equals(messages.get("ui.sandbox.empty")));
        // Out of the way of the main window, and left open: it must show the letter when it arrives.
        Gui.onEdt(() -> {
            mailbox.target().setLocation(new Point(0, 740));
            return null;
        });

        int row = Gui.onEdt(() -> rowOf(contacts, PUPIL));
        main.table("contactsTable").selectRows(row);
        main.button("contactSendEmail").click();
        DialogFixture send = Gui.dialog(robot, "sendEmailDialog");
        send.textBox("emailSubject").setText("Certificat de scolarité");
        send.textBox("emailBody").setText("Madame, Monsieur,\nveuillez trouver ci-joint le certificat.");
        send.button("emailAttach").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("emailAttachChooser")
                .withTimeout(Gui.TIMEOUT_MILLIS).using(robot);
        // A chooser with several files allowed: what it hands over are its selected files.
        Gui.onEdt(() -> {
            chooser.target().setSelectedFiles(new java.io.File[] {letter.toFile()});
            return null;
        });
        Gui.approve(chooser);
        Gui.until("letter attached", () -> Gui.onEdt(() -> send.list("emailAttachments").target().getModel()
                .getSize()) == 1);
        send.button("emailSend").click();
        Gui.untilHidden(robot, "sendEmailDialog");

        JTable caught = mailbox.table("demoMessages").target();
        Gui.until("letter caught", () -> Gui.onEdt(caught::getRowCount) == 1);
        Gui.onEdt(() -> {
            mailbox.target().setLocationRelativeTo(null);
            return null;
        });
        String attachmentName = letter.getFileName().toString();
        assertThat(mailbox.table("demoMessages").contents()[0])
                .contains("Certificat de scolarité", attachmentName)
                .anySatisfy(cell -> assertThat(cell).contains(GUARDIAN_ADDRESS))
                .anySatisfy(cell -> assertThat(cell).contains("secretariat@college-jean-moulin.example.org"));
        Gui.until("message shown", () -> Gui.onEdt(() -> mailbox.textBox("demoDetail").target().getText())
                .contains("veuillez trouver ci-joint le certificat."));
        assertThat(mailbox.list("demoAttachments").contents()).containsExactly(attachmentName);

        mailbox.button("demoSaveAttachment").click();
        JFileChooserFixture saveAs = JFileChooserFinder.findFileChooser("demoSaveChooser")
                .withTimeout(Gui.TIMEOUT_MILLIS).using(robot);
        Path saved = files.resolve("saved.pdf");
        Gui.onEdt(() -> {
            saveAs.target().setSelectedFile(saved.toFile());
            return null;
        });
        Gui.approve(saveAs);
        Gui.until("attachment saved", () -> Files.exists(saved) && Files.size(saved) == Files.size(letter));
        assertThat(Files.readAllBytes(saved)).isEqualTo(Files.readAllBytes(letter));

        mailbox.button("demoClose").click();
        main.close();
        assertThat(exit.awaitCode()).isZero();
        assertThat(folder.resolve("sandbox").resolve("SANDBOX.txt")).exists();
    }

    /**
     * A real letter PDF, rendered in the sandbox by the command line: the window has no dialog
     * to send a letter yet, so it goes as the attachment of an e-mail.
     */
    private Path renderLetter() throws Exception {
        Path out = files.resolve("letters");
        CliRunner.Result rendered = new CliRunner(folder, Locale.FRENCH).run("--sandbox", "letter", "render",
                "Certificat de scolarité", "--contacts", "search=Océane", "--out", out.toString());
        assertThat(rendered.exitCode()).as(rendered.err()).isZero();
        try (Stream<Path> pdfs = Files.list(out)) {
            List<Path> all = pdfs.toList();
            assertThat(all).hasSize(1);
            assertThat(Files.readString(all.get(0), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
            return all.get(0);
        }
    }

    private static int rowOf(JTable table, String lastName) {
        for (int row = 0; row < table.getRowCount(); row++) {
            for (int column = 0; column < table.getColumnCount(); column++) {
                if (lastName.equals(String.valueOf(table.getValueAt(row, column)))) {
                    return row;
                }
            }
        }
        throw new AssertionError(lastName + " not in the contacts");
    }
}
