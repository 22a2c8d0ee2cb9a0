package fr.missive.app.sentlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.Security;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.sentlog.ImapCopyState;
import fr.missive.model.sentlog.SentEntry;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox job copies what SMTP accepted into the mailbox's Sent folder on GreenMail's IMAP
 * server, byte for byte; with the mailbox down, the e-mail is sent once, stays sent, and the
 * copy is made when the mailbox is back.
 */
class SentFolderCopyTest {

    private static final String LOGIN = "paul";
    private static final String PASSWORD = "imap-secret";

    @TempDir
    Path folder;

    @Test
    void theAppendedMessageIsTheBytesTheSmtpServerReceived() throws Exception {
        GreenMail imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer().start();
             SentLogFixture f = new SentLogFixture(folder, smtp.port(), draft(imap.getImap().getPort(), null))) {
            imap.setUser("paul@college-test.fr", LOGIN, PASSWORD);
            createFolder(imap.getImap().getPort(), "Envoyés");
            long id = queueOne(f);

            f.worker.runForeground(true, Duration.ofSeconds(30));

            SentEntry entry = f.log.require(f.staff, id);
            assertThat(entry.state()).isEqualTo(OutboxState.SENT);
            assertThat(entry.imapCopy()).isEqualTo(ImapCopyState.DONE);
            assertThat(entry.imapError()).isNull();
            List<byte[]> copies = messagesIn(imap.getImap().getPort(), "Envoyés");
            assertThat(copies).hasSize(1);
            // Both servers got the stored bytes with CRLF line ends, as the protocols carry them.
            String copied = new String(copies.get(0), StandardCharsets.ISO_8859_1);
            assertThat(copied).isEqualTo(smtp.messages().get(0));
            assertThat(copied).isEqualTo(crlf(f.log.raw(f.staff, id)));
            assertThat(copied).contains("Message-ID: " + entry.messageId()).contains("filename=bulletin.pdf");
        } finally {
            imap.stop();
        }
    }

    @Test
    void withTheMailboxDownTheEmailIsSentOnceAndTheCopyIsMadeWhenItIsBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer().start();
             SentLogFixture f = new SentLogFixture(folder, smtp.port(), draft(port, "Sent"))) {
            long id = queueOne(f);

            f.worker.runForeground(true, Duration.ofSeconds(30));

            SentEntry down = f.log.require(f.staff, id);
            assertThat(down.state()).isEqualTo(OutboxState.SENT);
            assertThat(down.imapCopy()).isEqualTo(ImapCopyState.RETRYING);
            assertThat(down.imapError().key()).isEqualTo("sentlog.imap.unreachable");
            assertThat(down.imapError().args()).containsExactly("127.0.0.1");

            GreenMail imap = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
            imap.start();
            try {
                imap.setUser("paul@college-test.fr", LOGIN, PASSWORD);
                createFolder(port, "Sent");
                f.worker.runForeground(true, Duration.ofSeconds(30));

                SentEntry up = f.log.require(f.staff, id);
                assertThat(up.imapCopy()).isEqualTo(ImapCopyState.DONE);
                assertThat(up.imapError()).isNull();
                assertThat(up.sentAt()).isEqualTo(down.sentAt());
                assertThat(messagesIn(port, "Sent")).hasSize(1);
                assertThat(smtp.messages()).hasSize(1);
            } finally {
                imap.stop();
            }
        }
    }

    private static ImapDraft draft(int port, String sentFolder) {
        return new ImapDraft("127.0.0.1", port, Security.NONE, LOGIN, PASSWORD.toCharArray(), sentFolder);
    }

    /** Paul sends a letter with a PDF from his personal account, through the outbox. */
    private static long queueOne(SentLogFixture f) {
        return f.outbox.queue(f.staff, "Paul", List.of(MailContent.plain(
                List.of(EmailAddress.parse("famille.dupont@college-test.fr")), "Bulletin du 1er trimestre",
                "Madame, Monsieur,\nvoici le bulletin.\n",
                List.of(Attachment.pdf("bulletin.pdf", "%PDF-1.4 bulletin".getBytes(StandardCharsets.US_ASCII))))))
                .get(0);
    }

    /** The bytes with every line ending in CRLF, as SMTP and IMAP carry them. */
    private static String crlf(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
    }

    private static void createFolder(int port, String name) throws Exception {
        try (Store store = session().getStore("imap")) {
            store.connect("127.0.0.1", port, LOGIN, PASSWORD);
            Folder created = store.getFolder(name);
            if (!created.exists()) {
                created.create(Folder.HOLDS_MESSAGES);
            }
        }
    }

    private static List<byte[]> messagesIn(int port, String name) throws Exception {
        try (Store store = session().getStore("imap")) {
            store.connect("127.0.0.1", port, LOGIN, PASSWORD);
            Folder sent = store.getFolder(name);
            sent.open(Folder.READ_ONLY);
            List<byte[]> raw = new ArrayList<>();
            for (Message m : sent.getMessages()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                m.writeTo(out);
                raw.add(out.toByteArray());
            }
            sent.close(false);
            return raw;
        }
    }

    private static Session session() {
        return Session.getInstance(new Properties());
    }
}
