package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.Main;
import fr.missive.store.db.ChildJvm;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned PDFs of 5 to 30 MB, queued by the real command line in a JVM of 128 MB of heap (issue
 * 17 asks for 256 MB), delivered to GreenMail and kept in the sent log, one after the other. Before
 * V10 a message of about 7.5 MB failed with "Data cache size limit is reached", and after one
 * of 6 MB stayed in the sent log, every later one of 2 to 5 MB did too.
 */
class LargeAttachmentCliTest {

    private static final int MB = 1024 * 1024;
    /**
     * Half the 256 MB the issue allows: three copies of the 41 MB message (123 MB) and the JVM's
     * own could not fit, so holding the message three times over fails the test. It passes at
     * 96 MB here; {@code -Dmissive.test.heap=-Xmx…} tries another.
     */
    private static final String HEAP = System.getProperty("missive.test.heap", "-Xmx128m");
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;
    private GreenMail greenMail;

    @BeforeEach
    void start() {
        cli = new CliRunner(folder, Locale.ENGLISH);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        assertThat(cli.initCollege().exitCode()).isZero();
        assertThat(cli.addLoopbackAccount(greenMail.getSmtp().getPort()).exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void aThirtyMegabyteScanThenSeveralOfFiveToTenAreQueuedSentAndListedWithinTheHeap() throws Exception {
        Path big = scan("Dossier scanné.pdf", 30 * MB, 1);
        List<Integer> heapPeaks = new ArrayList<>();

        heapPeaks.add(runSmallHeap("gc-queue-30.log", "send", "mail", "--account", "Secrétariat", "--to",
                "famille.begue@college-test.fr", "--subject", "Dossier complet", "--body", "Ci-joint le dossier.",
                "--attach", big.toString()));
        heapPeaks.add(runSmallHeap("gc-run-30.log", "outbox", "run", "--until-empty", "--max-seconds", "120"));

        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(attachmentDigest(greenMail.getReceivedMessages()[0])).isEqualTo(digest(big));

        Map<String, Path> more = new HashMap<>();
        int[] sizes = {5 * MB, 15 * MB / 2, 10 * MB};
        for (int i = 0; i < sizes.length; i++) {
            Path scan = scan("Relevé " + i + ".pdf", sizes[i], 10 + i);
            String subject = "Relevé " + i;
            more.put(subject, scan);
            heapPeaks.add(runSmallHeap("gc-queue-" + i + ".log", "send", "mail", "--account", "Secrétariat",
                    "--to", "famille.begue@college-test.fr", "--subject", subject, "--body", "Ci-joint.",
                    "--attach", scan.toString()));
        }
        heapPeaks.add(runSmallHeap("gc-run-more.log", "outbox", "run", "--until-empty", "--max-seconds", "120"));

        assertThat(greenMail.waitForIncomingEmail(10_000, 4)).isTrue();
        for (MimeMessage received : greenMail.getReceivedMessages()) {
            Path sent = more.get(received.getSubject());
            if (sent != null) {
                assertThat(attachmentDigest(received)).as(received.getSubject()).isEqualTo(digest(sent));
            }
        }
        List<Map<String, Object>> log = cli.run("sent", "list", "--format", "json").jsonArray();
        assertThat(log).extracting(m -> m.get("subject"))
                .containsExactlyInAnyOrder("Dossier complet", "Relevé 0", "Relevé 1", "Relevé 2");
        assertThat(log).allSatisfy(m -> assertThat(m).containsEntry("status", "sent"));
        long message = big.toFile().length() * 78 / 57;
        System.out.println("Large attachments: " + HEAP + ", heap kept after GC, at most (MB) " + heapPeaks + " for a message of "
                + message / MB + " MB encoded");
    }

    /**
     * Runs the command line in a JVM of its own with a small heap; fails on a non-zero exit (an
     * OutOfMemoryError included). Returns the most the heap kept after a garbage collection, in
     * MB, for the figures (0 when none ran).
     */
    private int runSmallHeap(String gcLog, String... args) throws IOException {
        Path log = files.resolve(gcLog);
        List<String> command = new ArrayList<>(List.of("--data-dir", folder.toString()));
        command.addAll(List.of(args));
        try (ChildJvm child = ChildJvm.start(List.of(HEAP, "-Xlog:gc:file=" + log), Main.class,
                command.toArray(String[]::new))) {
            int exit = child.awaitExit(240);
            String out = child.remainingOutput();
            assertThat(exit).as(String.join(" ", args) + "\n" + out).isZero();
        }
        int peak = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Integer.parseInt(m.group(2)));
            }
        }
        return peak;
    }

    /** Incompressible bytes, as a scanned PDF's images are. */
    private Path scan(String name, int size, long seed) throws IOException {
        Path file = files.resolve(name);
        Random random = new Random(seed);
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (int written = 9; written < size; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, Math.min(block.length, size - written));
            }
        }
        return file;
    }

    private static String attachmentDigest(MimeMessage received) throws Exception {
        BodyPart attachment = ((Multipart) received.getContent()).getBodyPart(1);
        try (InputStream in = attachment.getInputStream()) {
            return digest(in);
        }
    }

    private static String digest(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return digest(in);
        }
    }

    private static String digest(InputStream in) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            sha.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
