package fr.missive.mail.returns;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReportFormat;
import fr.missive.model.returns.ReturnKind;
import fr.missive.model.returns.ReturnReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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

    @Test
    void exchangeOnlineReportWithItsRecipientNotFoundCode() {
        ReturnReport report = read("exchange-online.eml");

        assertThat(report.format()).isEqualTo(ReportFormat.DSN);
        assertThat(report.originalMessageId()).isEqualTo("<missive.4801.1768205999@college-jaures.example.org>");
        assertThat(report.receivedAt()).isEqualTo(Instant.parse("2026-01-12T08:21:10Z"));
        assertThat(report.recipients()).containsExactly(new RecipientReturn("j.bernard@lycee-hugo.example.org",
                ReturnKind.BOUNCED, BounceReason.UNKNOWN_ADDRESS, "5.1.10",
                "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                Instant.parse("2026-01-12T08:21:09Z")));
    }

    @Test
    void exchangeTextReportWithoutDeliveryStatusIsReadFromItsDiagnosticSection() {
        ReturnReport report = read("exchange-legacy-text.eml");

        assertThat(report.format()).isEqualTo(ReportFormat.PLAIN_TEXT);
        assertThat(report.originalMessageId()).isEqualTo("<missive.4807.1768224880@college-jaures.example.org>");
        assertThat(report.recipients()).containsExactly(new RecipientReturn("s.lambert@example.com",
                ReturnKind.BOUNCED, BounceReason.UNKNOWN_ADDRESS, "5.1.10",
                "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                        + "address lookup'", Instant.parse("2026-01-12T13:34:45Z")));
    }

    @Test
    void gmailReportSaysMailboxFullWithGooglesMultiLineAnswerKept() {
        ReturnReport report = read("gmail.eml");

        assertThat(report.format()).isEqualTo(ReportFormat.DSN);
        assertThat(report.originalMessageId()).isEqualTo("<missive.4802.1768206700@college-jaures.example.org>");
        assertThat(report.recipients()).containsExactly(new RecipientReturn("parent.dupont@example.com",
                ReturnKind.BOUNCED, BounceReason.MAILBOX_FULL, "5.2.2",
                "552-5.2.2 The email account that you tried to reach is over quota and inactive. 552-5.2.2 Please "
                        + "direct the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm "
                        + "5a6b7c8d9e.29 - gsmtp", Instant.parse("2026-01-12T08:31:45Z")));
    }

    @Test
    void gmailReportWithoutTheReturnedMessageIsMatchedByItsOriginalMessageIdField() {
        String whole = new String(Samples.bytes("gmail.eml"), StandardCharsets.US_ASCII);
        String withoutOriginal = whole.substring(0, whole.indexOf("--0000000000003f9a1c062a7b5e10\nContent-Type: message/rfc822"))
                .replace("References: <missive.4802.1768206700@college-jaures.example.org>\n", "")
                .replace("In-Reply-To: <missive.4802.1768206700@college-jaures.example.org>\n", "")
                + "--0000000000003f9a1c062a7b5e10--\n";

        Optional<ReturnReport> report = reader.read(withoutOriginal.getBytes(StandardCharsets.US_ASCII), Samples.ARRIVED);

        assertThat(report).map(ReturnReport::originalMessageId)
                .contains("<missive.4802.1768206700@college-jaures.example.org>");
    }

    @Test
    void gmailPlainTextReportTakesTheRecipientFromXFailedRecipientsAndTheAnswerFromItsText() {
        ReturnReport report = read("gmail-legacy-plain.eml");

        assertThat(report.format()).isEqualTo(ReportFormat.PLAIN_TEXT);
        assertThat(report.originalMessageId()).isEqualTo("<missive.4803.1768203000@college-jaures.example.org>");
        assertThat(report.recipients()).containsExactly(new RecipientReturn("m.petit@example.jp",
                ReturnKind.BOUNCED, BounceReason.UNKNOWN_ADDRESS, "5.1.1",
                "550 5.1.1 <m.petit@example.jp>... User Unknown", Instant.parse("2026-01-12T07:31:02Z")));
    }

    @Test
    void postfixReportWithReturnedHeadersSaysRefusedAsSpam() {
        ReturnReport report = read("postfix.eml");

        assertThat(report.format()).isEqualTo(ReportFormat.DSN);
        assertThat(report.originalMessageId()).isEqualTo("<missive.4804.1768210509@college-jaures.example.org>");
        assertThat(report.reportMessageId()).isEqualTo("<20260112093516.7C41A1FB98@smtp.college-jaures.example.org>");
        assertThat(report.recipients()).containsExactly(new RecipientReturn("famille.roux@example.net",
                ReturnKind.BOUNCED, BounceReason.REFUSED_AS_SPAM, "5.7.1",
                "554 5.7.1 Message rejected as spam by content filtering", Instant.parse("2026-01-12T09:35:10Z")));
    }

    @Test
    void eximClassicTextGivesTheFailedAddressWithTheRemoteServersAnswer() {
        ReturnReport report = read("exim.eml");

        assertThat(report.format()).isEqualTo(ReportFormat.PLAIN_TEXT);
        assertThat(report.originalMessageId()).isEqualTo("<missive.4805.1768212918@college-jaures.example.org>");
        assertThat(report.reportMessageId()).isEqualTo("<E1vQ2Zb-000FL1-4q@relais.example.org>");
        assertThat(report.recipients()).containsExactly(new RecipientReturn("a.moreau@example.ed.jp",
                ReturnKind.BOUNCED, BounceReason.MAILBOX_DISABLED, "5.2.1",
                "host mx.example.ed.jp [192.0.2.20] SMTP error from remote mail server after "
                        + "RCPT TO:<a.moreau@example.ed.jp>: 550 5.2.1 <a.moreau@example.ed.jp>: mailbox disabled, "
                        + "account closed", Instant.parse("2026-01-12T10:15:23Z")));
    }

    @Test
    void qmailBounceGivesEachAddressItsOwnParagraphAndIgnoresTheQuotedOriginal() {
        ReturnReport report = read("qmail.eml");

        assertThat(report.format()).isEqualTo(ReportFormat.PLAIN_TEXT);
        assertThat(report.originalMessageId()).isEqualTo("<missive.4806.1768219200@college-jaures.example.org>");
        Instant date = Instant.parse("2026-01-12T12:00:01Z");
        assertThat(report.recipients()).containsExactly(
                new RecipientReturn("l.girard@example.ne.jp", ReturnKind.BOUNCED, BounceReason.UNKNOWN_ADDRESS,
                        "5.1.1", "Sorry, no mailbox here by that name. (#5.1.1)", date),
                new RecipientReturn("t.fournier@example.ne.jp", ReturnKind.BOUNCED, BounceReason.MAILBOX_FULL,
                        null, "192.0.2.32 does not like recipient. Remote host said: 552 sorry, mailbox is full "
                        + "Giving up on 192.0.2.32.", date));
    }

    @Test
    void readReceiptSaysDeletedUnread() {
        ReturnReport report = read("mdn-deleted.eml");

        assertThat(report.format()).isEqualTo(ReportFormat.MDN);
        assertThat(report.originalMessageId()).isEqualTo("<missive.4713.1768201800@college-jaures.example.org>");
        assertThat(report.recipients()).containsExactly(new RecipientReturn("famille.martin2@example.org",
                ReturnKind.DELETED, null, null, null, Instant.parse("2026-01-14T15:40:12Z")));
    }

    @Test
    void aReportAboutAMessageMissiveDidNotSendIsStillReadSoThatMatchingCanLeaveItAlone() {
        ReturnReport report = read("dsn-not-from-missive.eml");

        assertThat(report.originalMessageId()).isEqualTo("<0a1b2c3d-webmail-5566@webmail.college-jaures.example.org>");
        assertThat(report.recipients()).extracting(RecipientReturn::address, RecipientReturn::kind,
                        RecipientReturn::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fournisseur@example.com", ReturnKind.BOUNCED,
                        BounceReason.UNKNOWN_ADDRESS));
    }

    @Test
    void aMalformedReportAmongOthersStopsNone() {
        List<String> mailbox = List.of("postfix.eml", "malformed-dsn.eml", "plain-reply.eml", "qmail.eml");

        List<String> originals = mailbox.stream().map(name -> reader.read(Samples.bytes(name), Samples.ARRIVED))
                .flatMap(Optional::stream).map(ReturnReport::originalMessageId).toList();

        assertThat(originals).containsExactly("<missive.4804.1768210509@college-jaures.example.org>",
                "<missive.4806.1768219200@college-jaures.example.org>");
    }

    @Test
    void aReportWithoutMessageIdIsNamedByAStableDigestOfItsBytes() {
        byte[] qmail = Samples.bytes("qmail.eml");

        String first = read("qmail.eml").reportMessageId();

        assertThat(first).startsWith("<").endsWith("@report-digest.missive.invalid>");
        assertThat(reader.read(qmail.clone(), Instant.EPOCH).orElseThrow().reportMessageId()).isEqualTo(first);
    }
}
