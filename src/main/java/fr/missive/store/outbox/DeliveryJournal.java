package fr.missive.store.outbox;

import fr.missive.store.db.StorageException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.CRC32;

/**
 * The durable "sent" mark of the embedded outbox, cheaper than a database commit: each message
 * the server accepted is one record written into a preallocated file opened with
 * {@link StandardOpenOption#DSYNC DSYNC} (the file's size does not change, so only its data is
 * flushed: measured at a fifth to a half of an HSQLDB commit, docs/performance.md). The outbox records the marks later, many in one
 * transaction ({@link #replayInto}), after which the journal starts afresh; a process killed in
 * between leaves them here, and the next one records them before it claims anything, so a message
 * accepted by its server is never sent again.
 *
 * <p>Layout: a header (magic, generation, CRC) then records {@code [length][CRC][generation,
 * payload]}. Starting afresh only increases the header's generation, so the records left from an
 * earlier generation end the reading; so do zeros and a record whose CRC does not match (a write
 * torn by a crash: that mark was never reported on disk, its message is sent again, the one
 * duplicate a crash may cost).
 *
 * <p>For one process at a time (the data folder's lock guarantees it); safe between the worker's
 * threads. Only for the embedded database: on a shared server other PCs take over a crashed PC's
 * messages after its lease, without reading its journal, so there the marks are kept in the
 * database itself ({@link ServerSentMarks}).
 */
