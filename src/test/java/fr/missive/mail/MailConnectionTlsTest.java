package fr.missive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.model.mail.DeliveryOutcome;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.mail.SuggestedFix;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's connection over implicit TLS: the certificate is checked, a pinned one is trusted, sign-in works. */
class MailConnectionTlsTest {

    private static final byte[] MESSAGE = ("Subject: Essai\r\nMessage-ID: <tls-1@college-test.fr>\r\n\r\nBonjour\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private GreenMail greenMail;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        greenMail.start();
        greenMail.setUser("secretariat@college-test.fr", "secretariat", "Bonjour-2026");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void anUntrustedCertificateWaitsForTheAdministratorThenThePinnedOneDelivers() throws Exception {
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", greenMail.getSmtps().getPort(), Security.TLS)
                .withPassword("secretariat");
        MailConnection untrusted = new SmtpMailTransport().connect(settings, Password.of("Bonjour-2026"));

        DeliveryOutcome refused = untrusted.deliver("secretariat@college-test.fr", List.of("parent@college-test.fr"),
                MESSAGE);
        untrusted.dispose();

        assertThat(refused).isInstanceOf(DeliveryOutcome.TryLater.class);
        DeliveryOutcome.TryLater later = (DeliveryOutcome.TryLater) refused;
        assertThat(later.diagnosis().kind()).isEqualTo(DiagnosisKind.CERTIFICATE_UNTRUSTED);
        assertThat(later.serverUnreachable()).as("the account's other messages wait too").isTrue();
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        SmtpSettings pinned = later.diagnosis().fix(SuggestedFix.Kind.PIN_CERTIFICATE).orElseThrow().settings();
        MailConnection trusted = new SmtpMailTransport().connect(pinned, Password.of("Bonjour-2026"));
        try {
            assertThat(trusted.deliver("secretariat@college-test.fr", List.of("parent@college-test.fr"), MESSAGE))
                    .isInstanceOf(DeliveryOutcome.Delivered.class);
            assertThat(trusted.deliver("secretariat@college-test.fr", List.of("eleve@college-test.fr"), MESSAGE))
                    .isInstanceOf(DeliveryOutcome.Delivered.class);
        } finally {
            trusted.dispose();
        }
        assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
        assertThat(greenMail.getReceivedMessages()[0].getMessageID()).isEqualTo("<tls-1@college-test.fr>");
    }
}
