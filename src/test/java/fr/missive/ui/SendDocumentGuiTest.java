package fr.missive.ui;

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
import fr.missive.app.signatures.SignatureDraft;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import fr.missive.mail.Attachments;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.swing.core.Robot;
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
 * "Send a document" walked in the window: each family's report card found by name in a folder,
 * the summary checked, then delivered to GreenMail by the window's outbox worker.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class SendDocumentGuiTest {

    @TempDir
    Path folder;

    @TempDir
    Path reports;

    private GreenMail greenMail;
    private OpenDataFolder services;
    private User admin;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void accountContactsAndReports(DataFolders dataFolders) throws Exception {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        services = SampleData.initialised(dataFolders, folder);
        admin = SampleData.admin(services);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1",
                greenMail.getSmtp().getPort(), Security.NONE, null, null, null, false, null), null, false,
                List.of(), null));
        contact("Éloïse", "BÉGUÉ", "eloise.begue@example.fr", true);
        contact("Marie", "DUPONT", "famille.dupont@example.fr", true);
        contact("Paul", "AUBRY", "paul.aubry@example.fr", true);
        contact("Inès", "SIMON", "ines.simon@example.fr", false);
        services.compose().signatures().save(admin, new SignatureDraft(null, null, "Secrétariat", "Claire Martin\nSecrétariat",
                "**Claire Martin**", null, null, true));
        for (String name : List.of("BEGUE_Eloise_bulletin.pdf", "DUPONT_Marie_bulletin.pdf",
                "ZOLA_Emile_bulletin.pdf", "SIMON_Ines_bulletin.pdf")) {
            Files.writeString(reports.resolve(name), "%PDF-1.4 " + name);
        }
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private void contact(String first, String last, String email, boolean consent) {
        services.contacts().contacts().save(admin, new ContactDraft(null, ContactKind.PUPIL, "", first, last, "3e A",
                List.of("1 rue Haute"), "69003", "Lyon", "", email, consent, Map.of()));
    }

    private FrameFixture openWindow(Robot robot, Locale language) {
        services.setup().preferences().setLanguage(admin.id(), Optional.of(language));
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts loaded", () -> main.table("contactsTable").target().getRowCount() == 4);
        return main;
    }

    /** The form for the whole class, from the contacts' context menu, with the folder of report cards. */
    private DialogFixture formWithReports(Robot robot, FrameFixture main, String subject, String body) {
        main.table("contactsTable").selectRows(0, 1, 2, 3);
        main.table("contactsTable").showPopupMenuAt(org.assertj.swing.data.TableCell.row(3).column(0))
                .menuItem("contextSendDocument").click();
        DialogFixture form = Gui.dialog(robot, "sendDocumentDialog");
        Gui.until("default signature inserted", () -> !form.textBox("documentSignatureText").target().getText()
                .isEmpty());
        assertThat(form.list("documentRecipients").contents()).hasSize(4);
        form.checkBox("documentPerRecipient").check();
        form.textBox("documentFolder").setText(reports.toString());
        form.textBox("documentSubject").setText(subject);
        form.textBox("documentBody").setText(body);
        return form;
    }

    @Test
    void eachFamilyGetsTheirOwnReportCardAfterASummaryOfWhoGetsWhat(Robot robot) throws Exception {
        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        DialogFixture form = formWithReports(robot, main, "Report card of {{first_name}}",
                "Dear family,\nplease find {{first_name}}'s report card attached.");

        form.button("documentNext").click();
        DialogFixture summary = Gui.dialog(robot, "documentSummaryDialog");
        assertThat(summary.label("documentSummaryCounts").text())
                .isEqualTo("2 e-mails to send, 2 recipients left out, one file matching nobody.");
        assertThat(summary.textBox("documentSummaryText").text())
                .contains("BEGUE_Eloise_bulletin.pdf → Éloïse BÉGUÉ <eloise.begue@example.fr>")
                .contains("DUPONT_Marie_bulletin.pdf → Marie DUPONT <famille.dupont@example.fr>")
                .contains("Paul AUBRY: no file has their name")
                .contains("Inès SIMON: does not accept e-mail")
                .contains("Files matching nobody (1):\n  • ZOLA_Emile_bulletin.pdf");
        Gui.select(summary.comboBox("previewRecipient"), "Marie DUPONT <famille.dupont@example.fr>");
        assertThat(summary.label("previewSubject").text()).isEqualTo("Report card of Marie");
        assertThat(summary.textBox("previewText").text()).startsWith("Dear family,\nplease find Marie's report")
                .endsWith("-- \nClaire Martin\nSecrétariat");
        assertThat(summary.label("previewFiles").text()).startsWith("DUPONT_Marie_bulletin.pdf (");
        assertThat(summary.button("documentSummarySend").text()).isEqualTo("Send 2 e-mails");

        summary.button("documentSummarySend").click();
        Gui.untilHidden(robot, "documentSummaryDialog");
        Gui.untilHidden(robot, "sendDocumentDialog");

        Gui.until("two messages received", () -> greenMail.getReceivedMessages().length == 2);
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            String to = m.getAllRecipients()[0].toString();
            String own = to.startsWith("eloise") ? "BEGUE_Eloise_bulletin.pdf" : "DUPONT_Marie_bulletin.pdf";
            assertThat(Attachments.of(m)).as(to).containsExactly(own + " application/pdf %PDF-1.4 " + own);
        }
    }

    @Test
    void theMailMenuOpensItWithTheSelectionAndAFolderNobodyMatchesLeavesNothingToSend(Robot robot) throws Exception {
        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        main.table("contactsTable").selectRows(0);
        String chosen = main.table("contactsTable").valueAt(org.assertj.swing.data.TableCell.row(0).column(2));
        main.menuItem("menuMail").click();
        main.menuItem("menuSendDocument").click();
        DialogFixture form = Gui.dialog(robot, "sendDocumentDialog");
        assertThat(form.list("documentRecipients").contents()).singleElement().asString().contains(chosen);
        Path empty = Files.createDirectories(folder.resolve("autres"));
        Files.writeString(empty.resolve("ZOLA_Emile.pdf"), "%PDF-1.4");
        form.checkBox("documentPerRecipient").check();
        form.textBox("documentFolder").setText(empty.toString());
        form.textBox("documentSubject").setText("Report card");

        form.button("documentNext").click();
        DialogFixture summary = Gui.dialog(robot, "documentSummaryDialog");
        assertThat(summary.label("documentSummaryCounts").text()).startsWith("No e-mail to send");
        summary.button("documentSummarySend").requireDisabled();
        summary.button("documentSummaryBack").click();
        Gui.untilHidden(robot, "documentSummaryDialog");
        assertThat(Gui.isShowing(form.target())).isTrue();
        assertThat(services.outbox().outbox().waiting()).isZero();
        form.button("documentCancel").click();
    }

    /** The form and its summary in both languages, saved under target/screenshots to be looked at. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void screenshots(String language, Robot robot) throws Exception {
        FrameFixture main = openWindow(robot, Locale.forLanguageTag(language));
        boolean fr = language.equals("fr");
        DialogFixture form = formWithReports(robot, main, fr ? "Bulletin du 1er trimestre — {{first_name}}"
                : "First term report — {{first_name}}", fr
                ? "Bonjour,\n\nvous trouverez ci-joint le bulletin du premier trimestre de {{first_name}}.\n\n"
                        + "Bien cordialement,"
                : "Dear family,\n\nplease find attached {{first_name}}’s first term report.\n\nKind regards,");
        Screenshots.save(form.target(), "send-document-" + language + ".png");
        form.button("documentNext").click();
        DialogFixture summary = Gui.dialog(robot, "documentSummaryDialog");
        Screenshots.save(summary.target(), "send-document-summary-" + language + ".png");
        summary.button("documentSummaryBack").click();
        form.button("documentCancel").click();
    }

}
