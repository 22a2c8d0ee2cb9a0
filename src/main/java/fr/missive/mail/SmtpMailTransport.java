package fr.missive.mail;

import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.PlainTextMessage;
import fr.missive.model.mail.SmtpSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The {@link MailTransport} and {@link MailConnector} over Jakarta Mail (Angus). Connect, read and write timeouts all
 * come from the settings' one server timeout (Angus's own defaults are infinite); STARTTLS,
 * when chosen, is required; the server's identity is always checked, by the JDK's trust store
 * or by a fingerprint the administrator pinned for that server — never by trusting all.
 */
public final class SmtpMailTransport implements MailTransport, MailConnector {

    private final Duration timeoutOverride;
    /** The test authorities, or null for the Java runtime's (see JdkTrust). */
    private final X509ExtendedTrustManager trust;
    private final String authMechanisms;
    private final ScheduledExecutorService writeTimeouts = writeTimeoutExecutor();
    private final MailServerPolicy policy;

    public SmtpMailTransport() {
        this(MailServerPolicy.anyServer());
    }

    /** A transport that connects only to the servers the policy allows, and refuses the others without a packet sent. */
    public SmtpMailTransport(MailServerPolicy policy) {
        this(null, null, null, policy);
    }

    /**
     * For tests only: a timeout below the user-facing minimum (to meet a silent server in a
     * second), a trust store of test authorities, and the AUTH mechanisms to offer (null for
     * Angus's default order).
     */
    SmtpMailTransport(Duration timeoutOverride, X509ExtendedTrustManager trust, String authMechanisms) {
        this(timeoutOverride, trust, authMechanisms, MailServerPolicy.anyServer());
    }

    private SmtpMailTransport(Duration timeoutOverride, X509ExtendedTrustManager trust, String authMechanisms,
                              MailServerPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.timeoutOverride = timeoutOverride;
        this.trust = trust;
        this.authMechanisms = authMechanisms;
    }

    @Override
    public SendAttempt attempt(SmtpSettings settings, Password password, PlainTextMessage message) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(message, "message");
        if (!policy.allows(settings.host(), settings.port())) {
            return new OutsideSandbox(settings, password);
        }
        Duration timeout = timeoutFor(settings, password);
        return new SmtpSendAttempt(settings, password, message, timeout, trust(), authMechanisms, writeTimeouts);
    }

    @Override
    public MailConnection connect(SmtpSettings settings, Password password) {
        Objects.requireNonNull(settings, "settings");
        if (!policy.allows(settings.host(), settings.port())) {
            return new OutsideSandbox(settings, password);
        }
        Duration timeout = timeoutFor(settings, password);
        return new SmtpMailConnection(settings, password, timeout, trust(), authMechanisms, writeTimeouts);
    }

    /** The test's authorities, else the Java runtime's. */
    private X509ExtendedTrustManager trust() {
        return trust != null ? trust : JdkTrust.whenNeeded();
    }

    private Duration timeoutFor(SmtpSettings settings, Password password) {
        if (settings.auth() == AuthMethod.PASSWORD && password == null) {
            throw new IllegalArgumentException("password sign-in needs a password");
        }
        if (settings.auth() == AuthMethod.OAUTH2 && password == null) {
            throw new IllegalArgumentException("OAuth2 sign-in needs an access token");
        }
        return timeoutOverride == null ? settings.timeout() : timeoutOverride;
    }

    /**
     * Angus enforces the write timeout with a scheduler; left to itself it starts one per
     * socket, on a non-daemon thread that outlives a connection it did not close, and keeps a
     * command-line run from exiting. One daemon thread serves every attempt instead.
     */
    private static ScheduledExecutorService writeTimeoutExecutor() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "missive-smtp-write-timeout");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setKeepAliveTime(30, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
