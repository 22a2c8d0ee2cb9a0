package fr.missive.mail.returns;

import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReportFormat;
import fr.missive.model.returns.ReturnKind;
import fr.missive.model.returns.ReturnReport;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a message out of a mailbox and says whether it is a report about a message that was sent
 * — a delivery report (RFC 3464, and the plain-text bounces of qmail, older Exim and gateways) or
 * a read receipt (RFC 8098) — and what it says about each recipient.
 *
 * <p>It never throws for what it is given: a message that is not a report, or a report whose
 * original Message-ID cannot be found, or bytes that are not a message at all, give an empty
 * answer (logged at FINE), so one odd message never stops the reading of a mailbox.
 */
public final class ReturnReportReader {

    private static final Logger LOG = Logger.getLogger(ReturnReportReader.class.getName());

    /** Words in the Subject of the bounces that come without a delivery-status part. */
    private static final List<String> BOUNCE_SUBJECTS = List.of("undeliver", "undelivered", "delivery status notification",
            "failure notice", "mail delivery failed", "returned mail", "delivery failure", "delivery has failed",
            "not delivered", "could not be delivered", "warning: message", "delayed mail", "non remis",
            "échec de la remise", "echec de la remise", "mail delivery system");

    private final Session session;

    public ReturnReportReader() {
        Properties properties = new Properties();
        // Reports come from every kind of server: read what they wrote rather than refuse it.
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        this.session = Session.getInstance(properties);
    }

    /**
     * The report this message is, or empty when it is none (or names no original message).
     *
     * @param rawMessage the message as the mailbox holds it (RFC 5322 bytes)
     * @param arrivedAt  when the mailbox received it, used when the message has no Date
     */
    public Optional<ReturnReport> read(byte[] rawMessage, Instant arrivedAt) {
        Objects.requireNonNull(arrivedAt, "arrivedAt");
        if (rawMessage == null || rawMessage.length == 0) {
            LOG.fine("An empty message is no report.");
            return Optional.empty();
        }
        try {
            return readMessage(rawMessage, arrivedAt);
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.log(Level.FINE, "A message that could not be read as a report was left alone", e);
            return Optional.empty();
        }
    }

    private Optional<ReturnReport> readMessage(byte[] raw, Instant arrivedAt) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        ReportParts parts = ReportParts.of(message);
        Instant date = Optional.ofNullable(message.getHeader("Date", null)).flatMap(MailDates::parse).orElse(arrivedAt);
        String reportId = Optional.ofNullable(message.getHeader("Message-ID", null)).flatMap(OriginalHeaders::firstId)
                .orElseGet(() -> digestId(raw));
        if (parts.dispositionNotification != null) {
            return readReceipt(message, parts, reportId, date);
        }
        List<RecipientReturn> statusRecipients = parts.deliveryStatus == null ? List.of()
                : DeliveryStatusReader.read(parts.deliveryStatus, date);
        // A delivery-status part that names no recipient (seen emptied by gateways) leaves the words to say it.
        if (!statusRecipients.isEmpty()) {
            Optional<String> original = OriginalHeaders.messageIdIn(parts.originalHeaders)
                    .or(() -> DeliveryStatusReader.originalMessageId(parts.deliveryStatus))
                    .or(() -> OriginalHeaders.messageIdQuotedIn(parts.text()))
                    .or(() -> answered(message));
            return report(reportId, original, ReportFormat.DSN, date, statusRecipients, "delivery report");
        }
        if (!looksLikeBounce(message, parts)) {
            return Optional.empty();
        }
        String text = parts.text();
        Optional<String> original = OriginalHeaders.messageIdIn(parts.originalHeaders)
                .or(() -> OriginalHeaders.messageIdQuotedIn(text))
                .or(() -> answered(message));
        List<RecipientReturn> recipients = PlainBounceReader.read(text, message.getSubject(),
                message.getHeader("X-Failed-Recipients", ","), date);
        return report(reportId, original, ReportFormat.PLAIN_TEXT, date, recipients, "plain-text bounce");
    }

    private Optional<ReturnReport> readReceipt(MimeMessage message, ReportParts parts, String reportId, Instant date)
            throws MessagingException {
        Optional<DispositionReader.Disposition> disposition = DispositionReader.read(parts.dispositionNotification);
        if (disposition.isEmpty()) {
            LOG.fine("A disposition notification that says neither displayed nor deleted was left alone.");
            return Optional.empty();
        }
        Optional<String> original = disposition.get().originalMessageId()
                .or(() -> OriginalHeaders.messageIdIn(parts.originalHeaders))
                .or(() -> answered(message));
        Optional<String> recipient = disposition.get().recipient().or(() -> sender(message));
        if (recipient.isEmpty()) {
            LOG.fine("A read receipt that names nobody was left alone.");
            return Optional.empty();
        }
        ReturnKind kind = disposition.get().kind();
        return report(reportId, original, ReportFormat.MDN, date,
                List.of(DispositionReader.toReturn(recipient.get(), kind, date)), "read receipt");
    }

    private static Optional<ReturnReport> report(String reportId, Optional<String> original, ReportFormat format,
                                                 Instant date, List<RecipientReturn> recipients, String what) {
        if (original.isEmpty()) {
            LOG.fine(() -> "A " + what + " that does not name its original message was left alone: " + reportId);
            return Optional.empty();
        }
        if (recipients.isEmpty()) {
            LOG.fine(() -> "A " + what + " that names no recipient was left alone: " + reportId);
            return Optional.empty();
        }
        return Optional.of(new ReturnReport(reportId, original.get(), format, date, recipients));
    }

    /** A bounce without a delivery-status part: sent by a mailer daemon, or titled as bounces are. */
    private static boolean looksLikeBounce(MimeMessage message, ReportParts parts) throws MessagingException {
        if (message.getHeader("X-Failed-Recipients") != null || "delivery-status".equals(parts.reportType)) {
            return true;
        }
        Address[] from = message.getFrom();
        if (from != null) {
            for (Address address : from) {
                String sender = address instanceof InternetAddress ia
                        ? (ia.getAddress() + " " + Objects.toString(ia.getPersonal(), "")) : address.toString();
                String lower = sender.toLowerCase(Locale.ROOT);
                if (lower.contains("mailer-daemon") || lower.startsWith("postmaster@")
                        || lower.contains("mail delivery")) {
                    return true;
                }
            }
        }
        String subject = Objects.toString(message.getSubject(), "").toLowerCase(Locale.ROOT);
        return BOUNCE_SUBJECTS.stream().anyMatch(subject::contains);
    }

    /** The message a report answers, as its In-Reply-To or References say (Gmail's bounces, mail programs' receipts). */
    private static Optional<String> answered(MimeMessage message) {
        try {
            Optional<String> inReplyTo = OriginalHeaders.firstId(message.getHeader("In-Reply-To", " "));
            return inReplyTo.isPresent() ? inReplyTo : OriginalHeaders.lastId(message.getHeader("References", " "));
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress ia) {
                return Optional.ofNullable(ia.getAddress());
            }
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "A read receipt's From could not be read", e);
        }
        return Optional.empty();
    }

    /** A stable name for a report that has no Message-ID, so that reading it twice records it once. */
    private static String digestId(byte[] raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@report-digest.missive.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
