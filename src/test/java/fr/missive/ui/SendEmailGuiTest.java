package fr.missive.ui;

import static fr.missive.mail.ReceivedMail.firstText;
import static fr.missive.mail.ReceivedMail.subject;
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
import fr.missive.model.compose.MessageTemplate;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.mail.Security;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.AbstractWindowFixture;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JPopupMenuFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Send an e-mail" and "My signatures" walked in the window against GreenMail: the window's
 * delivery worker sends what the dialog queued.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class SendEmailGuiTest {

    @TempDir
    Path folder;

    private GreenMail greenMail;
    private OpenDataFolder services;
    private User admin;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void accountContactsAndSignature(DataFolders dataFolders) {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        services = SampleData.initialised(dataFolders, folder);
        admin = SampleData.admin(services);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1",
                greenMail.getSmtp().getPort(), Security.NONE, null, null, null, false, null), null, false,
                List.of(), null));
        contact("M.", "Lucas", "BÈGUE", "lucas.begue@example.fr", true);
        contact("Mme", "Inès", "SIMON", "ines.simon@example.fr", false);
        contact("Mme", "Léa", "ROUX", "lea.roux@example.fr", true);
        services.compose().signatures().save(admin, new SignatureDraft(null, null, "Secrétariat", "Claire Martin\nSecrétariat",
                "**Claire Martin**\n*Secrétariat du collège*", null, null, true));
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private void contact(String title, String first, String last, String email, boolean consent) {
        services.contacts().contacts().save(admin, new ContactDraft(null, ContactKind.GUARDIAN, title, first, last, "3e A",
                List.of("1 rue Haute"), "69003", "Lyon", "", email, consent, Map.of()));
    }

    private FrameFixture openWindow(Robot robot, Locale language) {
        services.setup().preferences().setLanguage(admin.id(), Optional.of(language));
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts loaded", () -> main.table("contactsTable").target().getRowCount() == 3);
        return main;
    }

    private DialogFixture sendDialogForAllContacts(Robot robot, FrameFixture main) {
        main.table("contactsTable").selectRows(0, 1, 2);
        main.button("contactSendEmail").click();
        DialogFixture send = Gui.dialog(robot, "sendEmailDialog");
        Gui.until("default signature inserted", () -> !send.textBox("emailSignatureText").target().getText().isEmpty());
        return send;
    }

    @Test
    void sendsOneMergedCopyToEachContactWhoAcceptsEmailAndReportsTheOneSkipped(Robot robot) throws Exception {
        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        DialogFixture send = sendDialogForAllContacts(robot, main);
        assertThat(send.label("emailSkipped").text())
                .isEqualTo("One contact will get no e-mail: Inès SIMON (does not accept e-mail)");
        assertThat(send.textBox("emailSignatureText").text()).isEqualTo("Claire Martin\nSecrétariat");
        assertThat(send.comboBox("emailAccount").selectedItem()).startsWith("Secrétariat");

        send.textBox("emailSubject").click();
        send.textBox("emailSubject").setText("Meeting for ");
        Gui.onEdt(() -> {
            send.textBox("emailSubject").target().setCaretPosition("Meeting for ".length());
            return null;
        });
        send.button("emailInsertField").click();
        new JPopupMenuFixture(robot, robot.findActivePopupMenu()).menuItem("emailField.first_name").click();
        assertThat(send.textBox("emailSubject").text()).isEqualTo("Meeting for {{first_name}}");
        send.textBox("emailBody").setText("Dear {{first_name}} {{last_name}},\nthe meeting is on Thursday.");

        send.button("emailPreview").click();
        DialogFixture preview = Gui.dialog(robot, "emailPreviewDialog");
        assertThat(preview.label("previewSubject").text()).isEqualTo("Meeting for Lucas");
        assertThat(preview.textBox("previewText").text()).startsWith("Dear Lucas BÈGUE,")
                .endsWith("-- \nClaire Martin\nSecrétariat");
        preview.button("previewClose").click();

        send.button("emailSend").click();
        DialogFixture report = Gui.dialog(robot, "alertInfo");
        assertThat(Gui.onEdt(() -> send.target().isShowing())).isFalse();
        javax.swing.JOptionPane pane = robot.finder().findByType(report.target(), javax.swing.JOptionPane.class);
        assertThat(Gui.onEdt(() -> pane.getMessage().toString())).contains("2 e-mails are in the outbox.")
                .contains("Inès SIMON (does not accept e-mail)");
        report.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("OK")).click();

        Gui.until("two messages received", () -> greenMail.getReceivedMessages().length == 2);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("lucas.begue@example.fr", "lea.roux@example.fr");
        MimeMessage lea = Arrays.stream(received).filter(m -> subject(m).equals("Meeting for Léa")).findFirst()
                .orElseThrow();
        assertThat(firstText(lea)).startsWith("Dear Léa ROUX,").contains("-- \r\nClaire Martin\r\nSecrétariat");
    }

    @Test
    void aBadTypedAddressIsSaidAndKeepsTheMessageThenTheContextMenuSendsToTheSelection(Robot robot) {
        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        main.table("contactsTable").selectRows(0);
        String chosen = main.table("contactsTable").valueAt(org.assertj.swing.data.TableCell.row(0).column(2));
        main.table("contactsTable").showPopupMenuAt(org.assertj.swing.data.TableCell.row(0).column(0))
                .menuItem("contextSendEmail").click();
        DialogFixture send = Gui.dialog(robot, "sendEmailDialog");
        assertThat(send.list("emailRecipients").contents()).singleElement().asString().contains(chosen);
        send.textBox("emailOthers").setText("direction@college-test.fr, pas une adresse");
        send.textBox("emailSubject").setText("Hello");
        send.textBox("emailBody").setText("Dear {{first_name}},");
        send.button("emailSend").click();

        DialogFixture error = Gui.dialog(robot, "alertError");
        javax.swing.JOptionPane pane = robot.finder().findByType(error.target(), javax.swing.JOptionPane.class);
        assertThat(Gui.onEdt(() -> pane.getMessage().toString())).contains("pas une adresse");
        error.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("OK")).click();
        assertThat(Gui.isShowing(send.target())).isTrue();
        assertThat(send.textBox("emailBody").text()).isEqualTo("Dear {{first_name}},");
        assertThat(services.outbox().outbox().waiting()).isZero();

        // Without a window manager (Xvfb) the form does not get the keyboard focus back from the
        // message box, which a robot typing needs: the correction is put in directly.
        Gui.onEdt(() -> {
            send.textBox("emailOthers").target().setText("direction@college-test.fr");
            return null;
        });
        send.button("emailSend").click();
        Gui.untilHidden(robot, "sendEmailDialog");
        Gui.until("two messages received", () -> greenMail.getReceivedMessages().length == 2);
        assertThat(greenMail.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .contains("direction@college-test.fr");
    }

    @Test
    void thePreferredAccountIsPreselectedWhenAccountIdsPass127(Robot robot) {
        // Ids above 127 are not shared Long instances: a comparison by reference misses them.
        for (int i = 0; i < 130; i++) {
            services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, "Passage", "passage@college-test.fr",
                    SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE,
                    null, null, null, false, null), null, false, List.of(admin.name()), null));
            services.accounts().accounts().delete(admin, "Passage");
        }
        services.accounts().accounts().delete(admin, "Secrétariat");
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1",
                greenMail.getSmtp().getPort(), Security.NONE, null, null, null, false, null), null, false,
                List.of(), null));
        // Listed first by name, but not verified: the personal account is the one to preselect.
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, "Accueil",
                "accueil@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1",
                greenMail.getSmtp().getPort(), Security.NONE, null, null, null, false, null), null, false,
                List.of(admin.name()), null));
        assertThat(services.accounts().accounts().preferredFor(admin).orElseThrow().id()).isGreaterThan(127L);

        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        DialogFixture send = sendDialogForAllContacts(robot, main);
        assertThat(send.comboBox("emailAccount").contents()).hasSize(2);
        assertThat(send.comboBox("emailAccount").selectedItem()).startsWith("Secrétariat");
        send.button("emailCancel").click();
    }

    @Test
    void aMessageSavedAsATemplateIsPickedAgainLater(Robot robot) {
        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        main.menuItem("menuMail").click();
        main.menuItem("menuSendEmail").click();
        DialogFixture send = Gui.dialog(robot, "sendEmailDialog");
        send.textBox("emailSubject").setText("Parents' evening");
        send.textBox("emailBody").setText("Dear {{first_name}},\nsee you on Thursday.");
        send.button("emailSaveTemplate").click();
        DialogFixture name = Gui.dialog(robot, "templateNameDialog");
        assertThat(name.textBox("templateDesignation").text()).isEqualTo("Parents' evening");
        name.textBox("templateDesignation").setText("Evening");
        name.button("templateNameOk").click();
        Gui.until("template saved", () -> services.compose().messageTemplates().list(admin).size() == 1);
        Gui.until("template listed", () -> send.comboBox("emailTemplate").target().getItemCount() == 2);
        send.button("emailCancel").click();

        DialogFixture again = sendDialogForAllContacts(robot, main);
        Gui.until("templates loaded", () -> again.comboBox("emailTemplate").target().getItemCount() == 2);
        Gui.select(again.comboBox("emailTemplate"), "Evening");
        assertThat(again.textBox("emailSubject").text()).isEqualTo("Parents' evening");
        assertThat(again.textBox("emailBody").text()).isEqualTo("Dear {{first_name}},\nsee you on Thursday.");
        MessageTemplate stored = services.compose().messageTemplates().list(admin).get(0);
        assertThat(stored.designation()).isEqualTo("Evening");
        again.button("emailCancel").click();
    }

    @Test
    void aNewDefaultSignatureIsInsertedAndCanBeChangedOrLeftOut(Robot robot) {
        FrameFixture main = openWindow(robot, Locale.ENGLISH);
        main.menuItem("menuMail").click();
        main.menuItem("menuSignatures").click();
        DialogFixture signatures = Gui.dialog(robot, "signaturesDialog");
        Gui.until("one signature", () -> signatures.list("signatureList").target().getModel().getSize() == 1);
        assertThat(signatures.list("signatureList").contents()).containsExactly("Secrétariat (default)");
        assertThat(Gui.onEdt(() -> signatures.textBox("signaturePreview").target().getText()))
                .contains("<strong>Claire Martin</strong>");

        signatures.button("signatureNew").click();
        DialogFixture editor = Gui.dialog(robot, "signatureEditor");
        editor.textBox("signatureName").setText("Principal");
        editor.textBox("signaturePlain").setText("M. Durand\nPrincipal");
        editor.textBox("signatureFormatted").setText("**M. Durand**\nPrincipal");
        // The formatted text is shown as the HTML part shows it: the name in bold, on a line of its own.
        javax.swing.JTextPane formatted = (javax.swing.JTextPane) editor.textBox("signatureFormatted").target();
        assertThat(Gui.onEdt(() -> javax.swing.text.StyleConstants.isBold(formatted.getStyledDocument()
                .getCharacterElement(0).getAttributes()))).isTrue();
        assertThat(Gui.onEdt(() -> formatted.getDocument().getText(0, formatted.getDocument().getLength())))
                .isEqualTo("M. Durand\nPrincipal");
        editor.checkBox("signatureMakeDefault").check();
        editor.button("signatureSave").click();
        Gui.until("two signatures, the new one default", () -> List.of(signatures.list("signatureList").contents())
                .equals(List.of("Principal (default)", "Secrétariat")));
        assertThat(services.compose().signatures().list(admin, null)).filteredOn(Signature::isDefault)
                .extracting(Signature::name).containsExactly("Principal");
        signatures.button("signatureClose").click();

        DialogFixture send = sendDialogForAllContacts(robot, main);
        assertThat(send.textBox("emailSignatureText").text()).isEqualTo("M. Durand\nPrincipal");
        Gui.select(send.comboBox("emailSignature"), "Secrétariat");
        assertThat(send.textBox("emailSignatureText").text()).isEqualTo("Claire Martin\nSecrétariat");
        Gui.select(send.comboBox("emailSignature"), "(no signature)");
        assertThat(send.textBox("emailSignatureText").text()).isEmpty();
        send.button("emailCancel").click();
    }

    /** Each dialog in both languages, saved under target/screenshots to be looked at. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void screenshotsOfEachDialog(String language, Robot robot) throws Exception {
        FrameFixture main = openWindow(robot, Locale.forLanguageTag(language));
        DialogFixture send = sendDialogForAllContacts(robot, main);
        send.textBox("emailSubject").setText(language.equals("fr") ? "Réunion parents-professeurs — {{class}}"
                : "Parents' evening — {{class}}");
        send.textBox("emailBody").setText(language.equals("fr")
                ? "Bonjour {{title}} {{last_name}},\n\nla réunion parents-professeurs de la classe de {{class}}"
                        + " aura lieu jeudi à 18 h en salle du conseil.\n\nBien cordialement,"
                : "Dear {{title}} {{last_name}},\n\nthe parents' evening of {{class}} is on Thursday at 6 pm"
                        + " in the staff room.\n\nKind regards,");
        screenshot(send, "send-email-" + language + ".png");
        send.button("emailPreview").click();
        DialogFixture preview = Gui.dialog(robot, "emailPreviewDialog");
        screenshot(preview, "send-email-preview-" + language + ".png");
        preview.button("previewClose").click();
        send.button("emailCancel").click();
        // A subject and a message were typed: Cancel asks first.
        Gui.dialog(robot, "confirmDialog").optionPane()
                .buttonWithText(language.equals("fr") ? "Abandonner" : "Discard").click();
        Gui.untilHidden(robot, "sendEmailDialog");

        main.menuItem("menuMail").click();
        main.menuItem("menuSignatures").click();
        DialogFixture signatures = Gui.dialog(robot, "signaturesDialog");
        Gui.until("one signature", () -> signatures.list("signatureList").target().getModel().getSize() == 1);
        screenshot(signatures, "signatures-" + language + ".png");
        signatures.button("signatureEdit").click();
        DialogFixture editor = Gui.dialog(robot, "signatureEditor");
        screenshot(editor, "signature-editor-" + language + ".png");
        editor.button("signatureCancel").click();
        signatures.button("signatureClose").click();
    }

    private static void screenshot(AbstractWindowFixture<?, ?, ?> window, String name) throws Exception {
        Screenshots.save(window.target(), name);
    }
}
