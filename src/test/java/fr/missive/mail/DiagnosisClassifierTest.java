package fr.missive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.mail.SuggestedFix;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

/**
 * The failures that cannot be met on loopback without touching the outside network (DNS, a
 * remote firewall), classified from the exceptions Angus builds for them.
 */
class DiagnosisClassifierTest {

    private static final SmtpSettings SETTINGS = SmtpSettings.of("smtp.college-test.fr", 587, Security.STARTTLS);

    private static Diagnosis classifyConnectFailure(Exception cause, Duration took) {
        MailConnectException failure = new MailConnectException(
                new SocketConnectException("Using socket factory", cause, SETTINGS.host(), 587, 30_000));
        return DiagnosisClassifier.classify(new DiagnosisClassifier.Facts(SETTINGS, Mails.FROM, failure,
                Phase.CONNECTING, false, false, false, false, null, CertificateCheck.Failure.NONE, null, took,
                SETTINGS.timeout(), false, PortProbe.NONE));
    }

    @Test
    void unresolvableNameIsUnknownHost() {
        Diagnosis d = classifyConnectFailure(new UnknownHostException(SETTINGS.host()), Duration.ofMillis(40));

        assertThat(d.kind()).isEqualTo(DiagnosisKind.UNKNOWN_HOST);
        assertThat(d.message().args().get(0)).isEqualTo("smtp.college-test.fr");
    }

    @Test
    void noRouteIsHostUnreachable() {
        assertThat(classifyConnectFailure(new NoRouteToHostException("x"), Duration.ofMillis(40)).kind())
                .isEqualTo(DiagnosisKind.HOST_UNREACHABLE);
    }

    @Test
    void connectTimeoutOffersALongerTimeout() {
        Diagnosis d = classifyConnectFailure(new SocketTimeoutException("x"), Duration.ofSeconds(30));

        assertThat(d.kind()).isEqualTo(DiagnosisKind.CONNECT_TIMEOUT);
        assertThat(d.fix(SuggestedFix.Kind.RAISE_TIMEOUT).orElseThrow().settings().timeout())
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void connectExceptionIsARefusalOnlyWhenItCameBackAtOnce() {
        assertThat(classifyConnectFailure(new ConnectException("x"), Duration.ofMillis(3)).kind())
                .isEqualTo(DiagnosisKind.CONNECTION_REFUSED);
        // Windows gives up a connect after 21 s with a ConnectException of its own.
        assertThat(classifyConnectFailure(new ConnectException("x"), Duration.ofSeconds(21)).kind())
                .isEqualTo(DiagnosisKind.CONNECT_TIMEOUT);
    }

    @Test
    void timeoutAtTheMaximumOffersNoLongerTimeout() {
        SmtpSettings longest = SETTINGS.withTimeout(SmtpSettings.MAX_TIMEOUT);
        Diagnosis d = DiagnosisClassifier.classify(new DiagnosisClassifier.Facts(longest, Mails.FROM,
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out")),
                Phase.MAIL_FROM, true, true, true, true, null, CertificateCheck.Failure.NONE, null,
                Duration.ofSeconds(120), longest.timeout(), false, PortProbe.NONE));

        assertThat(d.kind()).isEqualTo(DiagnosisKind.READ_TIMEOUT);
        assertThat(d.fixes()).isEmpty();
    }

    @Test
    void cancelledWinsOverWhateverTheClosedSocketCaused() {
        Diagnosis d = DiagnosisClassifier.classify(new DiagnosisClassifier.Facts(SETTINGS, Mails.FROM,
                new MessagingException("Exception reading response", new java.net.SocketException("Socket closed")),
                Phase.EHLO, true, false, false, false, null, CertificateCheck.Failure.NONE, null,
                Duration.ofMillis(5), SETTINGS.timeout(), true, PortProbe.NONE));

        assertThat(d.kind()).isEqualTo(DiagnosisKind.CANCELLED);
    }
}
