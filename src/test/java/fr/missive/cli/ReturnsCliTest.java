package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.mail.returns.DeliveryReportWriter;
import fr.missive.model.returns.BounceReason;
import fr.missive.render.PdfProbe;
import fr.missive.store.db.Database;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From end to end on the command line, against GreenMail's SMTP and IMAP servers: a letter sent to
 * three guardians, one of whose addresses does not exist; the delivery report (an RFC 3464 report
 * written by DeliveryReportWriter about the very bytes sent) arrives in the school's mailbox;
 * {@code sent check-returns} marks that guardian as bounced in the log and on the contact, and
 * {@code sent print-bounced} writes that one letter.
 */
class ReturnsCliTest {

    private static final String BOUNCING = "famille.leroy@example.org";

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;
    private GreenMail greenMail;
    private GreenMailUser mailbox;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(folder, Locale.ENGLISH);
        greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        mailbox = greenMail.setUser("secretariat@college-test.fr", "secretariat", "boite-secret");
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
        CliRunner.Result imported = cli.run("contacts", "import", csv.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
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

    @Test
    void aBouncedGuardianIsMarkedInTheLogAndOnTheContactAndTheirLetterIsWrittenToPrint() throws Exception {
        CliRunner.Result sent = cli.run("send", "letter", "Convocation parents", "--contacts", "class=3e A",
                "--attach-pdf", "--pdf-name", "Convocation {{last_name}}", "--field", "date_rdv=mardi 12 janvier");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
        assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
        byte[] original = bytesSentTo(BOUNCING);
        byte[] report = new DeliveryReportWriter("mx.example.org").write(original, BOUNCING,
                BounceReason.UNKNOWN_ADDRESS, Instant.now());
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(report)));

        CliRunner.Result check = cli.run("sent", "check-returns");

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("one report about sent mail recorded").contains(BOUNCING);
        List<Map<String, Object>> notReceived = cli.run("sent", "list", "--not-received", "--format", "json")
                .jsonArray();
        assertThat(notReceived).singleElement()
                .satisfies(m -> assertThat(m.get("recipients")).isEqualTo(List.of(BOUNCING)));
        assertThat(cli.run("sent", "list", "--format", "json").jsonArray()).hasSize(3);
        String id = String.valueOf(notReceived.get(0).get("id"));
        assertThat(cli.run("sent", "show", id).out()).contains(BOUNCING + ": came back undelivered on");
        Map<String, Object> leroy = cli.run("contacts", "list", "--format", "json").jsonArray().stream()
                .filter(c -> "LEROY".equals(c.get("lastName")) || "LEROY".equals(c.get("last_name")))
                .findFirst().orElseThrow();
        assertThat(cli.run("contacts", "show", String.valueOf(leroy.get("id"))).out())
                .contains("Address " + BOUNCING + " bounced on");

        Path print = files.resolve("à imprimer");
        CliRunner.Result printed = cli.run("sent", "print-bounced", "--folder", print.toString());

