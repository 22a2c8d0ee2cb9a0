package fr.missive.store.journal;

import fr.missive.store.db.OwnerOnly;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Writes log records to the journal of a data folder, readable by its owner only, and rotates it:
 * past {@code limit} bytes the current file becomes generation 1, the oldest is dropped.
 *
 * <p>Not {@link java.util.logging.FileHandler}: that one creates each new generation with the
 * process's default permissions, readable by other users of the PC until the next tightening.
 */
public final class JournalHandler extends Handler {

    private final Path folder;
    private final long limit;
    private final int generations;
    private OutputStream out;
    private long written;

    public JournalHandler(Path folder, long limit, int generations) throws IOException {
        if (limit < 1 || generations < 1) {
            throw new IllegalArgumentException("limit and generations must be positive");
        }
        this.folder = folder;
        this.limit = limit;
        this.generations = generations;
        setFormatter(new JournalFormat());
        setFilter(new JournalFilter());
        try {
            setEncoding(StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        OwnerOnly.createFolder(folder);
        open();
        if (written >= limit) {
            rotate();
        }
    }

    private void open() throws IOException {
        Path file = JournalFiles.current(folder);
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        OwnerOnly.restrict(file);
        written = Files.size(file);
    }

    private void rotate() throws IOException {
        out.close();
        out = null;
        Files.deleteIfExists(JournalFiles.generation(folder, generations - 1));
        for (int i = generations - 2; i >= 0; i--) {
            Path from = JournalFiles.generation(folder, i);
            if (Files.exists(from)) {
                Files.move(from, JournalFiles.generation(folder, i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        open();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (out == null || !isLoggable(record)) {
            return;
        }
        String text;
        try {
            text = getFormatter().format(record);
        } catch (RuntimeException e) {
            reportError("Could not format a log record", e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            out.flush();
            written += bytes.length;
            if (written >= limit) {
                rotate();
            }
        } catch (IOException e) {
            reportError("Could not write the journal", e, ErrorManager.WRITE_FAILURE);
        }
    }

    @Override
    public synchronized void flush() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            reportError("Could not flush the journal", e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            reportError("Could not close the journal", e, ErrorManager.CLOSE_FAILURE);
        } finally {
            out = null;
        }
    }
}
