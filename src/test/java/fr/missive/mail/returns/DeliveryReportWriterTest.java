package fr.missive.mail.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReportFormat;
import fr.missive.model.returns.ReturnKind;
import fr.missive.model.returns.ReturnReport;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The bounce the sandbox sends is a real RFC 3464 report, and reading it gives back what was written. */
class DeliveryReportWriterTest {

    private static final Instant FAILED_AT = Instant.parse("2026-01-12T08:10:02Z");
    private static final String ORIGINAL = String.join("\r\n",
            "Date: Mon, 12 Jan 2026 09:09:58 +0100",
            "From: =?UTF-8?Q?Secr=C3=A9tariat?= <secretariat@college-jaures.example.org>",
            "To: famille.martin@rebond.invalid",
            "Message-ID: <missive.9001.1768205398@college-jaures.example.org>",
            "Subject: =?UTF-8?Q?Convocation_=C3=A0_la_r=C3=A9union?=",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            "Madame, Monsieur, vous êtes convoqués.",
            "");

    private final DeliveryReportWriter writer = new DeliveryReportWriter("sandbox.missive.invalid");

    @ParameterizedTest
    @EnumSource(BounceReason.class)
    void whatIsWrittenIsReadBackTheSame(BounceReason reason) {
        byte[] bounce = writer.write(ORIGINAL.getBytes(StandardCharsets.UTF_8), "famille.martin@rebond.invalid",
                reason, FAILED_AT);

        ReturnReport report = new ReturnReportReader().read(bounce, Instant.EPOCH).orElseThrow();

        assertThat(report.format()).isEqualTo(ReportFormat.DSN);
        assertThat(report.originalMessageId()).isEqualTo("<missive.9001.1768205398@college-jaures.example.org>");
        assertThat(report.receivedAt()).isEqualTo(FAILED_AT);
        assertThat(report.recipients()).containsExactly(new RecipientReturn("famille.martin@rebond.invalid",
                ReturnKind.BOUNCED, reason, DeliveryReportWriter.failureFor(reason, "famille.martin@rebond.invalid")
                .statusCode(), DeliveryReportWriter.failureFor(reason, "famille.martin@rebond.invalid").diagnostic(),
                FAILED_AT));
    }

    @Test
    void theReportIsAMultipartReportWithTextStatusAndTheOriginalsHeadersOnly() throws Exception {
        byte[] bounce = writer.write(ORIGINAL.getBytes(StandardCharsets.UTF_8), "famille.martin@rebond.invalid",
                BounceReason.UNKNOWN_ADDRESS, FAILED_AT);

        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bounce));
        ContentType type = new ContentType(message.getContentType());
        assertThat(type.getBaseType()).isEqualTo("multipart/report");
        assertThat(type.getParameter("report-type")).isEqualTo("delivery-status");
        assertThat(message.getHeader("To", null)).isEqualTo("secretariat@college-jaures.example.org");
        assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(baseType(parts.getBodyPart(0))).isEqualTo("text/plain");
        assertThat(baseType(parts.getBodyPart(1))).isEqualTo("message/delivery-status");
        assertThat(baseType(parts.getBodyPart(2))).isEqualTo("text/rfc822-headers");
        String returned = new String(parts.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(returned).contains("Message-ID: <missive.9001.1768205398@college-jaures.example.org>")
                .doesNotContain("vous êtes convoqués");
        assertThat(new String(bounce, StandardCharsets.ISO_8859_1)).doesNotContain("\n\n").contains("\r\n");
    }

    @Test
    void theSameFailureWritesTheSameReport() {
        byte[] original = ORIGINAL.getBytes(StandardCharsets.UTF_8);

        assertThat(writer.write(original, "a@rebond.invalid", BounceReason.MAILBOX_FULL, FAILED_AT))
                .isEqualTo(writer.write(original, "a@rebond.invalid", BounceReason.MAILBOX_FULL, FAILED_AT))
                .isNotEqualTo(writer.write(original, "b@rebond.invalid", BounceReason.MAILBOX_FULL, FAILED_AT));
    }

    @Test
    void anOriginalWithoutSenderIsRefusedWithAClearReason() {
        byte[] anonymous = "Subject: nobody\r\nMessage-ID: <x@example.org>\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> writer.write(anonymous, "a@rebond.invalid", BounceReason.OTHER, FAILED_AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sender");
    }

    private static String baseType(BodyPart part) throws Exception {
        return new ContentType(part.getContentType()).getBaseType();
    }
}
