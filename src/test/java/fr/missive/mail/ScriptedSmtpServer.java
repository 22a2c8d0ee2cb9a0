package fr.missive.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server on loopback that answers exactly what a test scripts — the replies real
 * providers give (550 5.7.60 SendAsDenied, 535 5.7.139…) or none at all — and records the
 * commands and the messages it received. A reply of {@code null} means: say nothing, keep the
 * connection open.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> clients = Collections.synchronizedList(new ArrayList<>());
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> replies = new LinkedHashMap<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final CountDownLatch disconnected = new CountDownLatch(1);
    private String greeting = "220 scripted.test ESMTP";
    private String ehlo = "250-scripted.test\r\n250-8BITMIME\r\n250 AUTH PLAIN LOGIN";
    private String afterData = "250 2.0.0 Ok: queued as 4F2A1";
    private final Deque<String> afterDataSequence = new ArrayDeque<>();
    private final Map<String, String> recipientReplies = new LinkedHashMap<>();
    private final Map<String, Deque<String>> recipientSequences = new LinkedHashMap<>();
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private volatile long dataDelayMillis;
    private volatile boolean keepMessages = true;
    private final AtomicInteger received = new AtomicInteger();

    public ScriptedSmtpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** On a given port, to play a server that stopped and came back. */
    public ScriptedSmtpServer(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    }

    /** No greeting at all: the server accepts and never answers. */
    ScriptedSmtpServer silent() {
        greeting = null;
        return this;
    }

    /** The EHLO reply, lines separated by CRLF. */
    public ScriptedSmtpServer ehlo(String reply) {
        ehlo = reply;
        return this;
    }

    /** The reply to commands starting with this verb (MAIL, RCPT, DATA, AUTH, STARTTLS…). */
    public ScriptedSmtpServer on(String verb, String reply) {
        replies.put(verb.toUpperCase(Locale.ROOT), reply);
        return this;
    }

    /** The reply once the message has been sent, or null to stay silent. */
    ScriptedSmtpServer afterData(String reply) {
        afterData = reply;
        return this;
    }

    /** The replies to the next messages, in order; then {@link #afterData(String)}'s reply again. */
    public ScriptedSmtpServer afterDataThen(String... replies) {
        synchronized (afterDataSequence) {
            afterDataSequence.addAll(List.of(replies));
        }
        return this;
    }

    /** The reply to RCPT TO for this one address (others get the usual reply). */
    public ScriptedSmtpServer onRecipient(String address, String reply) {
        recipientReplies.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /**
     * The replies to RCPT TO for this one address at its next transactions, in order; then the
     * usual reply (a recipient greylisted once, accepted at the retry).
     */
    public ScriptedSmtpServer onRecipientThen(String address, String... replies) {
        synchronized (recipientSequences) {
            recipientSequences.computeIfAbsent(address.toLowerCase(Locale.ROOT), a -> new ArrayDeque<>())
                    .addAll(List.of(replies));
        }
        return this;
    }

    /** Waits this long before answering each message, as a slow server would. */
    public ScriptedSmtpServer delayAfterData(long millis) {
        dataDelayMillis = millis;
        return this;
    }

    /** Counts the messages but forgets their text, for benchmarks that send many. */
    public ScriptedSmtpServer forgetMessages() {
        keepMessages = false;
        return this;
    }

    /** How many messages were received, kept or not. */
    public int received() {
        return received.get();
    }

    /** The text of every message received (whatever the reply to it), in order. */
    public List<String> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    public ScriptedSmtpServer start() {
        Thread acceptor = new Thread(this::acceptLoop, "scripted-smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<String> commands() {
        synchronized (commands) {
            return List.copyOf(commands);
        }
    }

    /** Waits (at most ten seconds) until a client has connected. */
    boolean awaitConnection() throws InterruptedException {
        return connected.await(10, TimeUnit.SECONDS);
    }

    /** Waits (at most ten seconds) until the first client has closed its connection. */
    boolean awaitDisconnection() throws InterruptedException {
        return disconnected.await(10, TimeUnit.SECONDS);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                connected.countDown();
                Thread t = new Thread(() -> converse(client), "scripted-smtp-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            talk(client);
        } catch (IOException e) {
            // the client went away: end of this conversation
        } finally {
            disconnected.countDown();
        }
    }

    private void talk(Socket client) throws IOException {
        {
            OutputStream out = client.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            if (greeting == null) {
                while (in.read() >= 0) {
                    // listen politely, answer never
                }
                return;
            }
            send(out, greeting);
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(line);
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                String reply;
                String rcpt = verb.equals("RCPT") ? recipientReply(line) : null;
                if (rcpt != null) {
                    reply = rcpt;
                } else if (replies.containsKey(verb)) {
                    reply = replies.get(verb);
                } else {
                    reply = switch (verb) {
                        case "EHLO" -> ehlo;
                        case "HELO" -> "250 scripted.test";
                        case "DATA" -> "354 End data with <CR><LF>.<CR><LF>";
                        case "QUIT" -> "221 2.0.0 Bye";
                        default -> "250 2.0.0 Ok";
                    };
                }
                if (reply == null) {
                    while (in.readLine() != null) {
                        // silent from here on
                    }
                    return;
                }
                send(out, reply);
                if (verb.equals("DATA") && reply.startsWith("354")) {
                    StringBuilder message = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        if (keepMessages) {
                            message.append(line).append("\r\n");
                        }
                    }
                    if (line == null) {
                        // The client went away before the final dot (killed): nothing was delivered.
                        return;
                    }
                    received.incrementAndGet();
                    if (keepMessages) {
                        messages.add(message.toString());
                    }
                    pause(dataDelayMillis);
                    String afterData = nextAfterData();
                    if (afterData == null) {
                        while (in.readLine() != null) {
                            // silent from here on
                        }
                        return;
                    }
                    send(out, afterData);
                }
                if (verb.equals("QUIT")) {
                    return;
                }
            }
        }
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String nextAfterData() {
        synchronized (afterDataSequence) {
            return afterDataSequence.isEmpty() ? afterData : afterDataSequence.removeFirst();
        }
    }

    private String recipientReply(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        if (open < 0 || close < 0) {
            return null;
        }
        String address = line.substring(open + 1, close).toLowerCase(Locale.ROOT);
        synchronized (recipientSequences) {
            Deque<String> next = recipientSequences.get(address);
            if (next != null && !next.isEmpty()) {
                return next.removeFirst();
            }
        }
        return recipientReplies.get(address);
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (clients) {
            for (Socket client : clients) {
                client.close();
            }
        }
    }
}
