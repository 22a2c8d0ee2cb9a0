package fr.missive.mail;

import static fr.missive.mail.Mails.failure;
import static fr.missive.mail.Mails.sent;
import static fr.missive.mail.Mails.testMessage;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Against SubEthaSMTP with STARTTLS required (GreenMail does not speak STARTTLS), serving the
 * test certificate made for "localhost" only.
 */
class StartTlsTransportTest {

    private static final String LOGIN = "vie-scolaire";
    private static final String PASSWORD = "Récré-10h15";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> logins = new CopyOnWriteArrayList<>();
    private volatile String refuseSender;
    private volatile String refuseRecipient;
    private SMTPServer server;
    private int port;

    @BeforeEach
    void startServer() {
        server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("localhost")
                .enableTLS()
                .requireTLS()
                .startTlsSocketFactory(TestTls.serverContext())
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> {
                    if (!LOGIN.equals(user) || !PASSWORD.equals(password)) {
                        throw new LoginFailedException();
                    }
                    logins.add(user);
                }))
                .messageHandlerFactory(context -> new Recorder())
                .build();
        server.start();
        port = server.getPortAllocated();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void sendsWithStartTlsRequiredToAPinnedSelfSignedServer() {
        SmtpSettings settings = startTls("127.0.0.1").withPinnedCertificate(localhostFingerprint());

        sent(new SmtpMailTransport().attempt(settings, null, testMessage()).run());

        // The server refuses MAIL before STARTTLS (requireTLS): a message received went over TLS.
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).contains("Subject:").contains("Ceci est un message de test");
    }

    @Test
    void signsInOnceTheConnectionIsEncrypted() {
        SmtpSettings settings = startTls("127.0.0.1").withPinnedCertificate(localhostFingerprint()).withPassword(LOGIN);

        sent(new SmtpMailTransport().attempt(settings, Password.of(PASSWORD), testMessage()).run());

        assertThat(settings.allowPlainPassword()).isFalse();
        assertThat(logins).containsExactly(LOGIN);
        assertThat(received).hasSize(1);
    }

    @Test
    void unpinnedSelfSignedCertificateIsUntrustedWithItsFingerprint() {
        Diagnosis d = failure(new SmtpMailTransport().attempt(startTls("127.0.0.1"), null, testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.CERTIFICATE_UNTRUSTED);
        assertThat(d.fingerprint()).contains(localhostFingerprint());
        assertThat(d.certificate().names()).containsExactly("localhost");
        assertThat(received).isEmpty();
    }

    @Test
    void trustedCertificateForAnotherNameIsHostNameMismatch() {
        SmtpMailTransport trustingTestAuthority = new SmtpMailTransport(null, TestTls.trustingLocalhostCertificate(), null);

        Diagnosis d = failure(trustingTestAuthority.attempt(startTls("127.0.0.1"), null, testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.HOST_NAME_MISMATCH);
        assertThat(d.detail()).isEqualTo("localhost");
        assertThat(received).isEmpty();
    }

    @Test
    void trustedCertificateForTheServersNameSends() {
        SmtpMailTransport trustingTestAuthority = new SmtpMailTransport(null, TestTls.trustingLocalhostCertificate(), null);

        sent(trustingTestAuthority.attempt(startTls("localhost"), null, testMessage()).run());

        assertThat(received).hasSize(1);
    }

    @Test
    void senderRefusedWith550IsSenderRefused() {
        refuseSender = "5.7.1 <" + Mails.FROM + ">: Sender address rejected: not owned by user";

        Diagnosis d = failure(new SmtpMailTransport().attempt(pinned(), null, testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.SENDER_REFUSED);
        assertThat(d.reply().code()).isEqualTo(550);
        assertThat(d.reply().enhanced()).isEqualTo("5.7.1");
        assertThat(d.detail()).isEqualTo(Mails.FROM);
        assertThat(received).isEmpty();
    }

    @Test
    void recipientRefusedWith550IsRecipientRefused() {
        refuseRecipient = "5.1.1 <" + Mails.TO + ">: Recipient address rejected: User unknown";

        Diagnosis d = failure(new SmtpMailTransport().attempt(pinned(), null, testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.RECIPIENT_REFUSED);
        assertThat(d.reply().code()).isEqualTo(550);
        assertThat(d.detail()).isEqualTo(Mails.TO);
        assertThat(d.message().key()).isEqualTo("diagnosis.RECIPIENT_REFUSED");
        assertThat(received).isEmpty();
    }

    private SmtpSettings startTls(String host) {
        return SmtpSettings.of(host, port, Security.STARTTLS);
    }

    private SmtpSettings pinned() {
        return startTls("127.0.0.1").withPinnedCertificate(localhostFingerprint());
    }

    private static CertificateFingerprint localhostFingerprint() {
        return TestTls.fingerprintOf(TestTls.localhostCertificate());
    }

    private final class Recorder implements MessageHandler {
        @Override
        public void from(String from) throws RejectException {
            if (refuseSender != null) {
                throw new RejectException(550, refuseSender);
            }
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            if (refuseRecipient != null) {
                throw new RejectException(550, refuseRecipient);
            }
        }

        @Override
        public String data(InputStream data) throws IOException {
            received.add(new String(data.readAllBytes(), StandardCharsets.UTF_8));
            return null;
        }

        @Override
        public void done() {
            // nothing to release
        }
    }
}
