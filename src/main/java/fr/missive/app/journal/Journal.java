package fr.missive.app.journal;

import fr.missive.app.AppVersion;
import fr.missive.store.journal.JournalFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Missive's journal as the user and support read it: where it is, its recent part, and that part
 * headed with what support asks first (the versions of Missive, Java and the system).
 */
public final class Journal {

    /** What "Copy for support" takes: enough for the last few failures, small enough to paste in an e-mail. */
    public static final int SUPPORT_BYTES = 64 * 1024;

    private final Path folder;
    private final int generations;

    /** The journal of the data folder {@code folder}. */
    public Journal(Path folder) {
        this(folder, JournalFiles.DEFAULT_GENERATIONS);
    }

    Journal(Path folder, int generations) {
        this.folder = folder;
        this.generations = generations;
    }

    /** The file being written, which may not exist yet. */
    public Path file() {
        return JournalFiles.current(folder);
    }

    /**
     * The last {@code maxBytes} of the journal, older generations first, beginning at a whole line;
     * empty when nothing was written yet.
     */
    public String recent(int maxBytes) {
        List<byte[]> parts = new ArrayList<>();
        long left = maxBytes;
        try {
            for (Path file : JournalFiles.existing(folder, generations)) {
                if (left <= 0) {
                    break;
                }
                byte[] tail = tail(file, left);
                parts.add(tail);
                left -= tail.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.reverse(parts);
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(new String(p, StandardCharsets.UTF_8)));
        boolean cut = left <= 0;
        int firstLine = text.indexOf("\n");
        // A tail that began mid-line (or mid-character) starts at the next whole line.
        return cut && firstLine >= 0 ? text.substring(firstLine + 1) : text.toString();
    }

    private static byte[] tail(Path file, long maxBytes) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            long start = Math.max(0, size - maxBytes);
            ByteBuffer buffer = ByteBuffer.allocate((int) (size - start));
            channel.position(start);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // reads until full or the end of a file still being written
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            return bytes;
        }
    }

    /**
     * What "Copy for support" puts on the clipboard: the versions and the journal's recent part. Not
     * the journal's path, which names the Windows user.
     */
    public String forSupport() {
        return supportHeader() + System.lineSeparator() + System.lineSeparator() + recent(SUPPORT_BYTES);
    }

    /** Missive, Java and the system, as support needs them to reproduce a failure. */
    public String supportHeader() {
        return String.join(System.lineSeparator(),
                "Missive " + AppVersion.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
    }
}
