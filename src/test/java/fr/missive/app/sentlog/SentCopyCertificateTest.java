package fr.missive.app.sentlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.model.mail.Security;
import fr.missive.model.sentlog.ImapCopyState;
import fr.missive.model.sentlog.SentEntry;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sent-folder copy to a mailbox with a self-signed certificate (GreenMail's IMAPS): refused
 * by Missive's own check, it is logged as a certificate problem with the fingerprint, never as a
 * server out of reach; once an administrator trusts that certificate for the host — on another
 * port, as the SMTP one is — the copy goes through.
 */
class SentCopyCertificateTest {

    private static final String LOGIN = "paul";
    private static final String PASSWORD = "imap-secret";

    @TempDir
    Path folder;

    @Test
    void anUntrustedMailboxCertificateIsLoggedWithItsFingerprintThenTheCopyGoesOnceTheHostTrustsIt()
            throws Exception {
        GreenMail imap = new GreenMail(patient(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS)));
        imap.start();
        int port = imap.getImaps().getPort();
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer().start();
             SentLogFixture f = new SentLogFixture(folder, smtp.port(),
                     new ImapDraft("127.0.0.1", port, Security.TLS, LOGIN, PASSWORD.toCharArray(), null))) {
            GreenMailUser user = imap.setUser("paul@college-test.fr", LOGIN, PASSWORD);
            imap.getManagers().getImapHostManager().createMailbox(user, "Sent");
            long id = f.outbox.queue(f.staff, "Paul", List.of(MailContent.plain(
                    List.of(EmailAddress.parse("famille.dupont@college-test.fr")), "Bulletin", "Bonjour.\n",
                    List.of()))).get(0);

            f.worker.runForeground(true, Duration.ofSeconds(30));

            SentEntry refused = f.log.require(f.staff, id);
            assertThat(refused.imapCopy()).isEqualTo(ImapCopyState.RETRYING);
            assertThat(refused.imapError().key()).isEqualTo("sentlog.imap.certificate");
            assertThat(refused.imapError().args()).containsExactly("127.0.0.1", greenMailFingerprint().hex(),
                    String.valueOf(port));
            assertThat(f.copies.test(f.paul).untrustedCertificate().fingerprint()).isEqualTo(greenMailFingerprint());

            // Trusted as the SMTP server's certificate would be: same host, another port.
            f.accounts.trustCertificate(f.admin, "127.0.0.1", 465, greenMailFingerprint().hex());
            f.worker.runForeground(true, Duration.ofSeconds(30));

            assertThat(f.log.require(f.staff, id).imapCopy()).isEqualTo(ImapCopyState.DONE);
            assertThat(imap.getManagers().getImapHostManager().getFolder(user, "Sent").getMessageCount())
                    .isEqualTo(1);
        } finally {
            imap.stop();
        }
    }

    @Test
    void anotherCertificateTrustedForTheHostDoesNotOpenTheMailbox() throws Exception {
        GreenMail imap = new GreenMail(patient(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS)));
        imap.start();
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer().start();
             SentLogFixture f = new SentLogFixture(folder, smtp.port(), new ImapDraft("127.0.0.1",
                     imap.getImaps().getPort(), Security.TLS, LOGIN, PASSWORD.toCharArray(), null))) {
            imap.setUser("paul@college-test.fr", LOGIN, PASSWORD);
            String other = "AB:".repeat(31) + "AB";
            f.accounts.trustCertificate(f.admin, "127.0.0.1", imap.getImaps().getPort(), other);

            SentCopies.MailboxCheck check = f.copies.test(f.paul);

            assertThat(check.problem().key()).isEqualTo("sentlog.imapTest.certificate");
            assertThat(check.untrustedCertificate().fingerprint()).isEqualTo(greenMailFingerprint());
        } finally {
            imap.stop();
        }
    }

    /** GreenMail's own self-signed certificate. */
    private static CertificateFingerprint greenMailFingerprint() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = GreenMail.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
            store.load(in, "changeit".toCharArray());
        }
        String alias = Collections.list(store.aliases()).get(0);
        return CertificateFingerprint.of(((X509Certificate) store.getCertificate(alias)).getEncoded());
    }

    /** Started within 30 s: on a loaded build machine GreenMail's 2 s default is not always enough. */
    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(30_000);
        return setup;
    }
}
