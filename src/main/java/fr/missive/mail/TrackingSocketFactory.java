package fr.missive.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain sockets for Angus ({@code mail.smtp.socketFactory}), registered for cancel. Angus asks
 * for an unconnected socket and connects it itself with the connection timeout.
 *
 * <p>TCP_NODELAY is set: SMTP writes a command or a message's last bytes, then waits for the
 * reply; with Nagle's algorithm the last small segment waits for the acknowledgement the
 * receiver delays (about 40 ms), which capped one reused connection at about 26 messages a second.
 */
final class TrackingSocketFactory extends SocketFactory {

    private final SocketRegistry registry;

    TrackingSocketFactory(SocketRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        return registry.register(socket);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket s = createSocket();
        if (local != null) {
            s.bind(local);
        }
        s.connect(remote);
        return s;
    }
}
