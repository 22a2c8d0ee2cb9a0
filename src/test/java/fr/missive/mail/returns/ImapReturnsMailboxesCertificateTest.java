package fr.missive.mail.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.mail.MailServerPolicy;
import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The returns are read from the same mailbox as the Sent copy is made in: a self-signed
 * certificate that an administrator trusted for the host opens it for both, and without that
 * trust the mailbox stays closed.
 */
class ImapReturnsMailboxesCertificateTest {

    private static final String LOGIN = "secretariat";
    private static final String PASSWORD = "boite-secret";

    private GreenMail imap;
    private ImapSettings settings;
    private final ImapReturnsMailboxes mailboxes = new ImapReturnsMailboxes(Duration.ofSeconds(10), null,
            MailServerPolicy.anyServer(), true);

    @BeforeEach
    void startImaps() {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS);
        setup.setServerStartupTimeout(30_000);
        imap = new GreenMail(setup);
        imap.start();
        imap.setUser("secretariat@college-test.fr", LOGIN, PASSWORD);
        settings = new ImapSettings("127.0.0.1", imap.getImaps().getPort(), Security.TLS, LOGIN, null);
    }

    @AfterEach
    void stop() {
        imap.stop();
    }

    @Test
    void aCertificateTrustedForTheHostOpensTheMailbox() throws Exception {
        try (ReturnsMailbox mailbox = mailboxes.open(settings, LOGIN, Password.of(PASSWORD), false,
                List.of(greenMailFingerprint()))) {
            assertThat(mailbox).isNotNull();
        }
    }

    @Test
    void withoutTrustTheSelfSignedMailboxStaysClosed() {
        assertThatThrownBy(() -> mailboxes.open(settings, LOGIN, Password.of(PASSWORD), false, List.of()))
                .isInstanceOf(ReturnsMailboxException.class);
        CertificateFingerprint other = CertificateFingerprint.parse("AB:".repeat(31) + "AB");
        assertThatThrownBy(() -> mailboxes.open(settings, LOGIN, Password.of(PASSWORD), false, List.of(other)))
                .isInstanceOf(ReturnsMailboxException.class);
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
}
