package fr.missive.mail;

import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.Security;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The session properties of an IMAP connection as the Sent copy makes them: timeouts, the
 * server's identity checked against the given authorities, STARTTLS required when chosen, and
 * XOAUTH2 only (never PLAIN or LOGIN) when the password is an access token.
 */
public final class ImapProperties {

    private ImapProperties() {
    }

    public static Properties of(ImapSettings settings, Duration timeout, X509ExtendedTrustManager trust,
                                boolean xoauth2) {
        CertificateCheck check = new CertificateCheck(trust != null ? trust : JdkTrust.get(), null);
        SocketRegistry registry = new SocketRegistry();
        Properties p = new Properties();
        String millis = String.valueOf(timeout.toMillis());
        for (String protocol : List.of("imap", "imaps")) {
            String prefix = "mail." + protocol + ".";
            p.put(prefix + "connectiontimeout", millis);
            p.put(prefix + "timeout", millis);
            p.put(prefix + "writetimeout", millis);
            p.put(prefix + "ssl.checkserveridentity", "true");
            p.put(prefix + "ssl.socketFactory", new TrackingSslSocketFactory(check, registry));
            p.put(prefix + "socketFactory", settings.security() == Security.TLS
                    ? new TrackingSslSocketFactory(check, registry) : new TrackingSocketFactory(registry));
            p.put(prefix + "socketFactory.fallback", "false");
            p.put(prefix + "starttls.enable", String.valueOf(settings.security() == Security.STARTTLS));
            p.put(prefix + "starttls.required", String.valueOf(settings.security() == Security.STARTTLS));
            p.put(prefix + "ssl.enable", String.valueOf(settings.security() == Security.TLS));
            if (xoauth2) {
                p.put(prefix + "auth.mechanisms", "XOAUTH2");
                p.put(prefix + "auth.xoauth2.disable", "false");
            }
        }
        return p;
    }
}
