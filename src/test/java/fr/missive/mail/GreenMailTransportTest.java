package fr.missive.mail;

import static fr.missive.mail.Mails.failure;
import static fr.missive.mail.Mails.sent;
import static fr.missive.mail.Mails.testMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.mail.SuggestedFix;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against GreenMail's SMTP and SMTPS servers on loopback. */
class GreenMailTransportTest {

    private static final String LOGIN = "secretariat";
    private static final String PASSWORD = "Bonjour-2026";

    private GreenMail greenMail;
    private int smtpPort;
    private int smtpsPort;

    @BeforeEach
    void startServers() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)});
        greenMail.start();
        greenMail.setUser(Mails.FROM, LOGIN, PASSWORD);
        smtpPort = greenMail.getSmtp().getPort();
        smtpsPort = greenMail.getSmtps().getPort();
    }

    @AfterEach
    void stopServers() {
        greenMail.stop();
    }

    @Test
    void sendsTheTestMessageWithoutSigningIn() throws Exception {
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", smtpPort, Security.NONE);

        SendResultAssert sentResult = new SendResultAssert(
                new SmtpMailTransport().attempt(settings, null, testMessage()).run());

        MimeMessage received = sentResult.onlyMessageIn(greenMail);
        assertThat(received.getSubject()).isEqualTo(Mails.SUBJECT);
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(Mails.FROM);
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Secrétariat du collège");
        assertThat(received.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(Mails.TO);
        assertThat(received.getMessageID()).isEqualTo(sentResult.sent.messageId()).endsWith("@college-test.fr>");
        assertThat(sentResult.sent.serverReply()).startsWith("250");
    }

    @Test
    void signsInWithAuthPlain() throws Exception {
        SendResultAssert result = new SendResultAssert(transportWith("PLAIN")
                .attempt(plainWithPassword(), Password.of(PASSWORD), testMessage()).run());

        assertThat(result.onlyMessageIn(greenMail).getSubject()).isEqualTo(Mails.SUBJECT);
    }

    @Test
    void signsInWithAuthLogin() throws Exception {
        SendResultAssert result = new SendResultAssert(transportWith("LOGIN")
                .attempt(plainWithPassword(), Password.of(PASSWORD), testMessage()).run());

        assertThat(result.onlyMessageIn(greenMail).getSubject()).isEqualTo(Mails.SUBJECT);
    }

    @Test
    void wrongPasswordIsAuthRefusedWithTheServersReply() {
        Diagnosis d = failure(new SmtpMailTransport()
                .attempt(plainWithPassword(), Password.of("not-the-password"), testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.AUTH_REFUSED);
        assertThat(d.message().key()).isEqualTo("diagnosis.AUTH_REFUSED");
        assertThat(d.reply().code()).isEqualTo(535);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void tlsClientOnThePlainPortIsTlsOnPlainPort() {
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", smtpPort, Security.TLS);

        Diagnosis d = failure(new SmtpMailTransport().attempt(settings, null, testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.TLS_ON_PLAIN_PORT);
        assertThat(d.fixes()).extracting(SuggestedFix::kind).first().isEqualTo(SuggestedFix.Kind.USE_STARTTLS);
        assertThat(d.fixes().get(0).settings().port()).isEqualTo(smtpPort);
    }

    @Test
    void plainClientOnTheTlsPortIsPlainOnTlsPort() {
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", smtpsPort, Security.NONE);

        Diagnosis d = failure(new SmtpMailTransport(Duration.ofSeconds(1), null, null)
                .attempt(settings, null, testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.PLAIN_ON_TLS_PORT);
        SuggestedFix fix = d.fix(SuggestedFix.Kind.USE_TLS).orElseThrow();
        assertThat(fix.settings().security()).isEqualTo(Security.TLS);
        assertThat(fix.settings().port()).isEqualTo(smtpsPort);
    }

    @Test
    void selfSignedCertificateIsUntrustedAndShowsItsFingerprint() throws Exception {
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", smtpsPort, Security.TLS);

        Diagnosis d = failure(new SmtpMailTransport().attempt(settings, null, testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.CERTIFICATE_UNTRUSTED);
        assertThat(d.fingerprint()).contains(greenMailFingerprint());
        assertThat(d.detail()).isEqualTo(greenMailFingerprint().hex());
        assertThat(d.fix(SuggestedFix.Kind.PIN_CERTIFICATE)).isPresent();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void sendsOverImplicitTlsOncePinnedWithThePasswordAndNoPlainException() throws Exception {
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", smtpsPort, Security.TLS).withPassword(LOGIN);
        Diagnosis untrusted = failure(new SmtpMailTransport()
                .attempt(settings, Password.of(PASSWORD), testMessage()).run());
        SmtpSettings pinned = untrusted.fix(SuggestedFix.Kind.PIN_CERTIFICATE).orElseThrow().settings();

        SendResultAssert result = new SendResultAssert(new SmtpMailTransport()
                .attempt(pinned, Password.of(PASSWORD), testMessage()).run());

        assertThat(pinned.pinnedCertificate()).isEqualTo(greenMailFingerprint());
        assertThat(pinned.allowPlainPassword()).isFalse();
        assertThat(result.onlyMessageIn(greenMail).getSubject()).isEqualTo(Mails.SUBJECT);
    }

    @Test
    void anotherPinnedFingerprintDoesNotTrustTheCertificate() {
        CertificateFingerprint other = TestTls.fingerprintOf(TestTls.localhostCertificate());
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", smtpsPort, Security.TLS).withPinnedCertificate(other);

        Diagnosis d = failure(new SmtpMailTransport().attempt(settings, null, testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.CERTIFICATE_UNTRUSTED);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    private SmtpSettings plainWithPassword() {
        // GreenMail's SMTP has no TLS: the administrator's explicit exception for this server.
        return SmtpSettings.of("127.0.0.1", smtpPort, Security.NONE).withPassword(LOGIN)
                .withPlainPasswordAllowed(true);
    }

    private static SmtpMailTransport transportWith(String mechanism) {
        return new SmtpMailTransport(null, null, mechanism);
    }

    /** The fingerprint of the certificate GreenMail ships in its jar. */
    private static CertificateFingerprint greenMailFingerprint() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = GreenMail.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
            store.load(in, "changeit".toCharArray());
        }
        String alias = Collections.list(store.aliases()).get(0);
        return TestTls.fingerprintOf((X509Certificate) store.getCertificate(alias));
    }

    /** A sent result and the message GreenMail received for it. */
    private static final class SendResultAssert {
        final fr.missive.model.mail.SendResult.Sent sent;

        SendResultAssert(fr.missive.model.mail.SendResult result) {
            this.sent = sent(result);
        }

        MimeMessage onlyMessageIn(GreenMail server) {
            assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
            MimeMessage[] messages = server.getReceivedMessages();
            assertThat(messages).hasSize(1);
            return messages[0];
        }
    }
}
