package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.mail.returns.DeliveryReportWriter;
import fr.missive.mail.returns.ReadReceiptWriter;
import fr.missive.model.returns.BounceReason;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read receipts asked on the command line ({@code --read-receipt}) against GreenMail's SMTP and
 * IMAP servers: the header reaches the families only when asked; a receipt written as a family's
 * mail program writes it, delivered to the address the header names, is read by
 * {@code sent check-returns} and shown as "read on …"; and a mailing says how many of its letters
 * came back.
 */
class ReadReceiptCliTest {

    private static final String SCHOOL = "secretariat@college-test.fr";
    private static final String ANNE = "anne.martin@example.org";
    private static final String PAUL = "famille.leroy@example.org";
    private static final String DNT = "Disposition-Notification-To";

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;
    private GreenMail greenMail;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(folder, Locale.ENGLISH);
        greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        GreenMailUser mailbox = greenMail.setUser(SCHOOL, "secretariat", "boite-secret");
        greenMail.getManagers().getImapHostManager().createMailbox(mailbox, "Sent");
        assertThat(cli.initCollege("--address", "12 avenue des Frères-Lumière", "--postcode", "69008", "--city",
                "Lyon").exitCode()).isZero();
        Path csv = files.resolve("responsables.csv");
        Files.writeString(csv, """
                Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement
                MARTIN;Anne;3e A;1 rue Haute;69002;Lyon;anne.martin@example.org;oui
                LEROY;Paul;3e A;2 rue Basse;69003;Lyon;famille.leroy@example.org;oui
                DURAND;Chloé;3e A;3 rue du Lac;69004;Lyon;chloe.durand@example.org;oui
                """, StandardCharsets.UTF_8);
        assertThat(cli.run("contacts", "import", csv.toString()).exitCode()).isZero();
        Path template = files.resolve("convocation.md");
        Files.writeString(template, LetterCliTest.CONVOCATION, StandardCharsets.UTF_8);
        assertThat(cli.run("letter", "import", template.toString()).exitCode()).isZero();
        assertThat(cli.addLoopbackAccount(greenMail.getSmtp().getPort()).exitCode()).isZero();
        CliRunner.Result imap = cli.runWithInput("boite-secret\n", "account", "imap", "Secrétariat", "--host",
                "127.0.0.1", "--port", String.valueOf(greenMail.getImap().getPort()), "--security", "none",
                "--user", "secretariat", "--password-stdin", "--no-copy-sent");
        assertThat(imap.exitCode()).as(imap.err() + imap.out()).isZero();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private void deliverAll(int expectedInGreenMail) {
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
        assertThat(greenMail.waitForIncomingEmail(5_000, expectedInGreenMail)).isTrue();
    }

