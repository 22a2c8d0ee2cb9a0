package fr.missive.mail;

import fr.missive.model.mail.CertificateFingerprint;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The trust decision for one attempt. It keeps the server's leaf certificate and which step
 * refused it, so a failure is diagnosed from what happened rather than from an exception's
 * English text, and it still leaves every check to the JDK's own trust manager:
 * <ol>
 *   <li>the chain must lead to a trusted authority (checked without the host name);</li>
 *   <li>then the full check, which adds the host name (Angus asks for it on the socket
 *       through {@code mail.smtp.ssl.checkserveridentity=true}).</li>
 * </ol>
 * When the administrator pinned a fingerprint for this server, a leaf with exactly that
 * fingerprint is trusted without these checks, host name included: no other certificate can
 * have that fingerprint, the pin is stored for this server's host name only (any of its ports:
 * Postfix and Dovecot on one machine share a certificate, trusted once), and the
 * self-signed certificates of school appliances rarely carry the name the school types (a
 * bare IP address, {@code localhost}). Any other certificate still goes through the normal
 * checks, so a server that later gets a proper certificate keeps working. Nothing is ever
 * trusted blindly.
 */
final class CertificateCheck extends X509ExtendedTrustManager {

    enum Failure { NONE, UNTRUSTED, NAME_MISMATCH }

    private final X509ExtendedTrustManager jdk;
    private final Set<CertificateFingerprint> pinned;
    private volatile X509Certificate leaf;
    private volatile Failure failure = Failure.NONE;

    CertificateCheck(X509ExtendedTrustManager jdk, CertificateFingerprint pinned) {
        this(jdk, pinned == null ? Set.of() : Set.of(pinned));
    }

    private CertificateCheck(X509ExtendedTrustManager jdk, Set<CertificateFingerprint> pinned) {
        this.jdk = jdk;
        this.pinned = pinned;
    }

    /** @param pinned the certificates trusted for the server's host, whatever the port; may be empty */
    static CertificateCheck trusting(X509ExtendedTrustManager jdk, Collection<CertificateFingerprint> pinned) {
        return new CertificateCheck(jdk, pinned.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()));
    }

    X509Certificate leaf() {
        return leaf;
    }

    Failure failure() {
        return failure;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain, authType, () -> jdk.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain, authType, () -> jdk.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, authType, () -> { });
    }

    /** A JDK check that may refuse the certificate. */
    private interface JdkCheck {
        void run() throws CertificateException;
    }

    private void check(X509Certificate[] chain, String authType, JdkCheck withHostName)
            throws CertificateException {
        if (acceptsPinned(chain)) {
            return;
        }
        try {
            jdk.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            failure = Failure.UNTRUSTED;
            throw e;
        }
        try {
            withHostName.run();
        } catch (CertificateException e) {
            failure = Failure.NAME_MISMATCH;
            throw e;
        }
    }

    private boolean acceptsPinned(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        leaf = chain[0];
        byte[] encoded = chain[0].getEncoded();
        return pinned.stream().anyMatch(p -> p.matches(encoded));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("Missive is never a TLS server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("Missive is never a TLS server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Missive is never a TLS server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return jdk.getAcceptedIssuers();
    }
}
