package fr.missive.mail.returns;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReportFormat;
import fr.missive.model.returns.ReturnKind;
import fr.missive.model.returns.ReturnReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads each report sample and checks every fact the sent log will show. */
class ReturnReportReaderTest {

    private final ReturnReportReader reader = new ReturnReportReader();

    private ReturnReport read(String sample) {
        Optional<ReturnReport> report = reader.read(Samples.bytes(sample), Samples.ARRIVED);
        assertThat(report).as(sample).isPresent();
        return report.orElseThrow();
    }

    @Test
    void standardDsnGivesEachRecipientItsOwnOutcomeReasonAndDate() {
        ReturnReport report = read("dsn-several-recipients.eml");

        assertThat(report.format()).isEqualTo(ReportFormat.DSN);
        assertThat(report.originalMessageId()).isEqualTo("<missive.4711.1768201798@college-jaures.example.org>");
        assertThat(report.reportMessageId()).isEqualTo("<202601120814.AAA00042@relais.example.org>");
        assertThat(report.receivedAt()).isEqualTo(Instant.parse("2026-01-12T08:14:05Z"));
        assertThat(report.recipients()).containsExactly(
                new RecipientReturn("famille.martin@example.net", ReturnKind.BOUNCED, BounceReason.UNKNOWN_ADDRESS,
                        "5.1.1", "550 5.1.1 <famille.martin@example.net>: Recipient address rejected: "
                        + "User unknown in local recipient table", Instant.parse("2026-01-12T07:10:02Z")),
                new RecipientReturn("c.durand@example.com", ReturnKind.DELAYED, BounceReason.NOT_REACHABLE,
                        "4.4.1", "connect to mx.example.com[192.0.2.25]:25: Connection timed out",
                        Instant.parse("2026-01-12T08:14:04Z")),
                // Status 5.0.0 says nothing: the 5.2.2 in the server's words does; no Last-Attempt-Date: Arrival-Date.
                new RecipientReturn("p.leroy@example.net", ReturnKind.BOUNCED, BounceReason.MAILBOX_FULL,
                        "5.0.0", "552 5.2.2 <p.leroy@example.net>: mailbox is over quota",
                        Instant.parse("2026-01-12T07:10:00Z")));
    }

    @Test
    void readReceiptSaysDisplayedByWhomAndWhen() {
        ReturnReport report = read("mdn-displayed.eml");

        assertThat(report.format()).isEqualTo(ReportFormat.MDN);
        assertThat(report.originalMessageId()).isEqualTo("<missive.4712.1768201799@college-jaures.example.org>");
        assertThat(report.recipients()).containsExactly(new RecipientReturn("c.durand@example.com",
                ReturnKind.DISPLAYED, null, null, null, Instant.parse("2026-01-13T18:02:41Z")));
    }

    @Test
    void anOrdinaryReplyIsNoReportEvenWhenItAnswersASentMessageAndSpeaksOfAnUnknownUser() {
        assertThat(reader.read(Samples.bytes("plain-reply.eml"), Samples.ARRIVED)).isEmpty();
    }

    @Test
    void aMalformedReportGivesNothingAndThrowsNothing() {
        assertThat(reader.read(Samples.bytes("malformed-dsn.eml"), Samples.ARRIVED)).isEmpty();
        assertThat(reader.read(new byte[0], Samples.ARRIVED)).isEmpty();
        assertThat(reader.read("not a message at all\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1),
                Samples.ARRIVED)).isEmpty();
    }
}
