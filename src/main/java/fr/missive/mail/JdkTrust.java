package fr.missive.mail;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
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

    /**
     * The same authorities, read at the first certificate to check rather than now: a delivery
     * over a plain connection (a school's relay on its own network) never reads them, and one
     * over TLS reads them after connecting instead of before (about 0.1 s of a command's start).
     */
    static X509ExtendedTrustManager whenNeeded() {
        return WhenNeeded.INSTANCE;
    }

    /** Initialised by the JVM on first access, once, whatever the thread. */
    private static final class Holder {
        static final X509ExtendedTrustManager MANAGER = load();
    }

    /** Every check handed to the runtime's manager, read on first use. */
    private static final class WhenNeeded extends X509ExtendedTrustManager {
        static final WhenNeeded INSTANCE = new WhenNeeded();

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            get().checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            get().checkServerTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            get().checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            get().checkServerTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            get().checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            get().checkServerTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return get().getAcceptedIssuers();
        }
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
