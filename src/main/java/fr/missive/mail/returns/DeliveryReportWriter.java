package fr.missive.mail.returns;

import fr.missive.model.returns.BounceReason;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Writes the delivery report a mail server would send when a message cannot reach a recipient:
 * a real RFC 3464 bounce ({@code multipart/report; report-type=delivery-status}) with a text for
 * people, the {@code message/delivery-status} fields, and the original's headers as
 * {@code text/rfc822-headers}, as Postfix writes it. The sandbox's catcher sends it for the
 * addresses that must bounce; tests read it back with {@link ReturnReportReader}.
 */
public final class DeliveryReportWriter {

    private static final DateTimeFormatter MAIL_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final String reportingHost;

    /** @param reportingHost the name of the server that reports, as in {@code Reporting-MTA} and its MAILER-DAEMON address */
    public DeliveryReportWriter(String reportingHost) {
        this.reportingHost = Objects.requireNonNull(reportingHost, "reportingHost");
    }

    /** The status code and the server's words a report gives for a reason, as common servers write them. */
    record Failure(String statusCode, String diagnostic) {
    }

    static Failure failureFor(BounceReason reason, String recipient) {
        return switch (reason) {
            case UNKNOWN_ADDRESS -> new Failure("5.1.1", "550 5.1.1 <" + recipient + ">: Recipient address rejected: "
                    + "User unknown in local recipient table");
            case UNKNOWN_DOMAIN -> new Failure("5.1.2", "Host or domain name not found. Name service error for name="
                    + domainOf(recipient) + " type=MX: Host not found");
            case MAILBOX_FULL -> new Failure("5.2.2", "552 5.2.2 <" + recipient + ">: Mailbox full");
            case MAILBOX_DISABLED -> new Failure("5.2.1", "550 5.2.1 <" + recipient + ">: Mailbox disabled");
            case REFUSED_AS_SPAM -> new Failure("5.7.1", "554 5.7.1 Message refused as spam by content filtering");
            case TOO_LARGE -> new Failure("5.3.4", "552 5.3.4 Message size exceeds fixed limit");
            case NOT_REACHABLE -> new Failure("5.4.7", "delivery time expired: connect to " + domainOf(recipient)
                    + ": Connection timed out");
            case OTHER -> new Failure("5.0.0", "550 5.0.0 <" + recipient + ">: Delivery failed");
        };
    }

    /**
     * The report that {@code recipient} could not receive {@code originalMessage}, for good.
     *
     * @param originalMessage the message as it was sent (its headers are returned; its body is not)
     * @param recipient       the envelope recipient that failed
     * @param reason          why; its usual status code and server text are written
     * @param at              when the delivery failed
     * @return the report's bytes (RFC 5322, CRLF line ends), addressed to the original's sender
     * @throws IllegalArgumentException when the original has no sender to return the report to
     */
    public byte[] write(byte[] originalMessage, String recipient, BounceReason reason, Instant at) {
        Objects.requireNonNull(originalMessage, "originalMessage");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        byte[] headers = headerSection(originalMessage);
        String sender = senderOf(originalMessage);
        Failure failure = failureFor(reason, recipient);
        String token = digest(originalMessage, recipient, at);
        String boundary = token + "/" + reportingHost;
        String date = MAIL_DATE.format(at);
        boolean eightBit = !isAscii(headers);

        ByteArrayOutputStream out = new ByteArrayOutputStream(headers.length + 2048);
        lines(out,
                "Return-Path: <>",
                "Date: " + date,
                "From: MAILER-DAEMON@" + reportingHost + " (Mail Delivery System)",
                "To: " + sender,
                "Subject: Undelivered Mail Returned to Sender",
                "Message-ID: <" + token + "@" + reportingHost + ">",
                "Auto-Submitted: auto-replied",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status;",
                "\tboundary=\"" + boundary + "\"",
                "",
                "This is a MIME-encapsulated message.",
                "",
                "--" + boundary,
                "Content-Description: Notification",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "This is the mail system at host " + reportingHost + ".",
                "",
                "I'm sorry to have to inform you that your message could not",
                "be delivered to one or more recipients. Its headers are attached below.",
                "",
                "<" + recipient + ">: " + failure.diagnostic(),
                "",
                "--" + boundary,
                "Content-Description: Delivery report",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; " + reportingHost,
                "Arrival-Date: " + date,
                "",
                "Final-Recipient: rfc822; " + recipient,
                "Original-Recipient: rfc822;" + recipient,
                "Action: failed",
                "Status: " + failure.statusCode(),
                "Diagnostic-Code: smtp; " + failure.diagnostic(),
                "Last-Attempt-Date: " + date,
                "",
                "--" + boundary,
                "Content-Description: Undelivered Message Headers",
                "Content-Type: text/rfc822-headers",
                "Content-Transfer-Encoding: " + (eightBit ? "8bit" : "7bit"),
                "");
        out.writeBytes(headers);
        lines(out, "", "--" + boundary + "--");
        return out.toByteArray();
    }

    /** The original's header section, up to (not including) the blank line, with CRLF line ends. */
    private static byte[] headerSection(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        int lfEnd = text.indexOf("\n\n");
        if (end < 0 || (lfEnd >= 0 && lfEnd < end)) {
            end = lfEnd;
        }
        String headers = end < 0 ? text : text.substring(0, end);
        return (headers.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Where a server returns a bounce: the envelope sender recorded in Return-Path, else the Sender, else From. */
    private static String senderOf(byte[] message) {
        try {
            MimeMessage original = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(message));
            for (String header : new String[] {"Return-Path", "Sender", "From"}) {
                String value = original.getHeader(header, ",");
                if (value != null && !value.isBlank() && !value.trim().equals("<>")) {
                    InternetAddress[] addresses = InternetAddress.parseHeader(value, false);
                    if (addresses.length > 0 && addresses[0].getAddress() != null) {
                        return addresses[0].getAddress();
                    }
                }
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("the original message's sender cannot be read", e);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("the original message cannot be read", e);
        }
        throw new IllegalArgumentException("the original message names no sender to return a report to");
    }

    private static void lines(ByteArrayOutputStream out, String... lines) {
        for (String line : lines) {
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(new byte[] {'\r', '\n'});
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(at + 1);
    }

    /** A name the same inputs always give, so a test (or the sandbox replaying a message) gets the same report. */
    private static String digest(byte[] original, String recipient, Instant at) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(original);
            sha.update(recipient.getBytes(StandardCharsets.UTF_8));
            sha.update(at.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(), 0, 10).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
