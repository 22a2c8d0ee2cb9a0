package fr.missive.mail.returns;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Postfix of our own for one test: its configuration, queue, data and log all in a temporary
 * folder, listening only on a loopback port, started with {@code postfix -c DIR start} and always
 * stopped by {@link #close()}. It needs the {@code postfix} binary and root (Postfix's master runs as
 * root and hands its daemons to the {@code postfix} user).
 */
final class PostfixInstance implements AutoCloseable {

    private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/postfix"), Path.of("/usr/bin/postfix"));

    private final Path home;
    private final Path config;
    private final int smtpPort;
    private boolean started;

    private PostfixInstance(Path home, int smtpPort) {
        this.home = home;
        this.config = home.resolve("conf");
        this.smtpPort = smtpPort;
    }

    /** The postfix command, or null when Postfix is not installed. */
    static Path binary() {
        return BINARIES.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Writes the configuration and starts Postfix.
     *
     * @param home      an empty folder; Postfix's daemons (user postfix) must be able to enter it
     * @param transport transport(5) lines, such as {@code absent.test error:5.1.1 mailbox unknown}
     */
    static PostfixInstance start(Path home, List<String> transport) throws IOException, InterruptedException {
        PostfixInstance postfix = new PostfixInstance(home, freePort());
        postfix.writeConfiguration(transport);
        postfix.started = true;
        postfix.run("start");
        return postfix;
    }

    int smtpPort() {
        return smtpPort;
    }

    /** Postfix's own log of what it did, for a failing test's message. */
    String log() {
        try {
            Path log = home.resolve("maillog");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!started) {
            return;
        }
        started = false;
        run("stop");
        // "stop" signals the master; wait until it has removed its pid file so nothing outlives the test.
        Path pid = home.resolve("queue").resolve("pid").resolve("master.pid");
        Instant deadline = Instant.now().plusSeconds(20);
        while (Files.exists(pid) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private void writeConfiguration(List<String> transport) throws IOException {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(config);
        Files.createDirectories(home.resolve("queue"));
        Files.createDirectories(home.resolve("data"));
        Files.setPosixFilePermissions(home.resolve("queue"), PosixFilePermissions.fromString("rwxr-xr-x"));
        // Postfix keeps its own data (TLS caches, address verification) as its unprivileged user.
        Files.setOwner(home.resolve("data"),
                home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postfix"));
        Files.write(config.resolve("transport"), transport, StandardCharsets.US_ASCII);
        Files.write(config.resolve("main.cf"), List.of(
                "compatibility_level = 3.6",
                "queue_directory = " + home.resolve("queue"),
                "data_directory = " + home.resolve("data"),
                "maillog_file_prefixes = " + home,
                "maillog_file = " + home.resolve("maillog"),
                "mail_owner = postfix",
                "setgid_group = postdrop",
                "inet_interfaces = loopback-only",
                "inet_protocols = ipv4",
                "myhostname = mta.missive.test",
                "mydomain = missive.test",
                "myorigin = missive.test",
                "mydestination =",
                "mynetworks = 127.0.0.0/8",
                "alias_maps =",
                "alias_database =",
                "local_recipient_maps =",
                "smtputf8_enable = no",
                // Accept every recipient and let the transport decide: the failure must come in delivery,
                // as a bounce, not as a refusal during the SMTP dialogue.
                "smtpd_reject_unlisted_recipient = no",
                "smtpd_relay_restrictions = permit_mynetworks, reject",
                "transport_maps = texthash:" + config.resolve("transport")), StandardCharsets.US_ASCII);
        List<String> master = new ArrayList<>();
        master.add("127.0.0.1:" + smtpPort + " inet n - n - - smtpd");
        for (String service : List.of("pickup unix n - n 60 1 pickup", "cleanup unix n - n - 0 cleanup",
                "qmgr unix n - n 300 1 qmgr", "rewrite unix - - n - - trivial-rewrite",
                "bounce unix - - n - 0 bounce", "defer unix - - n - 0 bounce", "trace unix - - n - 0 bounce",
                "verify unix - - n - 1 verify", "flush unix n - n 1000? 0 flush", "proxymap unix - - n - - proxymap",
                "smtp unix - - n - - smtp", "relay unix - - n - - smtp", "showq unix n - n - - showq",
                "error unix - - n - - error", "retry unix - - n - - error", "discard unix - - n - - discard",
                "anvil unix - - n - 1 anvil", "scache unix - - n - 1 scache",
                "postlog unix-dgram n - n - 1 postlogd")) {
            master.add(service);
        }
        Files.write(config.resolve("master.cf"), master, StandardCharsets.US_ASCII);
    }

    private void run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(binary().toString(), "-c", config.toString(), command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("postfix " + command + " did not finish within a minute");
        }
        if (process.exitValue() != 0) {
            throw new IOException("postfix " + command + " failed (" + process.exitValue() + "): " + output + log());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
