package fr.missive.mail;

import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;

/** Angus's session properties for one server: the same for a test send and for the outbox's connections. */
final class SmtpProperties {

    private SmtpProperties() {
    }

    static Properties of(SmtpSettings settings, Duration timeout, ScheduledExecutorService writeTimeouts,
                         CertificateCheck check, SocketRegistry registry, boolean signIn, String authMechanisms) {
        String millis = String.valueOf(timeout.toMillis());
        Properties p = new Properties();
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        p.put("mail.smtp.executor.writetimeout", writeTimeouts);
        p.put("mail.smtp.ssl.enable", String.valueOf(settings.security() == Security.TLS));
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.security() == Security.STARTTLS));
        p.put("mail.smtp.starttls.required", String.valueOf(settings.security() == Security.STARTTLS));
        p.put("mail.smtp.ssl.checkserveridentity", "true");
        p.put("mail.smtp.socketFactory", new TrackingSocketFactory(registry));
        p.put("mail.smtp.ssl.socketFactory", new TrackingSslSocketFactory(check, registry));
        // Without this, Angus retries a failed connection with the JDK's default factories,
        // outside our trust decision and out of reach of cancel.
        p.put("mail.smtp.socketFactory.fallback", "false");
        p.put("mail.smtp.auth", String.valueOf(signIn));
        if (settings.auth() == AuthMethod.OAUTH2) {
            // Only XOAUTH2: a token must never be offered as a password with PLAIN or LOGIN.
            p.put("mail.smtp.auth.mechanisms", "XOAUTH2");
            p.put("mail.smtp.auth.xoauth2.disable", "false");
        } else if (authMechanisms != null) {
            p.put("mail.smtp.auth.mechanisms", authMechanisms);
        }
        p.put("mail.smtp.quitwait", "false");
        p.put("mail.mime.charset", StandardCharsets.UTF_8.name());
        return p;
    }
}
