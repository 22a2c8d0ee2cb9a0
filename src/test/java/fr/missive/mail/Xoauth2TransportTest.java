package fr.missive.mail;

import static fr.missive.mail.Mails.failure;
import static fr.missive.mail.Mails.sent;
import static fr.missive.mail.Mails.testMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** XOAUTH2 sign-in against GreenMail, which checks the bearer token as the user's password. */
class Xoauth2TransportTest {

    private static final String TOKEN = "ya29.valid-access-token";

    private GreenMail greenMail;
    private int smtpPort;

    @BeforeEach
    void startServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser(Mails.FROM, Mails.FROM, TOKEN);
        smtpPort = greenMail.getSmtp().getPort();
    }

    @AfterEach
    void stopServer() {
        greenMail.stop();
    }

    /** Plain SMTP on loopback, with the administrator's explicit exception (GreenMail has no STARTTLS). */
    private SmtpSettings oauth() {
        return new SmtpSettings("127.0.0.1", smtpPort, Security.NONE, AuthMethod.OAUTH2, Mails.FROM, null, true, null);
    }

    @Test
    void sendsWithTheAccessTokenOverXoauth2() throws Exception {
        sent(new SmtpMailTransport().attempt(oauth(), Password.of(TOKEN), testMessage()).run());

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo(Mails.SUBJECT);
    }

    @Test
    void refusedTokenMeansSignInAgain() {
        Diagnosis d = failure(new SmtpMailTransport()
                .attempt(oauth(), Password.of("ya29.expired-token"), testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.OAUTH_SIGN_IN_AGAIN);
        assertThat(d.kind().field()).contains("auth");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void tokenIsNeverSentOverAnUnencryptedConnectionWithoutTheException() {
        SmtpSettings settings = oauth().withPlainPasswordAllowed(false);

        Diagnosis d = failure(new SmtpMailTransport().attempt(settings, Password.of(TOKEN), testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.PASSWORD_OVER_PLAIN_REFUSED);
    }

    @Test
    void xoauth2IsTheOnlyMechanismOffered() {
        SmtpSendAttempt attempt = (SmtpSendAttempt) new SmtpMailTransport()
                .attempt(oauth(), Password.of(TOKEN), testMessage());

        var properties = attempt.properties(new CertificateCheck(JdkTrust.get(), null), true);

        assertThat(properties.getProperty("mail.smtp.auth.mechanisms")).isEqualTo("XOAUTH2");
        assertThat(properties.getProperty("mail.smtp.auth")).isEqualTo("true");
    }
}
