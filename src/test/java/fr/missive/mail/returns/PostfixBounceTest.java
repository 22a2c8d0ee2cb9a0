package fr.missive.mail.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReportFormat;
import fr.missive.model.returns.ReturnKind;
import fr.missive.model.returns.ReturnReport;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A bounce written by a real MTA: Debian's Postfix, started for this test on loopback, fails the
 * delivery to {@code absent.test} and sends its delivery report to the sender's domain, whose
 * mail exchanger files it in a GreenMail mailbox; the report is read back over IMAP, as Missive
 * reads a mailbox.
 *
 * <p>The mail exchanger is a SubEthaSMTP server in front of GreenMail: a delivery report travels
 * with the null sender ({@code MAIL FROM:<>}, RFC 5321 section 4.5.5), which every real MX accepts
 * but GreenMail 2.1 answers with "503 MAIL must come before RCPT".
 *
 * <p>Needs the postfix package and root. Outside CI a machine without them skips this test; with
 * {@code CI=true} it fails, so that CI cannot pass without having run it.
 */
class PostfixBounceTest {

    private static final String SCHOOL = "secretariat@college.test";
    private static final String GUARDIAN = "famille.martin@absent.test";
    private static final String MESSAGE_ID = "<missive.postfix-test.1@college.test>";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path home;

    private GreenMail mailbox;
    private SMTPServer exchanger;
    private PostfixInstance postfix;

    @BeforeEach
    void startServers() throws Exception {
        String missing = PostfixInstance.binary() == null ? "Postfix is not installed (apt-get install postfix)"
                : !PostfixInstance.runningAsRoot() ? "Postfix can be started only as root" : null;
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + ": CI must run the real-MTA bounce test");
            }
            Assumptions.abort(missing);
        }
        mailbox = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        mailbox.start();
        GreenMailUser school = mailbox.setUser(SCHOOL, "secretariat", "Bonjour-2026");
        exchanger = SMTPServer.port(0).bindAddress(InetAddress.getLoopbackAddress()).hostName("mx.college.test")
                .messageHandlerFactory(context -> new FileInMailbox(school)).build();
        exchanger.start();
        postfix = PostfixInstance.start(home, List.of(
                "absent.test error:5.1.1 mailbox unknown",
                "college.test smtp:[127.0.0.1]:" + exchanger.getPortAllocated()));
    }

    @AfterEach
    void stopServers() throws Exception {
        try {
            if (postfix != null) {
                postfix.close();
            }
        } finally {
            if (exchanger != null) {
                exchanger.stop();
            }
            if (mailbox != null) {
                mailbox.stop();
            }
        }
    }

    @Test
    void postfixBounceForAnUnknownMailboxReadsAsBouncedUnknownAddressForThatRecipientAndMessage() throws Exception {
        Instant sentAt = Instant.now();
        send();

        byte[] bounce = firstMessageInTheMailbox();
        Optional<ReturnReport> read = new ReturnReportReader().read(bounce, Instant.now());

        assertThat(read).as("Postfix's report:%n%s", new String(bounce, java.nio.charset.StandardCharsets.UTF_8))
                .isPresent();
        ReturnReport report = read.orElseThrow();
        assertThat(report.format()).isEqualTo(ReportFormat.DSN);
        assertThat(report.originalMessageId()).isEqualTo(MESSAGE_ID);
        assertThat(report.recipients()).hasSize(1);
        RecipientReturn guardian = report.recipients().get(0);
        assertThat(guardian.address()).isEqualTo(GUARDIAN);
        assertThat(guardian.kind()).isEqualTo(ReturnKind.BOUNCED);
        assertThat(guardian.reason()).isEqualTo(BounceReason.UNKNOWN_ADDRESS);
        assertThat(guardian.statusCode()).isEqualTo("5.1.1");
        assertThat(guardian.diagnostic()).contains("mailbox unknown");
        // Postfix writes dates to the second: the bounce happened after the message left, give or take one.
        assertThat(guardian.at()).isAfterOrEqualTo(sentAt.minusSeconds(1)).isBeforeOrEqualTo(Instant.now());
    }

    private void send() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(postfix.smtpPort()));
        properties.setProperty("mail.smtp.from", SCHOOL);
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "10000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties)) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", MESSAGE_ID);
            }
        };
        message.setFrom(new InternetAddress(SCHOOL, "Secrétariat du collège", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(GUARDIAN));
        message.setSubject("Convocation à la réunion parents-professeurs", "UTF-8");
        message.setText("Madame, Monsieur,\n\nVous êtes convoqués le 20 janvier.\n", "UTF-8");
        Transport.send(message);
    }

    /** Waits for the report over IMAP, as the returns reader of the application does. */
    private byte[] firstMessageInTheMailbox() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", "10000");
        properties.setProperty("mail.imap.timeout", "10000");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect("127.0.0.1", mailbox.getImap().getPort(), "secretariat", "Bonjour-2026");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    if (inbox.getMessageCount() > 0) {
                        ByteArrayOutputStream raw = new ByteArrayOutputStream();
                        inbox.getMessage(1).writeTo(raw);
                        return raw.toByteArray();
                    }
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
            Thread.sleep(250);
        }
        return fail("no delivery report reached the mailbox within %s; Postfix's log:%n%s", PATIENCE, postfix.log());
    }

    /** The school's mail exchanger: files every message it accepts in the school's mailbox. */
    private static final class FileInMailbox implements MessageHandler {
        private final GreenMailUser school;

        FileInMailbox(GreenMailUser school) {
            this.school = school;
        }

        @Override
        public void from(String from) {
            // The null sender of a delivery report is accepted, as RFC 5321 requires.
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            if (!SCHOOL.equalsIgnoreCase(recipient)) {
                throw new RejectException(550, "5.1.1 no such mailbox here");
            }
        }

        @Override
        public String data(InputStream data) throws IOException {
            try {
                school.deliver(new MimeMessage(Session.getInstance(new Properties()), data));
                return null;
            } catch (MessagingException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void done() {
            // nothing to release
        }
    }
}
