package fr.missive.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback TCP relay between Missive and the test's PostgreSQL server, to take the server away
 * without stopping it (CI's server is shared): {@link #cut()} closes every relayed connection and
 * stops listening, so that new connections are refused as by a server gone; {@link #restore()}
 * listens again on the same port.
 */
public final class CuttableProxy implements AutoCloseable {

    private static final Pattern HOST_PORT = Pattern.compile("//([^/:?]+)(?::(\\d+))?/");

    private final InetSocketAddress upstream;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;

    private CuttableProxy(InetSocketAddress upstream) throws IOException {
        this.upstream = upstream;
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = first.getLocalPort();
        accept(first);
    }

    /** A relay to the server of {@code target}; {@link #target} gives the same database through it. */
    public static CuttableProxy to(DatabaseTarget.Server target) throws IOException {
        Matcher m = HOST_PORT.matcher(target.url());
        if (!m.find()) {
            throw new IllegalArgumentException("no host in " + target.url());
        }
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        return new CuttableProxy(new InetSocketAddress(m.group(1), port));
    }

    /** The same database as {@code target}, reached through this relay. */
    public DatabaseTarget.Server target(DatabaseTarget.Server target) {
        String url = HOST_PORT.matcher(target.url()).replaceFirst("//127.0.0.1:" + port + "/");
        return new DatabaseTarget.Server(url, target.user(), target.password());
    }

    /** The server goes away: every relayed connection closed, new ones refused. */
    public synchronized void cut() throws IOException {
        ServerSocket s = listening;
        listening = null;
        if (s != null) {
            s.close();
        }
        for (Socket socket : open) {
            try {
                // Reset rather than a polite end: what a server or a network going away looks like.
                socket.setSoLinger(true, 0);
            } catch (IOException e) {
                // Closed already.
            }
            closeQuietly(socket);
        }
        open.clear();
    }

    /** The server is back: connections are accepted and relayed again, on the same port. */
    public synchronized void restore() throws IOException {
        if (listening != null) {
            return;
        }
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        accept(s);
    }

    private void accept(ServerSocket server) {
        listening = server;
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    relay(client);
                } catch (IOException e) {
                    return;
                }
            }
        }, "cuttable-proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    private void relay(Socket client) {
        Socket server = new Socket();
        try {
            server.connect(upstream, 5_000);
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // Cut, or one side closed: both sides go.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "cuttable-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
