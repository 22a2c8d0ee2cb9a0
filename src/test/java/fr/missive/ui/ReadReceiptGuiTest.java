package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.mail.returns.DeliveryReportWriter;
import fr.missive.mail.returns.ReadReceiptWriter;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.mail.Security;
import fr.missive.model.returns.BounceReason;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.sentlog.SentFilter;
import fr.missive.model.users.User;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Ask for a read receipt" in the window, against GreenMail's SMTP and IMAP servers: off when a
 * dialog opens, off again after a sending that ticked it; the header reaches the families only
 * when it was ticked; a receipt delivered to the school's mailbox is read in the background and
 * the Sent mail window says "read on …", and how many of a mailing's letters came back.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class ReadReceiptGuiTest {

    private static final String SCHOOL = "secretariat@college-test.fr";
    private static final String LEA = "lea.roux@example.fr";
    private static final String LUCAS = "lucas.begue@example.fr";
    private static final String DNT = "Disposition-Notification-To";

    @TempDir
    Path folder;

    private GreenMail mail;
    private GreenMailUser mailbox;
    private OpenDataFolder services;
    private User admin;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void anAccountWithAMailboxTwoFamiliesAndALetter(DataFolders dataFolders) throws Exception {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        mailbox = mail.setUser(SCHOOL, SCHOOL, "");
        mail.getManagers().getImapHostManager().createMailbox(mailbox, "Sent");
        services = SampleData.initialised(dataFolders, folder.resolve("data"));
        admin = SampleData.admin(services);
        SmtpDraft smtp = new SmtpDraft("127.0.0.1", mail.getSmtp().getPort(), Security.NONE, null, null, null, false,
                null);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat", SCHOOL,
                SettingsSource.OWN, null, smtp, null, false, List.of(), null,
                new ImapDraft("127.0.0.1", mail.getImap().getPort(), Security.NONE, null, null, "Sent")));
        contact("Lucas", "BEGUE", LUCAS);
        contact("Léa", "ROUX", LEA);
        services.letters().templates().create(admin, new LetterTemplate("Convocation", Category.CONVOCATION,
                "Convocation de {{first_name}}", "Madame, Monsieur,\n\nNous vous recevrons.", List.of()));
        services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.ENGLISH));
    }

    private void contact(String first, String last, String email) {
        services.contacts().contacts().save(admin, new ContactDraft(null, ContactKind.GUARDIAN, "Mme", first, last,
                "3e A", List.of("1 rue Haute"), "69003", "Lyon", "", email, true, Map.of()));
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private FrameFixture openWindow(Robot robot) {
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts loaded", () -> Gui.onEdt(() -> main.table("contactsTable").target().getRowCount()) == 2);
        main.table("contactsTable").selectRows(0, 1);
        return main;
    }

    private static DialogFixture letterDialog(Robot robot, FrameFixture main) {
        main.button("contactLetterMailing").click();
        DialogFixture dialog = Gui.dialog(robot, "letterMailingDialog");
        Gui.until("letter and signature loaded", () -> Gui.onEdt(() ->
                dialog.comboBox("mailingTemplate").target().getItemCount() == 1
                        && dialog.comboBox("mailingAccount").target().getItemCount() == 1));
        return dialog;
    }

    private static boolean ticked(DialogFixture dialog, String name) {
        return Gui.onEdt(() -> dialog.checkBox(name).target().isSelected());
    }

    private static void send(Robot robot, DialogFixture dialog) {
        dialog.button("mailingNext").click();
        Gui.untilClickable(robot, "mailingSummaryCounts");
        dialog.button("mailingSend").click();
        Gui.untilHidden(robot, "letterMailingDialog");
    }

    /**
     * The messages GreenMail received by SMTP, each once: its list also holds the copies the
     * account puts in its Sent folder over IMAP, with the same Message-ID.
     */
    private MimeMessage[] delivered() {
        Map<String, MimeMessage> byId = new java.util.LinkedHashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            try {
                byId.putIfAbsent(m.getMessageID(), m);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return byId.values().toArray(MimeMessage[]::new);
    }

    private List<MimeMessage> received(String subject) {
        return Arrays.stream(delivered()).filter(m -> subjectOf(m).equals(subject)).toList();
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] header(MimeMessage m) {
        try {
            return m.getHeader(DNT);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLetterDialogAsksOnlyWhenTickedNeverRemembersItAndTheSentMailWindowShowsWhatCameBack(Robot robot)
            throws Exception {
        FrameFixture main = openWindow(robot);
        DialogFixture first = letterDialog(robot, main);
        assertThat(ticked(first, "mailingReadReceipt")).isFalse();
        assertThat(first.label("mailingReadReceiptNote").text()).isEqualTo("A family's mail program may never send one.");
        first.checkBox("mailingReadReceipt").check();
        send(robot, first);
        Gui.until("two letters received", () -> delivered().length == 2);
        assertThat(Arrays.stream(delivered()).map(ReadReceiptGuiTest::header))
                .allSatisfy(h -> assertThat(h).containsExactly(SCHOOL));

        DialogFixture second = letterDialog(robot, main);
        assertThat(ticked(second, "mailingReadReceipt")).as("never remembered").isFalse();
        send(robot, second);
        Gui.until("two more letters received", () -> delivered().length == 4);
        // The first two still ask, the second sending's two do not.
        assertThat(Arrays.stream(delivered()).filter(m -> header(m) == null)).hasSize(2)
                .extracting(ReadReceiptGuiTest::to).containsExactlyInAnyOrder(LEA, LUCAS);

        // Léa's mail program sends a receipt for the first letter; Lucas's second letter bounces.
        MimeMessage toLea = received("Convocation de Léa").stream().filter(m -> header(m) != null).findFirst()
                .orElseThrow();
        ZonedDateTime readAt = ZonedDateTime.now(ZoneId.systemDefault()).minusHours(1).withSecond(0).withNano(0);
        mailbox.deliver(ReadReceiptWriter.displayed(LEA, header(toLea)[0], toLea.getMessageID(), readAt));
        MimeMessage toLucas = received("Convocation de Lucas").stream().filter(m -> header(m) == null).findFirst()
                .orElseThrow();
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        toLucas.writeTo(original);
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
                new DeliveryReportWriter("mx.example.fr").write(original.toByteArray(), LUCAS,
                        BounceReason.UNKNOWN_ADDRESS, Instant.now()))));
        List<Long> ids = services.sentLog().list(admin, new SentFilter(Set.of(), null, null, null, null)).stream()
                .map(SentEntry::id).toList();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (services.returns().service().returnsOf(ids).size() < 2) {
            assertThat(System.nanoTime()).as("both reports read within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }

        main.menuItem("menuMail").click();
        main.menuItem("menuSentMail").click();
        DialogFixture sent = Gui.dialog(robot, "sentDialog");
        JTableFixture table = sent.table("sentTable");
        Gui.until("four rows", () -> Gui.onEdt(() -> table.target().getRowCount()) == 4);
        List<String> details = new ArrayList<>();
        for (int row = 0; row < 4; row++) {
            table.selectRows(row);
            int selected = row;
            Gui.until("the detail of row " + row, () -> Gui.onEdt(() -> sent.textBox("sentDetail").target().getText())
                    .contains("Subject: " + table.target().getValueAt(selected, 3)));
            String subject = String.valueOf(Gui.onEdt(() -> table.target().getValueAt(selected, 3)));
            Gui.until("the returns of row " + row, () -> Gui.onEdt(() -> sent.textBox("sentDetail").target()
                    .getText()).contains("Read receipt: "));
            details.add(Gui.onEdt(() -> sent.textBox("sentDetail").target().getText()));
            assertThat(details.get(row)).contains("Subject: " + subject);
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .withZone(ZoneId.systemDefault()).format(readAt);
        assertThat(details).filteredOn(d -> d.contains(LEA + ": read on " + when + " (read receipt)")).singleElement()
                .satisfies(d -> assertThat(d).contains("Read receipt: asked")
                        .contains("None of the 2 letters of this mailing came back (bounced: 0, delayed: 0)"));
        assertThat(details).filteredOn(d -> d.contains("Read receipt: asked")).hasSize(2);
        assertThat(details).filteredOn(d -> d.contains("Read receipt: not asked")).hasSize(2)
                .allSatisfy(d -> assertThat(d)
                        .contains("One of the 2 letters of this mailing came back (bounced: 1, delayed: 0)"));
        sent.button("sentClose").click();
    }

    @Test
    void theEmailAndDocumentDialogsAskOnlyWhenTickedAndOfferItOffAgain(Robot robot) throws Exception {
        FrameFixture main = openWindow(robot);
        main.button("contactSendEmail").click();
        DialogFixture email = Gui.dialog(robot, "sendEmailDialog");
        assertThat(ticked(email, "emailReadReceipt")).isFalse();
        assertThat(email.label("emailReadReceiptNote").text()).isEqualTo("A family's mail program may never send one.");
        email.checkBox("emailReadReceipt").check();
        email.textBox("emailSubject").setText("Sortie");
        email.textBox("emailBody").setText("Bonjour {{first_name}},");
        email.button("emailSend").click();
        Gui.untilHidden(robot, "sendEmailDialog");
        Gui.until("two e-mails received", () -> received("Sortie").size() == 2);
        assertThat(received("Sortie")).allSatisfy(m -> assertThat(header(m)).containsExactly(SCHOOL));

        main.button("contactSendEmail").click();
        DialogFixture again = Gui.dialog(robot, "sendEmailDialog");
        assertThat(ticked(again, "emailReadReceipt")).as("never remembered").isFalse();
        again.textBox("emailSubject").setText("Rappel");
        again.textBox("emailBody").setText("Bonjour,");
        again.button("emailSend").click();
        Gui.untilHidden(robot, "sendEmailDialog");
        Gui.until("two more e-mails received", () -> received("Rappel").size() == 2);
        assertThat(received("Rappel")).allSatisfy(m -> assertThat(header(m)).isNull());

        Path reports = Files.createDirectories(folder.resolve("bulletins"));
        Files.write(reports.resolve("ROUX_Lea_bulletin.pdf"), "%PDF-1.4 Léa".getBytes(StandardCharsets.UTF_8));
        Files.write(reports.resolve("BEGUE_Lucas_bulletin.pdf"), "%PDF-1.4 Lucas".getBytes(StandardCharsets.UTF_8));
        for (boolean tick : List.of(true, false)) {
            main.table("contactsTable").showPopupMenuAt(org.assertj.swing.data.TableCell.row(0).column(0))
                    .menuItem("contextSendDocument").click();
            DialogFixture form = Gui.dialog(robot, "sendDocumentDialog");
            assertThat(ticked(form, "documentReadReceipt")).as("off at every opening").isFalse();
            if (tick) {
                form.checkBox("documentReadReceipt").check();
            }
            form.checkBox("documentPerRecipient").check();
            form.textBox("documentFolder").setText(reports.toString());
            String subject = tick ? "Bulletin" : "Bulletin bis";
            form.textBox("documentSubject").setText(subject);
            form.textBox("documentBody").setText("Bonjour,");
            form.button("documentNext").click();
            DialogFixture summary = Gui.dialog(robot, "documentSummaryDialog");
            summary.button("documentSummarySend").click();
            Gui.untilHidden(robot, "sendDocumentDialog");
            Gui.until("both report cards received", () -> received(subject).size() == 2);
            assertThat(received(subject)).extracting(ReadReceiptGuiTest::to).containsExactlyInAnyOrder(LEA, LUCAS);
            assertThat(received(subject)).allSatisfy(m -> assertThat(header(m) == null ? null : List.of(header(m)))
                    .isEqualTo(tick ? List.of(SCHOOL) : null));
        }
    }
}
