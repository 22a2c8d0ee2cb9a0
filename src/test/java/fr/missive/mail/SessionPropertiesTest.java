package fr.missive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What Angus is told: its defaults are infinite timeouts and optional STARTTLS. */
class SessionPropertiesTest {

    private static Properties propertiesFor(SmtpSettings settings) {
        SmtpSendAttempt attempt = (SmtpSendAttempt) new SmtpMailTransport().attempt(settings, null, Mails.testMessage());
        return attempt.properties(new CertificateCheck(JdkTrust.get(), null), false);
    }

    @Test
    void theServerTimeoutBoundsConnectReadAndWrite() {
        Properties p = propertiesFor(SmtpSettings.of("smtp.example.fr", 587, Security.STARTTLS)
                .withTimeout(Duration.ofSeconds(45)));

        assertThat(p.getProperty("mail.smtp.connectiontimeout")).isEqualTo("45000");
        assertThat(p.getProperty("mail.smtp.timeout")).isEqualTo("45000");
        assertThat(p.getProperty("mail.smtp.writetimeout")).isEqualTo("45000");
    }

    @Test
    void startTlsIsRequiredAndTheServerIdentityAlwaysChecked() {
        Properties p = propertiesFor(SmtpSettings.of("smtp.example.fr", 587, Security.STARTTLS));

        assertThat(p.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.ssl.enable")).isEqualTo("false");
        assertThat(p.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.socketFactory.fallback")).isEqualTo("false");
    }

    @Test
    void implicitTlsNeverTrustsAllHosts() {
        Properties p = propertiesFor(SmtpSettings.of("smtp.example.fr", 465, Security.TLS));

        assertThat(p.getProperty("mail.smtp.ssl.enable")).isEqualTo("true");
        assertThat(p.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(p.stringPropertyNames()).noneMatch(name -> name.contains("ssl.trust"));
        assertThat(p.get("mail.smtp.ssl.socketFactory")).isInstanceOf(TrackingSslSocketFactory.class);
    }
}
