package fr.missive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.model.EmailAddress;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.DeliveryOutcome;
import fr.missive.model.mail.InlineImage;
import fr.missive.model.mail.OutgoingMessage;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.Sender;
import fr.missive.model.mail.SmtpSettings;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MIME of each kind of message, built by {@link MimeBuilder}, delivered through one
 * {@link MailConnection} to GreenMail, and read back there: structure, headers, encodings.
 */
class MimeBuilderTest {

    private static final EmailAddress FROM = EmailAddress.parse("secretariat@college-test.fr");
    private static final Sender SENDER = new Sender(FROM, "Secrétariat du collège Jean-Moulin",
            EmailAddress.parse("vie-scolaire@college-test.fr"));
    private static final byte[] PDF = "%PDF-1.4\n% fake but typed bytes\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    private GreenMail greenMail;
    private MailConnection connection;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        connection = new SmtpMailTransport().connect(
                SmtpSettings.of("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE), null);
    }

    @AfterEach
    void stop() {
        connection.dispose();
        greenMail.stop();
    }

    private MimeMessage deliverAndReceive(OutgoingMessage message, String messageId) throws Exception {
        BuiltMessage built = new MimeBuilder().build(message, messageId, Instant.parse("2026-11-27T16:45:00Z"));
        DeliveryOutcome outcome = connection.deliver(built.envelopeFrom(), built.recipients(), built.bytes());
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(greenMail.waitForIncomingEmail(5_000, built.recipients().size())).isTrue();
        return greenMail.getReceivedMessages()[0];
    }

    @Test
    void aLetterWithHtmlLogoAndPdfHasEveryPartInItsPlace() throws Exception {
        OutgoingMessage message = new OutgoingMessage(SENDER, List.of(EmailAddress.parse("famille.begue@élève.fr")),
                List.of(), List.of(), false, "Bulletin du 1er trimestre — Élodie Bègue",
                "Madame, Monsieur,\nveuillez trouver ci-joint le bulletin d'Élodie.\n",
                "<p>Madame, Monsieur,</p><p><img src=\"cid:logo@missive\"> Bulletin d'Élodie</p>",
                List.of(new InlineImage("logo@missive", "image/png", PNG)),
                List.of(Attachment.pdf("Relevé de notes — Élodie Bègue.pdf", PDF)));

        MimeMessage received = deliverAndReceive(message, "<bulletin-1@college-test.fr>");

        assertThat(received.getSubject()).isEqualTo("Bulletin du 1er trimestre — Élodie Bègue");
        assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(received.getMessageID()).isEqualTo("<bulletin-1@college-test.fr>");
        assertThat(received.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-11-27T16:45:00Z"));
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("secretariat@college-test.fr");
        assertThat(from.getPersonal()).isEqualTo("Secrétariat du collège Jean-Moulin");
        assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress()).isEqualTo("vie-scolaire@college-test.fr");
        assertThat(received.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("famille.begue@xn--lve-6lad.fr");

        assertThat(received.getContentType()).startsWith("multipart/mixed");
        Multipart mixed = (Multipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        BodyPart readable = mixed.getBodyPart(0);
        assertThat(readable.getContentType()).startsWith("multipart/alternative");
        Multipart alternative = (Multipart) readable.getContent();
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat((String) alternative.getBodyPart(0).getContent()).contains("bulletin d'Élodie");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("multipart/related");
        Multipart related = (Multipart) alternative.getBodyPart(1).getContent();
        assertThat(related.getBodyPart(0).getContentType()).startsWith("text/html").contains("UTF-8");
        Part logo = related.getBodyPart(1);
        assertThat(logo.getContentType()).startsWith("image/png");
        assertThat(logo.getHeader("Content-ID")).containsExactly("<logo@missive>");
        assertThat(logo.getInputStream().readAllBytes()).isEqualTo(PNG);

        BodyPart pdf = mixed.getBodyPart(1);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdf.getFileName()).isEqualTo("Relevé de notes — Élodie Bègue.pdf");
        assertThat(pdf.getHeader("Content-Disposition")[0]).contains("filename*=UTF-8''Relev%C3%A9");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void aPlainMessageIsOneTextPart() throws Exception {
        OutgoingMessage message = OutgoingMessage.plain(SENDER, List.of(EmailAddress.parse("claire.martin@college-test.fr")),
                false, "Réunion parents-professeurs", "Bonjour,\nla réunion a lieu jeudi à 18 h.\n", List.of());

        MimeMessage received = deliverAndReceive(message, "<plain-1@college-test.fr>");

        assertThat(received.getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat((String) received.getContent()).startsWith("Bonjour,\r\nla réunion a lieu jeudi à 18 h.");
        assertThat(received.getHeader("MIME-Version")).containsExactly("1.0");
    }

    @Test
    void aTextWithAttachmentsHasNoAlternativePart() throws Exception {
        OutgoingMessage message = OutgoingMessage.plain(SENDER, List.of(EmailAddress.parse("claire.martin@college-test.fr")),
                false, "Convocation", "Voir la pièce jointe.\n",
                List.of(Attachment.pdf("Convocation.pdf", PDF), Attachment.pdf("Règlement intérieur.pdf", PDF)));

        MimeMessage received = deliverAndReceive(message, "<mixed-1@college-test.fr>");

        Multipart mixed = (Multipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(mixed.getBodyPart(2).getFileName()).isEqualTo("Règlement intérieur.pdf");
    }

    @Test
    void anAttachmentEncodedInOneGoIsWrittenAsJakartaMailWouldEncodeIt() throws Exception {
        Random random = new Random(19);
        for (int size : new int[] {0, 1, 2, 3, 56, 57, 58, 114, 30_001}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            // As MimeBodyPart.writeTo encodes a part: flushed, never closed.
            OutputStream encoder = MimeUtility.encode(streamed, "base64");
            encoder.write(bytes);
            encoder.flush();

            assertThat(MimeBuilder.base64Lines(bytes)).as("%d bytes", size).isEqualTo(streamed.toByteArray());
        }
    }

    @Test
    void smallAndLargeAttachmentsComeBackAsTheyWere() throws Exception {
        Random random = new Random(7);
        byte[] letter = new byte[30_000];
        byte[] scan = new byte[(2 << 20) + 1];
        random.nextBytes(letter);
        random.nextBytes(scan);
        OutgoingMessage message = OutgoingMessage.plain(SENDER, List.of(EmailAddress.parse("claire.martin@college-test.fr")),
                false, "Dossier", "Voir les pièces jointes.\n",
                List.of(Attachment.pdf("Lettre.pdf", letter), Attachment.pdf("Scan.pdf", scan)));

        byte[] bytes = new MimeBuilder().build(message, "<sizes-1@college-test.fr>", Instant.now()).bytes();
        MimeMessage parsed = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                new ByteArrayInputStream(bytes));

        Multipart mixed = (Multipart) parsed.getContent();
        for (int i = 1; i <= 2; i++) {
            BodyPart part = mixed.getBodyPart(i);
            assertThat(part.getContentType()).startsWith("application/pdf").contains("name=");
            assertThat(part.getHeader("Content-Transfer-Encoding")).containsExactly("base64");
            assertThat(part.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(part.getInputStream().readAllBytes()).isEqualTo(i == 1 ? letter : scan);
        }
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("Lettre.pdf");
    }

    @Test
    void maskedRecipientsAreInTheEnvelopeOnly() throws Exception {
        OutgoingMessage message = new OutgoingMessage(SENDER,
                List.of(EmailAddress.parse("parent.un@college-test.fr"), EmailAddress.parse("parent.deux@college-test.fr")),
                List.of(), List.of(EmailAddress.parse("archives@college-test.fr")), true, "Sortie scolaire",
                "Bonjour\n", null, List.of(), List.of());
        BuiltMessage built = new MimeBuilder().build(message, "<masked-1@college-test.fr>", Instant.now());

        assertThat(built.recipients()).containsExactly("parent.un@college-test.fr", "parent.deux@college-test.fr",
                "archives@college-test.fr");
        String headers = new String(built.bytes(), StandardCharsets.US_ASCII).split("\r\n\r\n", 2)[0];
        assertThat(headers).contains("To: undisclosed-recipients:;").doesNotContain("parent.un")
                .doesNotContainIgnoringCase("Bcc").doesNotContain("archives");

        assertThat(connection.deliver(built.envelopeFrom(), built.recipients(), built.bytes()))
                .isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
        for (MimeMessage copy : greenMail.getReceivedMessages()) {
            assertThat(copy.getMessageID()).isEqualTo("<masked-1@college-test.fr>");
        }
    }

    @Test
    void theServerGetsTheStoredBytesUnchangedOverOneReusedConnection() throws Exception {
        MimeBuilder builder = new MimeBuilder();
        for (int i = 1; i <= 3; i++) {
            OutgoingMessage message = OutgoingMessage.plain(SENDER, List.of(EmailAddress.parse("eleve" + i + "@college-test.fr")),
                    false, "Message " + i, ".ligne qui commence par un point\n", List.of());
            BuiltMessage built = builder.build(message, "<reuse-" + i + "@college-test.fr>", Instant.now());
            assertThat(connection.deliver(built.envelopeFrom(), built.recipients(), built.bytes()))
                    .isInstanceOf(DeliveryOutcome.Delivered.class);
        }
        assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
        MimeMessage second = greenMail.getReceivedMessages()[1];
        assertThat(second.getMessageID()).isEqualTo("<reuse-2@college-test.fr>");
        assertThat(GreenMailUtil.getBody(second)).contains(".ligne qui commence par un point");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        second.writeTo(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).contains("Message-ID: <reuse-2@college-test.fr>");
    }
}
