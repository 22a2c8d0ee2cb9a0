package fr.missive.ui.letters;

import fr.missive.ui.common.Printers;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.print.DocFlavor;
import javax.print.StreamPrintServiceFactory;

/**
 * A printer for tests: the JDK's PostScript stream print service, each job written to its own
 * {@code .ps} file in a folder, read back to count the pages and find the job's title.
 */
public final class PostScriptPrinter implements Printers, AutoCloseable {

    private static final String POSTSCRIPT = "application/postscript";
    private final Path folder;
    private final List<OutputStream> streams = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private final CountDownLatch jobStarted = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean holding;

    public PostScriptPrinter(Path folder) {
        this.folder = folder;
    }

    /** Later jobs stop at their first byte, as on a printer that does not answer, until {@link #release()}. */
    public void hold() {
        holding = true;
    }

    public void release() {
        released.countDown();
    }

    /** Whether a held job has reached the printer within the time. */
    public boolean awaitHeldJob(long seconds) throws InterruptedException {
        return jobStarted.await(seconds, TimeUnit.SECONDS);
    }

    /** Lets bytes through once the printer is released. */
    private final class Gate extends FilterOutputStream {
        Gate(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            pass();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            pass();
            out.write(b, off, len);
        }

        private void pass() throws IOException {
            jobStarted.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("printer test interrupted");
            }
        }
    }

    @Override
    public synchronized Optional<Target> choose(java.awt.Component parent, boolean ask) {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, POSTSCRIPT);
        if (factories.length == 0) {
            throw new IllegalStateException("This JDK has no PostScript stream print service");
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("job-" + (files.size() + 1) + ".ps");
            OutputStream out = Files.newOutputStream(file);
            if (holding) {
                out = new Gate(out);
            }
            streams.add(out);
            files.add(file);
            return Optional.of(new Target(factories[0].getPrintService(out), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of the jobs asked for so far. */
    public synchronized List<Path> files() {
        return List.copyOf(files);
    }

    /** The job's PostScript once its trailer is written; empty before. */
    public static String finished(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        return text.contains("%%EOF") ? text : "";
    }

    /** The pages the job has, from its "%%Page:" comments. */
    public static int pages(String postScript) {
        Matcher m = Pattern.compile("(?m)^%%Page: ").matcher(postScript);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** What each page draws: the text between its "%%Page:" comment and the next page's (or the trailer). */
    public static List<String> pageBodies(String postScript) {
        String[] parts = postScript.split("(?m)^%%Page: ");
        List<String> pages = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            pages.add(parts[i]);
        }
        return pages;
    }

    @Override
    public synchronized void close() throws IOException {
        release();
        for (OutputStream out : streams) {
            out.close();
        }
    }
}
