package fr.missive.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Blob;
import java.sql.SQLException;
import java.util.Objects;

/**
 * A BLOB read as a stream of chunks fetched with {@link Blob#getBytes}. HSQLDB's own
 * {@code getBinaryStream()} only implements the one-byte {@code read()}, so reading a 40 KB
 * message body through it cost 40,000 calls, a noticeable part of the CPU time of a delivery;
 * here a body is one or two calls. Closing the stream frees the locator.
 */
final class BlobChunks extends InputStream {

    /** As much as one call fetches: large bodies stay streamed, never whole in a second buffer. */
    private static final int CHUNK = 64 * 1024;

    private final Blob blob;
    private final long length;
    /** The next byte to read, counted from 0 (getBytes counts from 1). */
    private long position;
    private boolean closed;

    BlobChunks(Blob blob) throws SQLException {
        this.blob = blob;
        this.length = blob.length();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int count) throws IOException {
        Objects.checkFromIndexSize(offset, count, into.length);
        if (closed) {
            throw new IOException("stream closed");
        }
        if (count == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(Math.min(count, CHUNK), length - position);
        try {
            byte[] chunk = blob.getBytes(position + 1, n);
            System.arraycopy(chunk, 0, into, offset, chunk.length);
            position += chunk.length;
            return chunk.length;
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, length - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, Math.min(CHUNK, length - position));
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            blob.free();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
