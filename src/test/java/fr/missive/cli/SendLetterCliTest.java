package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.render.PdfProbe;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code send letter}: e-mails queued then delivered to GreenMail and read back, letters to print as PDFs. */
class SendLetterCliTest {

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;
    private GreenMail greenMail;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRunner(folder, Locale.FRENCH);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Path logo = files.resolve("logo.png");
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 120, 60);
        g.dispose();
        ImageIO.write(image, "png", logo.toFile());
        assertThat(cli.initCollege(
                "--address", "12 avenue des Frères-Lumière", "--postcode", "69008", "--city", "Lyon",
                "--logo", logo.toString()).exitCode()).isZero();
        Path csv = files.resolve("eleves.csv");
        Files.writeString(csv, """
                Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement
                SIMON;Anaïs;3e A;59 chemin du Moulin;74000;Annecy;anais.simon@example.org;oui
                BÈGUE;Océane;3e A;2 rue de la Paix;69001;Lyon;;oui
                REFUS;Jules;3e A;;;;jules@example.org;non
                AUTRE;Zoé;4e B;1 rue Haute;69002;Lyon;zoe@example.org;oui
                SANSADRESSE;Léo;5e C;;;;leo@example.org;oui
                """, StandardCharsets.UTF_8);
        CliRunner.Result imported = cli.run("contacts", "import", csv.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path template = files.resolve("convocation.md");
        Files.writeString(template, LetterCliTest.CONVOCATION, StandardCharsets.UTF_8);
        assertThat(cli.run("letter", "import", template.toString()).exitCode()).isZero();
        assertThat(cli.addLoopbackAccount(greenMail.getSmtp().getPort()).exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private static String pdfText(byte[] pdf) {
        return PdfProbe.text(pdf);
    }

    @Test
    void emailsWhoAcceptsItAndWritesTheOthersLettersToPrint() throws Exception {
        Path intro = files.resolve("message.txt");
        Files.writeString(intro, "Bonjour,\nvoici la convocation de {{first_name}}.", StandardCharsets.UTF_8);
        Path print = files.resolve("à imprimer");

        CliRunner.Result sent = cli.run("send", "letter", "Convocation parents", "--contacts", "class=3e A",
                "--attach-pdf", "--inline", "--pdf-name", "Convocation {{last_name}} {{first_name}}",
                "--subject", "Convocation — {{first_name}} {{last_name}}", "--body-file", intro.toString(),
                "--field", "date_rdv=mardi 1er décembre", "--print-dir", print.toString());

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        Map<String, Object> summary = sent.jsonObject();
        assertThat(summary).containsEntry("queued", 1).containsEntry("to_print", 2).containsEntry("printed", 2)
                .containsEntry("skipped", List.of());
        assertThat(summary.get("print_list").toString()).contains("Océane BÈGUE", "Pas d’adresse électronique",
                "Jules REFUS", "Refuse les courriels");
        assertThat(sent.err()).contains("Jules REFUS").contains("sans adresse postale");
        try (var written = Files.list(print)) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("BÈGUE Océane.pdf", "REFUS Jules.pdf");
        }
        assertThat(pdfText(Files.readAllBytes(print.resolve("BÈGUE Océane.pdf"))))
                .contains("mardi 1er décembre", "Océane BÈGUE");
        // On paper, a missing address is noted where the envelope window shows it, for the secretariat.
        assertThat(pdfText(Files.readAllBytes(print.resolve("REFUS Jules.pdf"))))
                .contains("Jules REFUS", "(adresse postale manquante)");

        CliRunner.Result run = cli.run("outbox", "run", "--until-empty", "--max-seconds", "30");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Convocation — Anaïs SIMON");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("anais.simon@example.org");

        assertThat(received.getContentType()).startsWith("multipart/mixed");
        Multipart mixed = (Multipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        BodyPart readable = mixed.getBodyPart(0);
        assertThat(readable.getContentType()).startsWith("multipart/alternative");
        Multipart alternative = (Multipart) readable.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) alternative.getBodyPart(0).getContent())
                .contains("voici la convocation de Anaïs", "mardi 1er décembre", "SIMON (3e A)");
        Multipart related = (Multipart) alternative.getBodyPart(1).getContent();
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("multipart/related");
        assertThat(related.getCount()).isEqualTo(2);
        assertThat(related.getBodyPart(0).getContentType()).startsWith("text/html");
        String html = (String) related.getBodyPart(0).getContent();
        assertThat(html).contains("voici la convocation de Anaïs", "mardi 1er décembre", "cid:logo@missive");
        BodyPart logo = related.getBodyPart(1);
        assertThat(logo.getContentType()).startsWith("image/png");
        assertThat(((jakarta.mail.internet.MimeBodyPart) logo).getContentID()).isEqualTo("<logo@missive>");

        BodyPart pdf = mixed.getBodyPart(1);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(MimeUtility.decodeText(pdf.getFileName())).isEqualTo("Convocation SIMON Anaïs.pdf");
        byte[] attached;
        try (InputStream in = pdf.getInputStream()) {
            attached = in.readAllBytes();
        }
        assertThat(pdfText(attached)).contains("mardi 1er décembre", "Anaïs SIMON", "Collège Jean Moulin");
        String raw = new String(receivedBytes(received), StandardCharsets.US_ASCII);
        assertThat(raw).contains("filename*=UTF-8''Convocation%20SIMON%20Ana%C3%AFs.pdf");
    }

    private static byte[] receivedBytes(MimeMessage message) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void anUnknownFieldSkipsTheContactAndTheAccountDefaultsToTheUsersOwn() throws Exception {
        CliRunner.Result sent = cli.run("send", "letter", "Convocation parents", "--contacts", "search=Zoé",
                "--subject", "CONVOCATION IMPORTANTE {{surnom}}", "--field", "date_rdv=lundi");

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        Map<String, Object> summary = sent.jsonObject();
        assertThat(summary).containsEntry("queued", 0).containsEntry("to_print", 0);
        assertThat(summary.get("skipped").toString()).contains("Zoé AUTRE", "{{surnom}}");
        assertThat(sent.err()).contains("majuscules");

        CliRunner.Result plain = cli.run("send", "letter", "Convocation parents", "--contacts", "search=Zoé",
                "--field", "date_rdv=lundi");
        assertThat(plain.jsonObject()).containsEntry("queued", 1);
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Rendez-vous au sujet de Zoé");
        Multipart mixed = (Multipart) received.getContent();
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) mixed.getBodyPart(0).getContent()).contains("en pièce jointe");
        assertThat(MimeUtility.decodeText(mixed.getBodyPart(1).getFileName()))
                .isEqualTo("Convocation parents AUTRE Zoé.pdf");
    }

    @Test
    void theSentLogNamesTheLetterAndTheContactAndPurgesTheContactsMessagesOnRequest() {
        assertThat(cli.run("send", "letter", "Convocation parents", "--contacts", "search=Zoé",
                "--field", "date_rdv=lundi").exitCode()).isZero();
        assertThat(cli.run("send", "mail", "--to", "direction@example.org", "--subject", "Point", "--body", "Texte")
                .exitCode()).isZero();
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
        Map<String, Object> zoe = cli.run("contacts", "list", "--format", "json").jsonArray().stream()
                .filter(c -> "Zoé".equals(c.get("firstName"))).findFirst().orElseThrow();

        List<Map<String, Object>> log = cli.run("sent", "list", "--search", "convocation zoe", "--format", "json")
                .jsonArray();
        assertThat(log).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("template", "Convocation parents");
            assertThat(m.get("contacts")).isEqualTo(List.of(Map.of("id", zoe.get("id"), "name", "Zoé AUTRE")));
        });
        String id = String.valueOf(log.get(0).get("id"));
        assertThat(cli.run("sent", "show", id).out()).contains("Convocation parents", "Zoé AUTRE");
        assertThat(cli.run("sent", "list", "--format", "csv").out()).contains(";Convocation parents;Zoé AUTRE;");

        CliRunner.Result purge = cli.run("sent", "purge", "--contact", String.valueOf(zoe.get("id")));

        assertThat(purge.exitCode()).as(purge.err()).isZero();
        assertThat(purge.out()).contains("un supprimé");
        assertThat(cli.run("sent", "list", "--format", "json").jsonArray()).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("subject", "Point"));
    }

    /** That note is for the paper letters the secretariat posts: a family reached by e-mail never sees it. */
    @Test
    void aLetterEmailedToAFamilyWithoutPostalAddressCarriesTheirNameWithoutTheMissingAddressNote() throws Exception {
        CliRunner.Result sent = cli.run("send", "letter", "Convocation parents", "--contacts", "class=5e C",
                "--attach-pdf", "--field", "date_rdv=mardi 1er décembre");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.jsonObject()).containsEntry("queued", 1);

        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        Multipart mixed = (Multipart) greenMail.getReceivedMessages()[0].getContent();
        byte[] attached;
        try (InputStream in = mixed.getBodyPart(1).getInputStream()) {
            attached = in.readAllBytes();
        }
        assertThat(pdfText(attached)).contains("Léo SANSADRESSE", "mardi 1er décembre")
                .doesNotContain("adresse postale");
    }

    @Test
    void sendMailTakesTheContactsWhoAcceptEmail() {
        CliRunner.Result sent = cli.run("send", "mail", "--contacts", "class=3e A", "--subject", "Sortie",
                "--body", "Bonjour");

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        List<Map<String, Object>> list = cli.run("outbox", "list", "--format", "json").jsonArray();
        assertThat(list).singleElement().satisfies(m -> assertThat(m.get("recipients"))
                .isEqualTo(List.of("anais.simon@example.org")));
        assertThat(Arrays.asList(sent.out().split("\n"))).isNotEmpty();
    }
}
