package fr.missive.mail;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificate authorities of the Java runtime, read once per process and only when a
 * first secure connection needs them: reading them loads the security providers, which would
 * otherwise slow Missive's start.
 */
final class JdkTrust {

    private JdkTrust() {
    }

    static X509ExtendedTrustManager get() {
        return Holder.MANAGER;
    }

    /** Initialised by the JVM on first access, once, whatever the thread. */
    private static final class Holder {
        static final X509ExtendedTrustManager MANAGER = load();
    }

    private static X509ExtendedTrustManager load() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager extended) {
                    return extended;
                }
            }
            throw new IllegalStateException("the Java runtime has no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime's trust store cannot be read", e);
        }
    }
}
