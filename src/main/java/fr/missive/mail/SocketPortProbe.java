package fr.missive.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Probes one host and port over real sockets, registered for cancel. Sends nothing but a TLS
 * ClientHello; the TLS probe notes that a certificate came back and then refuses it, so it
 * never completes a handshake and never trusts anything.
 */
final class SocketPortProbe implements PortProbe {

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private final SocketRegistry registry;

    SocketPortProbe(String host, int port, int timeoutMillis, SocketRegistry registry) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
        this.registry = registry;
    }

    @Override
    public boolean greetsInClear() {
        try (Socket socket = connect()) {
            InputStream in = socket.getInputStream();
            byte[] start = in.readNBytes(4);
            String text = new String(start, StandardCharsets.US_ASCII);
            return text.matches("[2-5]\\d\\d[ -]");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean speaksTls() {
        boolean[] certificateSeen = {false};
        X509TrustManager noteAndRefuse = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("probe only");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                certificateSeen[0] = chain != null && chain.length > 0;
                throw new CertificateException("probe only");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try (Socket plain = connect()) {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {noteAndRefuse}, null);
            try (SSLSocket tls = registry.register(
                    (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true))) {
                tls.startHandshake();
                return true;
            }
        } catch (IOException | GeneralSecurityException e) {
            return certificateSeen[0];
        }
    }

    private Socket connect() throws IOException {
        Socket socket = registry.register(new Socket());
        socket.connect(new InetSocketAddress(host, port), timeoutMillis);
        socket.setSoTimeout(timeoutMillis);
        return socket;
    }
}
