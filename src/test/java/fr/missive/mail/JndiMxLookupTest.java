package fr.missive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JNDI MX lookup against a tiny DNS server on loopback: no query leaves the machine. */
class JndiMxLookupTest {

    /** Answers MX questions from a table, over UDP on loopback; NXDOMAIN for other names. */
    private static final class LoopbackDns implements AutoCloseable {
        private final DatagramSocket socket;
        private final Thread thread;
        private final Map<String, Map<Integer, String>> mx;

        LoopbackDns(Map<String, Map<Integer, String>> mx) throws SocketException {
            this.mx = mx;
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            thread = new Thread(this::serve, "loopback-dns");
            thread.setDaemon(true);
            thread.start();
        }

        String url() {
            return "dns://127.0.0.1:" + socket.getLocalPort();
        }

        private void serve() {
            byte[] buffer = new byte[512];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket query = new DatagramPacket(buffer, buffer.length);
                    socket.receive(query);
                    byte[] answer = answer(ByteBuffer.wrap(query.getData(), 0, query.getLength()));
                    socket.send(new DatagramPacket(answer, answer.length, query.getSocketAddress()));
                } catch (Exception e) {
                    return;
                }
            }
        }

        private byte[] answer(ByteBuffer q) {
            short id = q.getShort(0);
            int position = 12;
            StringBuilder name = new StringBuilder();
            while (q.get(position) != 0) {
                int length = q.get(position);
                name.append(name.length() == 0 ? "" : ".")
                        .append(new String(q.array(), position + 1, length, StandardCharsets.US_ASCII));
                position += length + 1;
            }
            int questionEnd = position + 5;
            Map<Integer, String> records = mx.get(name.toString().toLowerCase(Locale.ROOT));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer header = ByteBuffer.allocate(12);
            header.putShort(id).putShort((short) (records == null ? 0x8183 : 0x8180)).putShort((short) 1)
                    .putShort((short) (records == null ? 0 : records.size())).putShort((short) 0).putShort((short) 0);
            out.writeBytes(header.array());
            out.write(q.array(), 12, questionEnd - 12);
            if (records != null) {
                records.forEach((preference, host) -> {
                    byte[] exchange = labels(host);
                    ByteBuffer rr = ByteBuffer.allocate(12 + 2 + exchange.length);
                    rr.putShort((short) 0xC00C).putShort((short) 15).putShort((short) 1).putInt(60)
                            .putShort((short) (2 + exchange.length)).putShort(preference.shortValue()).put(exchange);
                    out.writeBytes(rr.array());
                });
            }
            return out.toByteArray();
        }

        private static byte[] labels(String host) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String label : host.split("\\.")) {
                out.write(label.length());
                out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
            }
            out.write(0);
            return out.toByteArray();
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    private LoopbackDns dns;

    @BeforeEach
    void start() throws SocketException {
        dns = new LoopbackDns(Map.of("college-exemple.fr", Map.of(
                20, "alt1.aspmx.l.google.com", 10, "aspmx.l.google.com", 30, "alt2.aspmx.l.google.com")));
    }

    @AfterEach
    void stop() {
        dns.close();
    }

    @Test
    void givesTheMailExchangersMostPreferredFirst() {
        List<String> hosts = new JndiMxLookup(2_000, dns.url()).mxHosts("college-exemple.fr");
        assertThat(hosts).containsExactly("aspmx.l.google.com", "alt1.aspmx.l.google.com", "alt2.aspmx.l.google.com");
    }

    @Test
    void anUnknownDomainHasNone() {
        assertThat(new JndiMxLookup(2_000, dns.url()).mxHosts("inconnu-exemple.fr")).isEmpty();
    }
}