    /** The message received by this address whose subject is this one, or starts with it (a merged letter's). */
    private MimeMessage receivedBy(String address, String subject) throws Exception {
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if ((m.getSubject().equals(subject) || m.getSubject().startsWith(subject + " ")) && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(address))) {
                return m;
            }
        }
        throw new AssertionError("nothing sent to " + address + " about " + subject);
    }

    private Map<String, Object> logged(String subject, String recipient) {
        return cli.run("sent", "list", "--format", "json").jsonArray().stream()
                .filter(m -> subject.equals(m.get("subject"))
                        && (recipient == null || ((List<?>) m.get("recipients")).contains(recipient)))
                .findFirst().orElseThrow();
    }

    @Test
    void aReceiptAskedForComesBackFromTheMailboxAndTheLogSaysReadWithItsDate() throws Exception {
        // Queued in one run, delivered by another: the request is kept with the queued row.
        CliRunner.Result sent = cli.run("send", "letter", "Convocation parents", "--contacts", "class=3e A",
                "--attach-pdf", "--field", "date_rdv=mardi 12 janvier", "--read-receipt");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        deliverAll(3);
        String subject = "Rendez-vous au sujet de";
        for (String family : List.of(ANNE, PAUL, "chloe.durand@example.org")) {
            assertThat(receivedBy(family, subject).getHeader(DNT)).as(family).containsExactly(SCHOOL);
        }
        Map<String, Object> anne = logged(subject + " Anne", ANNE);
        assertThat(anne).containsEntry("readReceiptAsked", true);
        String id = String.valueOf(anne.get("id"));
        assertThat(cli.run("sent", "show", id).out()).containsPattern("Read receipt +asked")
                .doesNotContain(ANNE + ": read on");

        ZonedDateTime readAt = ZonedDateTime.now(ZoneId.systemDefault()).minusHours(2).withSecond(0).withNano(0);
        MimeMessage receipt = ReadReceiptWriter.displayed(ANNE, SCHOOL, receivedBy(ANNE, subject).getMessageID(),
                readAt);
        // Into the mailbox of the address the header names: the account's own, which Missive reads.
        greenMail.getUserManager().getUserByEmail(SCHOOL).deliver(receipt);

        CliRunner.Result check = cli.run("sent", "check-returns");

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("one report about sent mail recorded");
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(readAt);
        assertThat(cli.run("sent", "show", id).out()).contains(ANNE + ": read on " + when + " (read receipt)");
        // A read letter did not come back.
        assertThat(logged(subject + " Anne", ANNE).get("mailing")).isEqualTo(Map.of("letters", 3, "cameBack", 0,
                "bounced", 0, "delayed", 0));
    }

    @Test
    void noReceiptIsAskedUnlessTheOptionIsGivenOnEachCommand() throws Exception {
        assertThat(cli.run("send", "mail", "--to", ANNE, "--subject", "Sans accusé", "--body", "Bonjour")
                .exitCode()).isZero();
        assertThat(cli.run("send", "mail", "--to", PAUL, "--subject", "Avec accusé", "--body", "Bonjour",
                "--read-receipt").exitCode()).isZero();
        Path calendar = files.resolve("calendrier.pdf");
        Files.write(calendar, "%PDF-1.4 calendrier".getBytes(StandardCharsets.US_ASCII));
        CliRunner.Result document = cli.run("send", "document", calendar.toString(), "--to", ANNE + "," + PAUL,
                "--subject", "Calendrier", "--message", "Voici le calendrier.", "--read-receipt");
        assertThat(document.exitCode()).as(document.err()).isZero();
        assertThat(cli.run("send", "document", calendar.toString(), "--to", ANNE, "--subject", "Calendrier bis",
                "--message", "Voici le calendrier.").exitCode()).isZero();
        deliverAll(5);

        assertThat(receivedBy(ANNE, "Sans accusé").getHeader(DNT)).isNull();
        assertThat(receivedBy(PAUL, "Avec accusé").getHeader(DNT)).containsExactly(SCHOOL);
        assertThat(receivedBy(ANNE, "Calendrier").getHeader(DNT)).containsExactly(SCHOOL);
        assertThat(receivedBy(PAUL, "Calendrier").getHeader(DNT)).containsExactly(SCHOOL);
        assertThat(receivedBy(ANNE, "Calendrier bis").getHeader(DNT)).isNull();
        assertThat(logged("Sans accusé", ANNE)).containsEntry("readReceiptAsked", false);
        assertThat(logged("Avec accusé", PAUL)).containsEntry("readReceiptAsked", true);
        assertThat(cli.run("sent", "show", String.valueOf(logged("Sans accusé", ANNE).get("id"))).out())
                .containsPattern("Read receipt +not asked");

        // A resend offers no choice: it does not ask again.
        String asked = String.valueOf(logged("Avec accusé", PAUL).get("id"));
        assertThat(cli.run("sent", "resend", asked).exitCode()).isZero();
        deliverAll(6);
        MimeMessage resent = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subjectOf(m).equals("Avec accusé")).reduce((a, b) -> b).orElseThrow();
        assertThat(resent.getHeader(DNT)).isNull();
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theHelpOfEachSendingCommandOffersTheReadReceipt() {
        for (String command : List.of("mail", "letter", "document")) {
            assertThat(cli.run("send", command, "--help").out()).as(command).contains("--read-receipt")
                    .contains("may never send one");
        }
    }

    @Test
    void aMailingSaysHowManyOfItsLettersCameBack() throws Exception {
        CliRunner.Result sent = cli.run("send", "letter", "Convocation parents", "--contacts", "class=3e A",
                "--attach-pdf", "--field", "date_rdv=mardi 12 janvier");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(cli.run("send", "mail", "--to", ANNE, "--subject", "Seul", "--body", "Bonjour").exitCode())
                .isZero();
        deliverAll(4);
        String subject = "Rendez-vous au sujet de";
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        receivedBy(PAUL, subject).writeTo(original);
        byte[] report = new DeliveryReportWriter("mx.example.org").write(original.toByteArray(), PAUL,
                BounceReason.UNKNOWN_ADDRESS, Instant.now());
        greenMail.getUserManager().getUserByEmail(SCHOOL).deliver(new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(report)));
        assertThat(cli.run("sent", "check-returns").exitCode()).isZero();

        Map<String, Object> oneBounced = Map.of("letters", 3, "cameBack", 1, "bounced", 1, "delayed", 0);
        for (String family : List.of("Anne", "Paul", "Chloé")) {
            assertThat(logged(subject + " " + family, null).get("mailing")).as(family).isEqualTo(oneBounced);
        }
        assertThat(logged("Seul", ANNE)).containsEntry("mailing", null);
        assertThat(cli.run("sent", "show", String.valueOf(logged(subject + " Anne", ANNE).get("id"))).out())
                .contains("One of the 3 letters of this mailing came back (bounced: 1, delayed: 0)");
        String table = cli.run("sent", "list").out();
        assertThat(table).contains("CAME BACK");
        assertThat(table.lines().filter(l -> l.contains(subject) && l.contains("1/3"))).hasSize(3);
        assertThat(table.lines().filter(l -> l.contains("Seul")).findFirst().orElseThrow()).doesNotContain("/");
    }
}