public final class DeliveryJournal implements SentMarkLog, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeliveryJournal.class.getName());
    private static final int MAGIC = 0x4D534A31; // "MSJ1"
    private static final int HEADER = 32;
    /** Room for a few batches of marks; grown (rarely: it starts afresh after each batch) when full. */
    private static final int PREALLOCATED = 256 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final List<SentMark> pending = new ArrayList<>();
    private long generation;
    private long end;
    private long size;

    private DeliveryJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens the journal, creating and preallocating it when absent; the marks it holds are
     * {@link #pending()}.
     *
     * @throws StorageException when it cannot be read or made (a full disk among others)
     */
    public static DeliveryJournal open(Path file) {
        boolean created = !Files.exists(file);
        FileChannel channel = null;
        try {
            // DSYNC: each write returns once its data (and the size, were it to change) is on disk;
            // measured cheaper than a write followed by force(false), one system call instead of two.
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
            if (created) {
                // It names recipients: readable by this user alone, as the database's files.
                fr.missive.store.db.OwnerOnly.restrict(file);
            }
            DeliveryJournal journal = new DeliveryJournal(file, channel);
            journal.read();
            if (created) {
                syncFolder(file.toAbsolutePath().getParent());
            }
            return journal;
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(channel);
            if (created) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // left behind: read as an empty journal next time
                }
            }
            throw StorageException.diskFull(file.toAbsolutePath().getParent(), e);
        }
    }

    /** The marks written and not yet recorded by the outbox, oldest first. */
    public synchronized List<SentMark> pending() {
        return List.copyOf(pending);
    }

    /**
     * Writes the mark and forces it to disk: once this returns, a crash cannot lose it.
     *
     * @throws StorageException when it could not be written (a full disk among others): the
     *                          message must not be taken as sent
     */
    @Override
    public synchronized void append(SentMark mark) {
        try {
            ByteBuffer record = record(mark);
            if (end + record.remaining() > size) {
                grow(record.remaining());
            }
            writeFully(record, end);
            end += record.capacity();
            pending.add(mark);
        } catch (IOException e) {
            throw StorageException.diskFull(file.toAbsolutePath().getParent(), e);
        }
    }

    /**
     * Records the pending marks in the outbox, in one transaction, then starts afresh; returns
     * the ids whose message this changed (those already sent are left as they are, so running it
     * again changes nothing). Nothing is forgotten when the outbox fails: the marks stay pending.
     */
    @Override
    public synchronized List<Long> replayInto(OutboxStore outbox) {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<Long> changed = outbox.applySentMarks(List.copyOf(pending));
        startAfresh();
        return changed;
    }

    /** Every pending mark is recorded in the outbox: the next generation begins, empty. */
    private void startAfresh() {
        try {
            writeHeader(generation + 1);
            generation++;
            end = HEADER;
            pending.clear();
        } catch (IOException e) {
            // The marks are in the outbox already; reading them again later changes nothing.
            throw StorageException.diskFull(file.toAbsolutePath().getParent(), e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(channel);
    }

    private void read() throws IOException {
        size = channel.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        if (size < HEADER || !readFully(header, 0) || header.getInt(0) != MAGIC
                || header.getInt(12) != crc(header.array(), 0, 12)) {
            // New, or a header torn while starting afresh (every mark was recorded by then): the
            // whole file is zeroed, so that no earlier record can be read as one of the new generation.
            long zeroed = size;
            size = 0;
            grow(Math.max(zeroed, PREALLOCATED));
            writeHeader(1);
            generation = 1;
            end = HEADER;
            return;
        }
        generation = header.getLong(4);
        end = HEADER;
        ByteBuffer lengths = ByteBuffer.allocate(8);
        while (end + 8 <= size) {
            lengths.clear();
            if (!readFully(lengths, end)) {
                break;
            }
            int length = lengths.getInt(0);
            if (length < 8 || end + 8 + length > size) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            if (!readFully(payload, end + 8) || lengths.getInt(4) != crc(payload.array(), 0, length)
                    || payload.getLong(0) != generation) {
                break;
            }
            pending.add(parse(payload));
            end += 8 + length;
        }
        if (!pending.isEmpty()) {
            LOG.info(() -> pending.size() + " message(s) accepted by their server are not yet recorded as sent:"
                    + " they will be");
        }
    }

    private void writeHeader(long newGeneration) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        header.putInt(MAGIC).putLong(newGeneration);
        header.putInt(12, crc(header.array(), 0, 12));
        header.rewind();
        writeFully(header, 0);
    }

    /** Adds zeros at the end and makes the new size durable, so later marks only change data. */
    private void grow(long atLeast) throws IOException {
        long more = Math.max(atLeast, PREALLOCATED);
        ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(more, 1 << 20));
        long at = size;
        long target = size + more;
        while (at < target) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), target - at));
            at += writeFully(zeros, at);
        }
        channel.force(true);
        size = target;
    }

    private ByteBuffer record(SentMark mark) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(generation);
            out.writeLong(mark.id());
            out.writeLong(mark.at().getEpochSecond());
            out.writeInt(mark.at().getNano());
            writeString(out, mark.serverReply());
            out.writeInt(mark.recipients().size());
            for (String address : mark.recipients()) {
                writeString(out, address);
            }
        }
        byte[] payload = bytes.toByteArray();
        ByteBuffer record = ByteBuffer.allocate(8 + payload.length);
        record.putInt(payload.length).putInt(crc(payload, 0, payload.length)).put(payload);
        return record.flip();
    }

    private static SentMark parse(ByteBuffer payload) {
        payload.position(8);
        long id = payload.getLong();
        Instant at = Instant.ofEpochSecond(payload.getLong(), payload.getInt());
        String reply = readString(payload);
        int count = payload.getInt();
        List<String> recipients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            recipients.add(readString(payload));
        }
        return new SentMark(id, at, reply, recipients);
    }

    /** A length (-1 for null) then UTF-8 bytes: no limit on length, unlike writeUTF. */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        byte[] utf8 = new byte[length];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private int writeFully(ByteBuffer data, long at) throws IOException {
        int written = 0;
        while (data.hasRemaining()) {
            written += channel.write(data, at + written);
        }
        return written;
    }

    private boolean readFully(ByteBuffer into, long at) throws IOException {
        int read = 0;
        while (into.hasRemaining()) {
            int n = channel.read(into, at + read);
            if (n < 0) {
                return false;
            }
            read += n;
        }
        return true;
    }

    private static int crc(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return (int) crc.getValue();
    }

    /** A new file's name is durable only once its folder is (on Linux; elsewhere a folder cannot be opened so). */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.fine(() -> "The folder of the delivery journal could not be synced: " + e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.fine(() -> "The delivery journal did not close cleanly: " + e);
        }
    }
}
