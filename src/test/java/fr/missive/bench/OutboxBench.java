package fr.missive.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.outbox.DeliveryWorker;
import fr.missive.app.outbox.MailContent;
import fr.missive.cli.CliRunner;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.mail.Attachment;
import fr.missive.model.users.User;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Times the outbox: {@code messages} letter e-mails, each with a one-page PDF of about 30 KB,
 * queued (MIME built and committed), then delivered by the real worker to GreenMail on loopback
 * over one reused connection. With a second argument, that many more messages are queued first
 * and the whole backlog is delivered, to see the queue's size and the memory limit at work. Not
 * a test; run under the memory limit the target names:
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) fr.missive.bench.OutboxBench 1000
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) fr.missive.bench.OutboxBench 1000 9000
 * </pre>
 *
 * A third argument {@code sink} sends to a minimal SMTP server instead of GreenMail, whose own
 * handling of each message (about 20 ms here) would otherwise hide Missive's.
 *
 * Targets on a 2-core PC: 1,000 messages delivered in under 5 s (300 or more a second once
 * connected), and the same with a 10,000-message queue inside {@code -Xmx256m}.
 */
public final class OutboxBench {

    private OutboxBench() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int backlog = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        boolean sink = args.length > 2 && args[2].equals("sink");
        Path folder = Files.createTempDirectory("missive-outbox-bench");
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Thread purger = purgeContinuously(greenMail);
        ScriptedSmtpServer scripted = new ScriptedSmtpServer().forgetMessages().start();
        System.out.println("Server: " + (sink ? "a minimal SMTP sink (ScriptedSmtpServer)" : "GreenMail"));
        try {
            setUp(folder, sink ? scripted.port() : greenMail.getSmtp().getPort());
            byte[] pdf = onePagePdf();
            System.out.printf(Locale.ROOT, "PDF attached to each message: %,d bytes; max heap %,d MB%n", pdf.length,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            try (OpenDataFolder services = Wiring.open(folder, () -> { })) {
                User admin = services.setup().users().soleAdministrator().orElseThrow();
                if (backlog > 0) {
                    long t = System.nanoTime();
                    queue(services, admin, backlog, pdf, "Arriéré");
                    report("queue the backlog of " + backlog, backlog, System.nanoTime() - t);
                }
                long t0 = System.nanoTime();
                queue(services, admin, messages, pdf, "Bulletin");
                long queued = System.nanoTime() - t0;
                report("queue " + messages + " (build MIME + commit)", messages, queued);

                int total = messages + backlog;
                long t1 = System.nanoTime();
                DeliveryWorker.RunSummary summary = services.outbox().outbox().worker().runForeground(true, null);
                long delivered = System.nanoTime() - t1;
                report("deliver " + summary.sent() + " of " + total + " (connect, send, commit each)", summary.sent(),
                        delivered);
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "heap in use after delivery: %,d MB; waiting: %d; failed: %d%n",
                        (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), summary.waiting(), summary.failed());
            }
        } finally {
            scripted.close();
            purger.interrupt();
            greenMail.stop();
            deleteRecursively(folder);
        }
    }

    private static void setUp(Path folder, int port) {
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);
        check(cli.run("init", "--institution", "Collège Jean-Moulin", "--admin", "Claire Martin"));
        check(cli.run("account", "add", "personal", "--name", "Secrétariat", "--address",
                "secretariat@college-bench.fr", "--host", "127.0.0.1", "--port", String.valueOf(port), "--security",
                "none"));
    }

    private static void check(CliRunner.Result result) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException(result.err());
        }
    }

    /** Queues in transactions of 500, as a batch of letters would be. */
    private static void queue(OpenDataFolder services, User admin, int count, byte[] pdf, String subject) {
        List<MailContent> batch = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            batch.add(MailContent.plain(List.of(EmailAddress.parse("famille" + i + "@college-bench.fr")),
                    subject + " du 1er trimestre — élève n° " + i,
                    "Madame, Monsieur,\n\nveuillez trouver ci-joint le bulletin de votre enfant.\n\nLe secrétariat\n",
                    List.of(Attachment.pdf("Bulletin élève " + i + ".pdf", pdf))));
            if (batch.size() == 500 || i == count) {
                services.outbox().outbox().queue(admin, "Secrétariat", batch);
                batch.clear();
            }
        }
    }

    private static void report(String what, int count, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-60s %8.2f s  %8.0f messages/s%n", what, seconds, count / seconds);
    }

    /** GreenMail keeps every message in memory: it forgets them as they come, so only Missive's memory is measured. */
    private static Thread purgeContinuously(GreenMail greenMail) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(200);
                    greenMail.purgeEmailFromAllMailboxes();
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a purge racing a delivery: the next one catches up
                }
            }
        }, "bench-purge");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** A one-page letter of about 30 KB (an uncompressed content stream of text lines). */
    private static byte[] onePagePdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE,
                    false)) {
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 6);
                for (int line = 0; line < 62; line++) {
                    text.beginText();
                    text.newLineAtOffset(40, 800 - line * 7);
                    text.showText("Ligne " + line + " : appréciation du conseil de classe, moyenne générale,"
                            + " assiduité, comportement, félicitations, encouragements, travail régulier.");
                    text.endText();
                    for (int dot = 0; dot < 12; dot++) {
                        text.addRect(40 + dot * 40, 795 - line * 7, 2, 1);
                    }
                    text.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
