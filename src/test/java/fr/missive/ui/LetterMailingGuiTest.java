package fr.missive.ui;

import static fr.missive.mail.ReceivedMail.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.render.PdfProbe;
import fr.missive.mail.ReceivedMail;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import fr.missive.ui.letters.PostScriptPrinter;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.swing.JOptionPane;
import org.assertj.swing.core.Robot;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Print or e-mail a letter" walked from the contacts list against GreenMail: e-mails with the
 * letter attached and in the body, the letters of those who get no e-mail written as PDFs or
 * printed through the JDK's PostScript print service, which writes files.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class LetterMailingGuiTest {

    private static final String LETTER = "Convocation";

    @TempDir
    Path folder;

    private GreenMail greenMail;
    private OpenDataFolder services;
    private User admin;
    private PostScriptPrinter printer;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void accountContactsAndLetter(DataFolders dataFolders) {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        services = SampleData.initialised(dataFolders, folder.resolve("data"));
        admin = SampleData.admin(services);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1",
                greenMail.getSmtp().getPort(), Security.NONE, null, null, null, false, null), null, false,
                List.of(), null));
        contact("M.", "Lucas", "BÈGUE", List.of("1 rue Haute"), "lucas.begue@example.fr", true);
        contact("Mme", "Inès", "SIMON", List.of("59 chemin du Moulin"), "ines.simon@example.fr", false);
        contact("Mme", "Léa", "ROUX", List.of(), "", true);
        services.letters().templates().create(admin, new LetterTemplate(LETTER, Category.CONVOCATION,
                "Convocation de {{first_name}}", "Madame, Monsieur,\n\nNous vous recevrons le {{date_rdv}} au sujet"
                + " de {{first_name}}.", List.of("date_rdv")));
        printer = new PostScriptPrinter(folder.resolve("printer"));
    }

    @AfterEach
    void stop() throws Exception {
        greenMail.stop();
        printer.close();
    }

    private void contact(String title, String first, String last, List<String> address, String email,
                         boolean consent) {
        services.contacts().contacts().save(admin, new ContactDraft(null, ContactKind.GUARDIAN, title, first, last, "3e A",
                address, address.isEmpty() ? "" : "69003", address.isEmpty() ? "" : "Lyon", "", email, consent,
                Map.of()));
    }

    private FrameFixture openWindow(Robot robot, Locale language) {
        services.setup().preferences().setLanguage(admin.id(), Optional.of(language));
        new GuiLauncher(Wiring::open, exit).withPrinters(printer).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts loaded", () -> main.table("contactsTable").target().getRowCount() == 3);
        return main;
    }

    private DialogFixture dialogForAllContacts(Robot robot, FrameFixture main) {
        main.table("contactsTable").selectRows(0, 1, 2);
        main.button("contactLetterMailing").click();
        DialogFixture dialog = Gui.dialog(robot, "letterMailingDialog");
        Gui.until("letter and signature loaded", () -> dialog.comboBox("mailingTemplate").target().getItemCount() == 1
                && dialog.comboBox("mailingSignature").target().getItemCount() > 0);
        Gui.untilClickable(robot, "mailingField.date_rdv");
        return dialog;
    }

    /** The dialog opened from the Letters menu for the first two contacts, set to print. */
    private static DialogFixture printingForTwoContacts(Robot robot, FrameFixture main) {
        main.table("contactsTable").selectRows(0, 1);
        main.menuItem("menuLetters").click();
        main.menuItem("menuLetterMailing").click();
        DialogFixture dialog = Gui.dialog(robot, "letterMailingDialog");
        Gui.until("letter loaded", () -> dialog.comboBox("mailingTemplate").target().getItemCount() == 1);
        Gui.untilClickable(robot, "mailingField.date_rdv");
        dialog.radioButton("mailingOutputPrinter").click();
        return dialog;
    }

    private static void setText(DialogFixture dialog, String name, String text) {
        Gui.onEdt(() -> {
            dialog.textBox(name).target().setText(text);
            return null;
        });
    }

    @Test
    void aFieldFromAContactsOwnColumnShowsInTheSubjectByItsHeader(Robot robot) {
        services.contacts().contacts().save(admin, new ContactDraft(null, ContactKind.GUARDIAN, "Mme", "Zoé",
                "ZOLA", "3e A", List.of(), "", "", "", "", false, Map.of("Régime", "Externe")));
        StoredTemplate letter = services.letters().templates().get(LETTER);
        services.letters().templates().update(admin, letter.id(), new LetterTemplate(LETTER, Category.CONVOCATION,
                "Convocation de {{first_name}} ({{regime}})", letter.template().body(), List.of("date_rdv")));
        services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.ENGLISH));
        new GuiLauncher(Wiring::open, exit).withPrinters(printer).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts loaded", () -> main.table("contactsTable").target().getRowCount() == 4);
        main.table("contactsTable").selectRows(0);
        main.button("contactLetterMailing").click();
        DialogFixture dialog = Gui.dialog(robot, "letterMailingDialog");
        Gui.until("the letter loaded", () -> dialog.comboBox("mailingTemplate").target().getItemCount() == 1);

        Gui.until("the column named by its header", () -> Gui.onEdt(() -> dialog.textBox("mailingSubject").target()
                .getText()).equals("Convocation de \u00abFirst name\u00bb (\u00abRégime\u00bb)"));
    }

    @Test
    void emailsTheLetterAttachedAndInTheBodyAndWritesThePaperCopiesAsPdfs(Robot robot) throws Exception {
        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        DialogFixture dialog = dialogForAllContacts(robot, main);
        assertThat(dialog.list("mailingRecipients").contents()).hasSize(3);
        assertThat(dialog.comboBox("mailingAccount").selectedItem()).startsWith("Secrétariat");
        assertThat(dialog.textBox("mailingSubject").text()).isEqualTo("Convocation de \u00abFirst name\u00bb");

        setText(dialog, "mailingOthers", "direction@college-test.fr");
        setText(dialog, "mailingPdfName", "Convocation {{last_name}}");
        dialog.checkBox("mailingInline").check();
        assertThat(dialog.textBox("mailingMessage").text()).isEqualTo("Please find our letter below.");
        dialog.checkBox("mailingPrintCopy").check();
        Gui.select(dialog.comboBox("mailingPrintCopyTo"), "as PDF files in the folder");
        Path pdfs = folder.resolve("letters");
        Files.createDirectories(pdfs);
        setText(dialog, "mailingFolder", pdfs.toString());
        dialog.textBox("mailingField.date_rdv").setText("12 mai 2026");

        dialog.button("mailingNext").click();
        Gui.untilClickable(robot, "mailingSummaryCounts");
        assertThat(dialog.label("mailingSummaryCounts").text())
                .isEqualTo("2 e-mails, 2 PDF files written to the folder, nobody skipped");
        assertThat(dialog.list("mailingSummaryList").contents()).containsExactlyInAnyOrder(
                "Lucas BÈGUE — By e-mail.",
                "Inès SIMON — Refused e-mail: the letter is written as a PDF file in the folder.",
                "Léa ROUX — No e-mail address: the letter is written as a PDF file in the folder.",
                "direction@college-test.fr — By e-mail.");
        assertThat(dialog.textBox("mailingWarnings").text())
                .contains("One letter to print without a postal address: Léa ROUX")
                .contains("One recipient refused e-mail; their letter goes on paper: Inès SIMON");

        dialog.list("mailingSummaryList").selectItem("Lucas BÈGUE — By e-mail.");
        dialog.button("mailingPreview").click();
        DialogFixture preview = Gui.dialog(robot, "mailingPreviewDialog");
        // The subject and the attachments' names are wrapped HTML labels: their words are what counts.
        Gui.until("Lucas's e-mail merged", () -> Gui.shownText(preview.label("mailingPreviewSubject").target())
                .equals("Convocation de Lucas"));
        assertThat(Gui.shownText(preview.label("mailingPreviewAttachments").target())).isEqualTo("Convocation BÈGUE.pdf");
        assertThat(preview.textBox("mailingPreviewText").text()).startsWith("Please find our letter below.")
                .contains("Nous vous recevrons le 12 mai 2026 au sujet de Lucas.");
        assertThat(Gui.onEdt(() -> preview.label("mailingPreviewPage").target().getIcon())).isNotNull();
        preview.button("mailingPreviewClose").click();

        dialog.button("mailingSend").click();
        assertThat(Gui.isShowing(dialog.target())).isFalse();
        Gui.until("two e-mails received", () -> greenMail.getReceivedMessages().length == 2);
        MimeMessage lucas = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipient(m).equals("lucas.begue@example.fr")).findFirst().orElseThrow();
        assertThat(lucas.getSubject()).isEqualTo("Convocation de Lucas");
        List<Part> parts = leaves(lucas);
        Part pdf = parts.stream().filter(p -> fileName(p) != null).findFirst().orElseThrow();
        assertThat(fileName(pdf)).isEqualTo("Convocation BÈGUE.pdf");
        assertThat(pdfText(pdf.getInputStream().readAllBytes())).contains("Nous vous recevrons le 12 mai 2026");
        assertThat(parts.stream().filter(p -> isType(p, "text/plain")).map(LetterMailingGuiTest::content))
                .anySatisfy(text -> assertThat(text).contains("Nous vous recevrons le 12 mai 2026 au sujet de Lucas"));
        assertThat(parts.stream().filter(p -> isType(p, "text/html")).map(LetterMailingGuiTest::content))
                .anySatisfy(html -> assertThat(html).contains("12 mai 2026"));
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(ReceivedMail::recipient))
                .containsExactlyInAnyOrder("lucas.begue@example.fr", "direction@college-test.fr");

        List<Path> written;
        try (Stream<Path> files = Files.list(pdfs)) {
            written = files.sorted().toList();
        }
        assertThat(written).hasSize(2);
        List<String> texts = new ArrayList<>();
        for (Path file : written) {
            texts.add(pdfText(Files.readAllBytes(file)));
        }
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("au sujet de Inès"))
                .anySatisfy(t -> assertThat(t).contains("au sujet de Léa"));
        Gui.until("status bar says it is done", () -> main.label("statusTask").target().getText()
                .contains("2 e-mails in the outbox"));
        assertThat(printer.files()).isEmpty();
    }

    @Test
    void printsEveryLetterInOneJobOnThePrinterOnceTheMissingFieldIsGiven(Robot robot) throws Exception {
        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        DialogFixture dialog = printingForTwoContacts(robot, main);
        assertThat(Gui.isShowing(robot.finder().findByName(dialog.target(), "mailingAccount", false))).isFalse();

        dialog.button("mailingNext").click();
        DialogFixture error = Gui.dialog(robot, "alertError");
        JOptionPane pane = robot.finder().findByType(error.target(), JOptionPane.class);
        // The missing field is named as a person reads it, not by its code.
        assertThat(Gui.onEdt(() -> pane.getMessage().toString())).contains("Date rdv").doesNotContain("date_rdv");
        error.button(JButtonMatcher.withText("OK")).click();
        assertThat(Gui.isShowing(dialog.target())).isTrue();

        setText(dialog, "mailingField.date_rdv", "12 mai 2026");
        dialog.button("mailingNext").click();
        Gui.untilClickable(robot, "mailingSummaryCounts");
        assertThat(dialog.label("mailingSummaryCounts").text())
                .isEqualTo("No e-mail, 2 letters to print, nobody skipped");
        assertThat(dialog.list("mailingSummaryList").contents()).allSatisfy(line -> assertThat(line)
                .endsWith("— Printed."));
        dialog.button("mailingSend").click();
        assertThat(Gui.isShowing(dialog.target())).isFalse();

        Gui.until("one print job written", () -> printer.files().size() == 1
                && !PostScriptPrinter.finished(printer.files().get(0)).isEmpty());
        String postScript = PostScriptPrinter.finished(printer.files().get(0));
        assertThat(PostScriptPrinter.pages(postScript)).isEqualTo(2);
        assertThat(PostScriptPrinter.pageBodies(postScript)).allSatisfy(page -> assertThat(page)
                .hasSizeGreaterThan(10_000));
        Gui.until("status bar says it is done", () -> main.label("statusTask").target().getText()
                .contains("2 letters printed"));
        assertThat(services.outbox().outbox().waiting()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void whileLettersArePrintedTheWindowsStillWorkAndClosingOffersToStopFirst(Robot robot) throws Exception {
        printer.hold();
        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        DialogFixture dialog = printingForTwoContacts(robot, main);
        setText(dialog, "mailingField.date_rdv", "12 mai 2026");
        dialog.button("mailingNext").click();
        Gui.untilClickable(robot, "mailingSummaryCounts");
        dialog.button("mailingSend").click();
        assertThat(printer.awaitHeldJob(20)).as("the letters reached the printer, which holds them").isTrue();

        main.menuItem("menuMail").click();
        main.menuItem("menuOutbox").click();
        DialogFixture outbox = Gui.dialog(robot, "outboxDialog");
        Gui.until("the Outbox window loaded while the letters print", () -> outbox.label("outboxState").target()
                .getText().startsWith("Waiting: 0."));
        outbox.button("outboxClose").click();

        main.close();
        DialogFixture question = Gui.dialog(robot, "confirmDialog");
        assertThat(robot.finder().findByType(question.target(), JOptionPane.class).getMessage().toString())
                .contains("A letter is still being sent");
        Screenshots.save(question.target(), "quit-while-mailing-en.png");
        question.button(JButtonMatcher.withText("Cancel")).click();
        Gui.untilHidden(robot, "confirmDialog");
        assertThat(Gui.isShowing(main.target())).as("Cancel keeps Missive open").isTrue();

        main.close();
        Gui.dialog(robot, "confirmDialog").button(JButtonMatcher.withText("Stop and close")).click();
        Gui.untilHidden(robot, "mainWindow");
        assertThat(exit.exited()).as("the data folder stays open while the printer holds the job").isFalse();
        printer.release();
        assertThat(exit.awaitCode()).isZero();
        String postScript = PostScriptPrinter.finished(printer.files().get(0));
        assertThat(PostScriptPrinter.pages(postScript)).as("the job under way was finished").isEqualTo(2);
    }

    @Test
    void theLettersWindowOpensTheDialogWithTheLetterItEdits(Robot robot) {
        services.letters().templates().create(admin, new LetterTemplate("Absence", Category.ABSENCE, "Absence",
                "Madame, Monsieur,", List.of()));
        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        main.menuItem("menuLetters").click();
        main.menuItem("menuLetterTemplates").click();
        DialogFixture letters = Gui.dialog(robot, "lettersWindow");
        Gui.until("letters listed", () -> letters.tree("letters.tree").target().getRowCount() > 3);
        letters.tree("letters.tree").clickPath("Convocations/" + LETTER);
        Gui.until("convocation edited", () -> letters.label("letters.heading").target().getText().equals(LETTER));
        letters.button("letters.mailing").click();
        DialogFixture dialog = Gui.dialog(robot, "letterMailingDialog");
        Gui.until("letters loaded", () -> dialog.comboBox("mailingTemplate").target().getItemCount() == 2);
        assertThat(dialog.comboBox("mailingTemplate").selectedItem()).isEqualTo(LETTER);
        assertThat(dialog.list("mailingRecipients").contents()).isEmpty();
        Gui.untilClickable(robot, "mailingField.date_rdv");
        dialog.button("mailingCancel").click();
        letters.button("letters.close").click();
    }

    /** The dialog and its summary in both languages, saved under target/screenshots to be looked at. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void screenshots(String language, Robot robot) throws Exception {
        FrameFixture main = openWindow(robot, Locale.forLanguageTag(language));
        Screenshots.save(main.target(), "contacts-toolbar-" + language + ".png");
        DialogFixture dialog = dialogForAllContacts(robot, main);
        dialog.checkBox("mailingPrintCopy").check();
        dialog.textBox("mailingField.date_rdv").setText(language.equals("fr") ? "mardi 12 mai à 17 h"
                : "Tuesday 12 May at 5 pm");
        Screenshots.save(dialog.target(), "print-or-email-" + language + ".png");
        dialog.button("mailingNext").click();
        Gui.untilClickable(robot, "mailingSummaryCounts");
        Screenshots.save(dialog.target(), "print-or-email-summary-" + language + ".png");
        dialog.button("mailingPreview").click();
        DialogFixture preview = Gui.dialog(robot, "mailingPreviewDialog");
        Gui.until("letter drawn", () -> preview.label("mailingPreviewPage").target().getIcon() != null);
        Screenshots.save(preview.target(), "print-or-email-preview-" + language + ".png");
        preview.button("mailingPreviewClose").click();
        dialog.button("mailingBack").click();
        dialog.button("mailingCancel").click();
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName() == null ? null : jakarta.mail.internet.MimeUtility.decodeText(part.getFileName());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type) && part.getFileName() == null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(Part part) {
        try {
            return part.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        return PdfProbe.text(pdf);
    }
}
