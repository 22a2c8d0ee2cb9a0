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
import fr.missive.app.outbox.MailContent;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.mail.returns.DeliveryReportWriter;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.outbox.MailOrigin;
import fr.missive.render.PdfProbe;
import java.nio.file.Files;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.Security;
import fr.missive.model.returns.BounceReason;
import fr.missive.model.users.User;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
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
 * Mail > Sent mail with a bounce in the mailbox: the window's background reading (started with the
 * main window) records it from GreenMail's IMAP INBOX, the "Not received" filter keeps the bounced
 * message alone, and its detail says which recipient it did not reach and why.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class ReturnsGuiTest {

    private static final String SCHOOL = "secretariat@college-test.fr";
    private static final String BOUNCING = "famille.begue@college-test.fr";

    @TempDir
    Path folder;

    private GreenMail mail;
    private long martin;
    private long begue;
    private GreenMailUser mailbox;
    private OpenDataFolder services;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void twoMessagesSentAndOneBounceInTheMailbox(DataFolders dataFolders) throws Exception {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        mailbox = mail.setUser(SCHOOL, SCHOOL, "");
        mail.getManagers().getImapHostManager().createMailbox(mailbox, "Sent");
        services = SampleData.initialised(dataFolders, folder);
        User admin = SampleData.admin(services);
        SmtpDraft smtp = new SmtpDraft("127.0.0.1", mail.getSmtp().getPort(), Security.NONE, null, null, null, false,
                null);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat", SCHOOL,
                SettingsSource.OWN, null, smtp, null, false, List.of(), null,
                new ImapDraft("127.0.0.1", mail.getImap().getPort(), Security.NONE, null, null, "Sent")));
        martin = contact(admin, "Léa", "MARTIN", "famille.martin@college-test.fr");
        begue = contact(admin, "Noé", "BÉGUÉ", BOUNCING);
        services.outbox().outbox().queue(admin, "Secrétariat", List.of(
                letter("famille.martin@college-test.fr", "Convocation de Léa", martin, "Léa MARTIN"),
                letter(BOUNCING, "Convocation de Noé", begue, "Noé BÉGUÉ")));
        services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));
        byte[] report = new DeliveryReportWriter("mx.college-test.fr").write(bytesSentTo(BOUNCING), BOUNCING,
                BounceReason.UNKNOWN_ADDRESS, Instant.now());
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(report)));
    }

    private long contact(User admin, String first, String last, String email) {
        return services.contacts().contacts().save(admin, new ContactDraft(null, ContactKind.GUARDIAN, "", first, last,
                "3e A", List.of("1 rue Haute"), "69002", "Lyon", "", email, true, java.util.Map.of())).id();
    }

    /** A letter as a mailing sends it: its PDF names the addressee, and the log links it to the contact. */
    private static MailContent letter(String to, String subject, long contactId, String addressee) throws Exception {
        MailContent plain = MailContent.plain(List.of(EmailAddress.parse(to)), subject,
                "Veuillez trouver la convocation.", List.of(Attachment.pdf("convocation.pdf", pdfFor(addressee))));
        return new MailContent(plain.to(), plain.subject(), plain.text(), plain.html(), plain.inlineImages(),
                plain.attachments(), MailOrigin.of("Convocation", new MailOrigin.ContactRef(contactId, addressee)));
    }

    private static byte[] pdfFor(String addressee) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Convocation - " + addressee);
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private byte[] bytesSentTo(String address) throws Exception {
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address))) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                m.writeTo(bytes);
                return bytes.toByteArray();
            }
        }
        throw new AssertionError("nothing sent to " + address);
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void theBackgroundReadingShowsTheBouncedRecipientInTheSentMailWindow(Robot robot) throws Exception {
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        // The window's background reading takes its first turn as it opens.
        List<Long> ids = services.sentLog().list(SampleData.admin(services),
                new fr.missive.model.sentlog.SentFilter(java.util.Set.of(), null, null, null, null)).stream()
                .map(fr.missive.model.sentlog.SentEntry::id).toList();
        // Within a minute of the window opening (polled here, off the EDT: it reads the database).
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (services.returns().service().returnsOf(ids).isEmpty()) {
            assertThat(System.nanoTime()).as("the bounce read from the mailbox within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }

        main.menuItem("menuMail").click();
        main.menuItem("menuSentMail").click();
        DialogFixture sent = Gui.dialog(robot, "sentDialog");
        JTableFixture table = sent.table("sentTable");
        Gui.until("two rows", () -> Gui.onEdt(() -> table.target().getRowCount()) == 2);
        sent.checkBox("sentNotReceived").click();
        Gui.until("the bounced message alone", () -> Gui.onEdt(() -> table.target().getRowCount()) == 1);
        assertThat(table.contents()[0][3]).isEqualTo("Convocation de Noé");

        table.selectRows(0);
        Gui.until("what came back", () -> Gui.onEdt(() -> sent.textBox("sentDetail").target().getText())
                .contains(BOUNCING + ": came back undelivered on"));
        sent.checkBox("sentNotReceived").click();
        Gui.until("both rows again", () -> Gui.onEdt(() -> table.target().getRowCount()) == 2);

        sent.button("sentPrintBounced").click();
        org.assertj.swing.fixture.JFileChooserFixture chooser = org.assertj.swing.finder.JFileChooserFinder
                .findFileChooser("sentPrintBouncedChooser").withTimeout(Gui.TIMEOUT_MILLIS).using(robot);
        Path print = folder.resolve("à imprimer");
        Files.createDirectories(print);
        org.assertj.swing.edt.GuiActionRunner.execute(() -> chooser.target().setSelectedFile(print.toFile()));
        Gui.approve(chooser);
        Gui.until("the letter written", () -> {
            try (var files = Files.list(print)) {
                return files.findAny().isPresent();
            }
        });
        Gui.until("the summary says so", () -> Gui.onEdt(() -> sent.label("sentSummary").target().getText())
                .contains(print.toString()));
        try (var files = Files.list(print)) {
            // Only the letter of the guardian the e-mail did not reach: the other family received theirs.
            assertThat(files.toList()).singleElement().satisfies(pdf -> {
                assertThat(pdf.getFileName().toString()).endsWith(".pdf");
                assertThat(PdfProbe.text(Files.readAllBytes(pdf))).contains("Noé BÉGUÉ").doesNotContain("MARTIN");
            });
        }
        sent.button("sentClose").click();
    }

    /**
     * A letter sent in the body of the e-mail (no PDF) that bounced: the window's action renders it
     * again, as it was sent, beside the PDF another bounced message carried.
     */
    @Test
    void printsTheBouncedLetterSentInTheBodyRenderedAsItWasSentBesideTheAttachedOne(Robot robot) throws Exception {
        String roux = "famille.roux@college-test.fr";
        User admin = SampleData.admin(services);
        fr.missive.model.letters.LetterTemplate convocation = new fr.missive.model.letters.LetterTemplate(
                "Convocation conseil", fr.missive.model.letters.Category.CONVOCATION, "Conseil de classe de {{first_name}}",
                "Madame, Monsieur,\n\nNous recevrons {{first_name}} {{last_name}} le {{date_rdv}}.", List.of("date_rdv"));
        services.letters().templates().create(admin, convocation);
        fr.missive.model.contacts.Contact ines = services.contacts().contacts().save(admin, new ContactDraft(null,
                ContactKind.GUARDIAN, "", "Inès", "ROUX", "4e B", List.of("5 place Bellecour"), "69002", "Lyon", "",
                roux, true, java.util.Map.of()));
        var letters = services.letters().mailing();
        var plan = letters.plan(admin, "Secrétariat", convocation, List.of(ines),
                fr.missive.app.letters.mailing.MailingOptions.byEmail(java.util.Locale.FRENCH).attachPdf(false)
                        .inline(true).letterFields(java.util.Map.of("date_rdv", "jeudi 14 janvier")).build());
        assertThat(letters.send(admin, "Secrétariat", plan, fr.missive.app.letters.LetterBatch.Progress.NONE,
                () -> false).queued()).isEqualTo(1);
        services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
                new DeliveryReportWriter("mx.college-test.fr").write(bytesSentTo(roux), roux,
                        BounceReason.MAILBOX_FULL, Instant.now()))));

        new GuiLauncher(Wiring::open, exit).openOn(services);
        Gui.frame(robot, "mainWindow");
        List<Long> ids = services.sentLog().list(admin,
                new fr.missive.model.sentlog.SentFilter(java.util.Set.of(), null, null, null, null)).stream()
                .map(fr.missive.model.sentlog.SentEntry::id).toList();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (services.returns().service().returnsOf(ids).size() < 2) {
            assertThat(System.nanoTime()).as("both bounces read within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
        FrameFixture main = Gui.frame(robot, "mainWindow");
        main.menuItem("menuMail").click();
        main.menuItem("menuSentMail").click();
        DialogFixture sent = Gui.dialog(robot, "sentDialog");
        Gui.until("three rows", () -> Gui.onEdt(() -> sent.table("sentTable").target().getRowCount()) == 3);

        sent.button("sentPrintBounced").click();
        org.assertj.swing.fixture.JFileChooserFixture chooser = org.assertj.swing.finder.JFileChooserFinder
                .findFileChooser("sentPrintBouncedChooser").withTimeout(Gui.TIMEOUT_MILLIS).using(robot);
        Path print = folder.resolve("à imprimer");
        Files.createDirectories(print);
        org.assertj.swing.edt.GuiActionRunner.execute(() -> chooser.target().setSelectedFile(print.toFile()));
        Gui.approve(chooser);
        Gui.until("the summary says both were written", () -> Gui.onEdt(() -> sent.label("sentSummary").target()
                .getText()).equals("2 letters that bounced written to " + print + "."));
        try (var files = Files.list(print)) {
            List<Path> written = files.sorted().toList();
            assertThat(written).extracting(f -> f.getFileName().toString())
                    .containsExactly("Inès ROUX - Convocation conseil.pdf", "Noé BÉGUÉ - convocation.pdf");
            assertThat(PdfProbe.text(Files.readAllBytes(written.get(0))))
                    .contains("Nous recevrons Inès ROUX le jeudi 14 janvier.", "Conseil de classe de Inès",
                            "5 place Bellecour")
                    .doesNotContain("BÉGUÉ");
        }
        sent.button("sentClose").click();
    }

    @Test
    void aBouncedContactIsMarkedInTheListAndItsDialogClearsTheMarkInTheBackground(Robot robot) throws Exception {
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (services.returns().service().bounceMark(begue).isEmpty()) {
            assertThat(System.nanoTime()).as("the bounce read from the mailbox within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
        JTableFixture contacts = main.table("contactsTable");
        // The background reading tells the window, which reads the contacts again.
        Gui.until("the bounced address marked in words", () -> java.util.Arrays.stream(
                Gui.onEdt(contacts::contents)).anyMatch(row -> row[5].equals(BOUNCING + " — bounced")));
        assertThat(java.util.Arrays.stream(Gui.onEdt(contacts::contents)).map(r -> r[5]))
                .contains("famille.martin@college-test.fr");
        int row = Gui.onEdt(() -> {
            for (int r = 0; r < contacts.target().getRowCount(); r++) {
                if (String.valueOf(contacts.target().getValueAt(r, 5)).equals(BOUNCING)) {
                    return r;
                }
            }
            return -1;
        });
        String spoken = Gui.onEdt(() -> {
            var cell = contacts.target().getAccessibleContext().getAccessibleTable().getAccessibleAt(row, 5);
            return cell.getAccessibleContext().getAccessibleName();
        });
        assertThat(spoken).isEqualTo(BOUNCING + ", address bounced");

        contacts.selectRows(row);
        main.button("contactEdit").click();
        DialogFixture dialog = Gui.dialog(robot, "contactDialog");
        assertThat(dialog.label("contact.bounce").text()).startsWith("Address bounced on ").endsWith(": unknown address");
        var clear = dialog.button("contact.clearBounce");
        // Typing another address says the mark will go, and hides the button; typing it back shows both again.
        org.assertj.swing.edt.GuiActionRunner.execute(() -> dialog.textBox("contact.email").target()
                .setText("noe.begue@college-test.fr"));
        assertThat(dialog.label("contact.bounce").text()).contains("mark goes when you save");
        assertThat(Gui.onEdt(() -> clear.target().isVisible())).isFalse();
        org.assertj.swing.edt.GuiActionRunner.execute(() -> dialog.textBox("contact.email").target()
                .setText(BOUNCING));
        assertThat(Gui.onEdt(() -> clear.target().isVisible())).isTrue();
        clear.click();

        Gui.until("cleared", () -> dialog.label("contact.bounce").text().startsWith("Mark cleared"));
        assertThat(services.returns().service().bounceMark(begue)).isEmpty();
        Gui.until("the list no longer marks it", () -> java.util.Arrays.stream(Gui.onEdt(contacts::contents))
                .anyMatch(r -> r[5].equals(BOUNCING)));
        Gui.clickToClose(dialog.button("contact.cancel"), "contactDialog");
    }

    /** What reached this address's own box (GreenMail also holds the Sent copies, which are left out here). */
    private long sentTo(String address) throws Exception {
        GreenMailUser user = mail.getUserManager().getUserByEmail(address);
        return user == null ? 0 : mail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }

    private static void setText(DialogFixture dialog, String name, String text) {
        org.assertj.swing.edt.GuiActionRunner.execute(() -> dialog.textBox(name).target().setText(text));
    }

    @Test
    void warnsBeforeSendingToTheBouncedAddressAndPutsThatLetterOnPaperOrSendsAnywayOrCancels(Robot robot)
            throws Exception {
        User admin = SampleData.admin(services);
        services.letters().templates().create(admin, new fr.missive.model.letters.LetterTemplate("Convocation",
                fr.missive.model.letters.Category.CONVOCATION, "Convocation de {{first_name}}",
                "Madame, Monsieur,\n\nNous recevrons {{first_name}} {{last_name}}.", List.of()));
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        JTableFixture contacts = main.table("contactsTable");
        Gui.until("the bounced address marked", () -> java.util.Arrays.stream(Gui.onEdt(contacts::contents))
                .anyMatch(row -> row[5].equals(BOUNCING + " — bounced")));
        long toBegue = sentTo(BOUNCING);
        long toMartin = sentTo("famille.martin@college-test.fr");

        // An e-mail to the bounced guardian: the question names them; Cancel sends nothing and keeps the dialog.
        contacts.selectRows(0);
        main.button("contactSendEmail").click();
        DialogFixture email = Gui.dialog(robot, "sendEmailDialog");
        setText(email, "emailSubject", "Réunion");
        setText(email, "emailBody", "Bonjour,");
        email.button("emailSend").click();
        DialogFixture question = Gui.dialog(robot, "chooseDialog");
        javax.swing.JOptionPane pane = robot.finder().findByType(question.target(), javax.swing.JOptionPane.class,
                true);
        String asked = Gui.onEdt(() -> String.valueOf(pane.getMessage()));
        assertThat(asked).contains("Came back undelivered before: one address of this sending.",
                "Noé BÉGUÉ <" + BOUNCING + ">, bounced on ", ": unknown address");
        question.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Cancel")).click();
        Gui.untilHidden(robot, "chooseDialog");
        assertThat(Gui.isShowing(email.target())).isTrue();
        email.button("emailSend").click();
        Gui.dialog(robot, "chooseDialog").button(org.assertj.swing.core.matcher.JButtonMatcher.withText(
                "Send anyway")).click();
        Gui.until("sent anyway", () -> sentTo(BOUNCING) == toBegue + 1);

        // A letter to both: "Put their letters on paper" writes the bounced guardian's as a PDF, e-mails the other.
        contacts.selectRows(0, 1);
        main.button("contactLetterMailing").click();
        DialogFixture mailing = Gui.dialog(robot, "letterMailingDialog");
        Gui.until("letter loaded", () -> mailing.comboBox("mailingTemplate").target().getItemCount() == 1);
        mailing.checkBox("mailingPrintCopy").check();
        Gui.select(mailing.comboBox("mailingPrintCopyTo"), "as PDF files in the folder");
        Path pdfs = folder.resolve("lettres");
        Files.createDirectories(pdfs);
        setText(mailing, "mailingFolder", pdfs.toString());
        mailing.button("mailingNext").click();
        Gui.untilClickable(robot, "mailingSummaryCounts");
        mailing.button("mailingSend").click();
        Gui.dialog(robot, "chooseDialog").button(org.assertj.swing.core.matcher.JButtonMatcher.withText(
                "Put their letters on paper")).click();
        Gui.until("the other family e-mailed", () -> sentTo("famille.martin@college-test.fr") == toMartin + 1);
        Gui.until("the bounced guardian's letter written", () -> {
            try (var files = Files.list(pdfs)) {
                return files.count() == 1;
            }
        });
        try (var files = Files.list(pdfs)) {
            assertThat(PdfProbe.text(Files.readAllBytes(files.findFirst().orElseThrow())))
                    .contains("Nous recevrons Noé BÉGUÉ");
        }
        assertThat(sentTo(BOUNCING)).isEqualTo(toBegue + 1);
    }
}