        assertThat(printed.exitCode()).as(printed.err()).isZero();
        try (Stream<Path> written = Files.list(print)) {
            List<Path> pdfs = written.toList();
            assertThat(pdfs).singleElement().satisfies(pdf -> {
                assertThat(pdf.getFileName().toString()).contains("LEROY");
                assertThat(PdfProbe.text(Files.readAllBytes(pdf))).contains("Paul LEROY", "mardi 12 janvier");
            });
        }
        // Reading again finds nothing new: the report was moved out of the INBOX into Missive/Returns.
        assertThat(cli.run("sent", "check-returns").out()).contains("no new message read");
    }

    @Test
    void aBounceArrivingWhileTheWindowIsOpenIsInTheLogAndOnTheContactWithinAMinuteThroughTheBackgroundReading()
            throws Exception {
        CliRunner.Result sent = cli.run("send", "letter", "Convocation parents", "--contacts", "class=3e A",
                "--attach-pdf", "--pdf-name", "Convocation {{last_name}}", "--field", "date_rdv=mardi 12 janvier");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
        assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
        byte[] report = new DeliveryReportWriter("mx.example.org").write(bytesSentTo(BOUNCING), BOUNCING,
                BounceReason.UNKNOWN_ADDRESS, Instant.now());

        // The folder as the window opens it: its watcher reads the mailbox in the background, as the window starts it.
        try (OpenDataFolder window = Wiring.open(folder, () -> { })) {
            window.returns().watcher().start();
            mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(report)));
            // "Within a minute of the report's arrival" (issue 14): IDLE makes it seconds, polling 30 s at most.
            long end = System.nanoTime() + 60_000_000_000L;
            while (window.returns().service().bounceMarks().isEmpty()) {
                assertThat(System.nanoTime()).as("bounce recorded within a minute").isLessThan(end);
                Thread.sleep(50); // a poll of the database, not a guess at the watcher's speed
            }
        }

        List<Map<String, Object>> notReceived = cli.run("sent", "list", "--not-received", "--format", "json")
                .jsonArray();
        assertThat(notReceived).singleElement()
                .satisfies(m -> assertThat(m.get("recipients")).isEqualTo(List.of(BOUNCING)));
        String id = String.valueOf(notReceived.get(0).get("id"));
        assertThat(cli.run("sent", "show", id).out()).contains(BOUNCING + ": came back undelivered on");
        List<Map<String, Object>> guardians = cli.run("contacts", "list", "--format", "json").jsonArray();
        assertThat(guardians).hasSize(3).allSatisfy(c -> {
            String shown = cli.run("contacts", "show", String.valueOf(c.get("id"))).out();
            if (shown.contains(BOUNCING)) {
                assertThat(shown).contains("Address " + BOUNCING + " bounced on");
            } else {
                assertThat(shown).doesNotContain("bounced on");
            }
        });
    }

    /**
     * A letter sent in the body of the e-mail carries no PDF: print-bounced renders it again from
     * what the sending kept, the letter as the e-mail said, even after the template was replaced
     * and the contact changed.
     */
    @Test
    void aBouncedLetterSentInTheBodyIsRenderedAsItWasSentAfterTheTemplateAndTheContactChanged() throws Exception {
        sendInlineAndBounceLeroy();
        Path changedTemplate = files.resolve("convocation-v2.md");
        Files.writeString(changedTemplate, """
                ---
                designation: Convocation parents
                category: convocation
                subject: Nouvel objet pour {{first_name}}
                fields: date_rdv
                ---
                Nouvelle version de la lettre pour {{first_name}} le {{date_rdv}}.
                """, StandardCharsets.UTF_8);
        CliRunner.Result replaced = cli.run("letter", "import", "--replace", changedTemplate.toString());
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        Path moved = files.resolve("leroy.csv");
        Files.writeString(moved, """
                Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement
                LEROY;Paul;4e B;9 rue Neuve;38000;Grenoble;famille.leroy@example.org;oui
                """, StandardCharsets.UTF_8);
        CliRunner.Result reimported = cli.run("contacts", "import", moved.toString());
        assertThat(reimported.exitCode()).as(reimported.err()).isZero();
        assertThat(cli.run("contacts", "show", String.valueOf(leroyId())).out()).contains("9 rue Neuve", "4e B");

        Path print = files.resolve("à imprimer");
        CliRunner.Result printed = cli.run("sent", "print-bounced", "--folder", print.toString());

        assertThat(printed.exitCode()).as(printed.err()).isZero();
        assertThat(printed.err()).isEmpty();
        try (Stream<Path> written = Files.list(print)) {
            assertThat(written.toList()).singleElement().satisfies(pdf -> {
                assertThat(pdf.getFileName().toString()).isEqualTo("Paul LEROY - Convocation parents.pdf");
                String text = PdfProbe.text(Files.readAllBytes(pdf));
                // The recipient's values and the value asked at sending, in the template as it was sent.
                assertThat(text).contains("Rendez-vous au sujet de Paul", "Je vous prie de venir au collège le",
                        "mardi 12 janvier", "au sujet de Paul LEROY (3e A)", "2 rue Basse", "69003 LYON",
                        "Lyon, le ");
                assertThat(text).doesNotContain("Nouvelle version", "Nouvel objet", "4e B", "9 rue Neuve",
                        "Grenoble", "GRENOBLE");
            });
        }
    }

    /** A letter sent in the body by a Missive that kept nothing to render it again is named, not lost silently. */
    @Test
    void aBouncedLetterSentInTheBodyWithoutKeptInputsIsReportedAsNotPrintable() throws Exception {
        String id = sendInlineAndBounceLeroy();
        // As a message logged before version 19 of the database: no inputs kept with it.
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            int deleted = db.inTransaction(c -> {
                try (var s = c.createStatement()) {
                    return s.executeUpdate("DELETE FROM sent_letter_message");
                }
            });
            assertThat(deleted).isEqualTo(3);
        }
        Path print = files.resolve("à imprimer");

        CliRunner.Result printed = cli.run("sent", "print-bounced", "--folder", print.toString());

        assertThat(printed.exitCode()).as(printed.err()).isZero();
        assertThat(printed.err()).contains("Message " + id + " bounced, but its letter cannot be printed");
        assertThat(printed.out()).contains("No letter written to");
        try (Stream<Path> written = Files.list(print)) {
            assertThat(written.toList()).isEmpty();
        }
    }

    /** Sends the convocation in the body to the class, LEROY's address bounces; returns that message's id. */
    private String sendInlineAndBounceLeroy() throws Exception {
        CliRunner.Result sent = cli.run("send", "letter", "Convocation parents", "--contacts", "class=3e A",
                "--inline", "--field", "date_rdv=mardi 12 janvier");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
        assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
        byte[] original = bytesSentTo(BOUNCING);
        assertThat(new String(original, StandardCharsets.UTF_8)).doesNotContain("application/pdf");
        byte[] report = new DeliveryReportWriter("mx.example.org").write(original, BOUNCING,
                BounceReason.UNKNOWN_ADDRESS, Instant.now());
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(report)));
        CliRunner.Result check = cli.run("sent", "check-returns");
        assertThat(check.exitCode()).as(check.err()).isZero();
        List<Map<String, Object>> notReceived = cli.run("sent", "list", "--not-received", "--format", "json")
                .jsonArray();
        assertThat(notReceived).singleElement()
                .satisfies(m -> assertThat(m.get("recipients")).isEqualTo(List.of(BOUNCING)));
        return String.valueOf(notReceived.get(0).get("id"));
    }

    private Object leroyId() {
        return cli.run("contacts", "list", "--format", "json").jsonArray().stream()
                .filter(c -> "LEROY".equals(c.get("lastName")) || "LEROY".equals(c.get("last_name")))
                .findFirst().orElseThrow().get("id");
    }

    private byte[] bytesSentTo(String address) throws Exception {
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address))) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                m.writeTo(bytes);
                return bytes.toByteArray();
            }
        }
        throw new AssertionError("nothing sent to " + address);
    }
}
