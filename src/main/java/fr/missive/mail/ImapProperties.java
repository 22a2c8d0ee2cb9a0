package fr.missive.mail;

import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.CertificateFingerprint;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The session properties of every IMAP connection Missive makes (the Sent copy, the returns):
 * timeouts, the server's identity checked against the given authorities or one of the
 * certificates an administrator trusted for its host, STARTTLS required when chosen, and
 * XOAUTH2 only (never PLAIN or LOGIN) when the password is an access token.
 */
public final class ImapProperties {

    private ImapProperties() {
    }

    /**
     * @param trust  the authorities (null: the Java runtime's)
     * @param pinned the fingerprints trusted for {@code settings.host()}; may be empty
     */
    public static Properties of(ImapSettings settings, Duration timeout, X509ExtendedTrustManager trust,
                                Collection<CertificateFingerprint> pinned, boolean xoauth2) {
        return of(settings, timeout, CertificateCheck.trusting(trust != null ? trust : JdkTrust.get(), pinned), xoauth2);
    }

    /**
     * A connection's properties with a way to cut it from another thread: {@code cut} closes every
     * socket the session opened, so a read blocked in IDLE fails at once (closing the store instead
     * would first wait for the server's answer to DONE, up to the timeout on a server gone silent).
     */
    public record Cuttable(Properties properties, Runnable cut) {
    }

    /** As {@link #of(ImapSettings, Duration, X509ExtendedTrustManager, Collection, boolean)}, cuttable. */
    public static Cuttable cuttable(ImapSettings settings, Duration timeout, X509ExtendedTrustManager trust,
                                    Collection<CertificateFingerprint> pinned, boolean xoauth2) {
        SocketRegistry registry = new SocketRegistry();
        return new Cuttable(of(settings, timeout, CertificateCheck.trusting(trust != null ? trust : JdkTrust.get(),
                pinned), xoauth2, registry), registry::cancel);
    }

    /** With the caller's own check, which then says what it found in the server's certificate. */
    static Properties of(ImapSettings settings, Duration timeout, CertificateCheck check, boolean xoauth2) {
        return of(settings, timeout, check, xoauth2, new SocketRegistry());
    }

    private static Properties of(ImapSettings settings, Duration timeout, CertificateCheck check, boolean xoauth2,
                                 SocketRegistry registry) {
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
                // A token must never be offered as a password with PLAIN or LOGIN.
                p.put(prefix + "auth.mechanisms", "XOAUTH2");
                p.put(prefix + "auth.xoauth2.disable", "false");
            }
        }
        return p;
    }
}
