package fr.missive.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * TLS sockets for Angus ({@code mail.smtp.ssl.socketFactory}, used for implicit TLS and for
 * STARTTLS) that decide trust with this attempt's {@link CertificateCheck} and are registered
 * for cancel. Angus configures each socket (protocols, endpoint identification) and starts the
 * handshake itself.
 */
final class TrackingSslSocketFactory extends SSLSocketFactory {

    private final CertificateCheck check;
    private final SocketRegistry registry;
    /** Made at the first TLS socket: a plain connection never needs it (its making takes tens of milliseconds). */
    private SSLSocketFactory delegate;

    TrackingSslSocketFactory(CertificateCheck check, SocketRegistry registry) {
        this.check = check;
        this.registry = registry;
    }

    private synchronized SSLSocketFactory delegate() {
        if (delegate == null) {
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {check}, null);
                delegate = context.getSocketFactory();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS is not available in this Java runtime", e);
            }
        }
        return delegate;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate().getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate().getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        registry.checkNotCancelled();
        return registry.register(delegate().createSocket(s, host, port, autoClose));
    }

    /** The unconnected socket of implicit TLS; TCP_NODELAY as in {@link TrackingSocketFactory}. */
    @Override
    public Socket createSocket() throws IOException {
        Socket socket = delegate().createSocket();
        socket.setTcpNoDelay(true);
        return registry.register(socket);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        registry.checkNotCancelled();
        return registry.register(delegate().createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        registry.checkNotCancelled();
        return registry.register(delegate().createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        registry.checkNotCancelled();
        return registry.register(delegate().createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        registry.checkNotCancelled();
        return registry.register(delegate().createSocket(address, port, localAddress, localPort));
    }
}
