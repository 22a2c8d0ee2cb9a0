package fr.missive.store.outbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import fr.missive.store.db.Dialect;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The MIME bytes of the outbox's messages, kept in {@code outbox_body} as BLOBs: out of the
 * row cache (a message of any size, and any number of them in the sent log, costs the cache one
 * small row each), and in the database, where every PC of a shared one reads them.
 *
 * <p>Written and read as streams, on the caller's connection and inside its transaction: an
 * HSQLDB BLOB is only a locator, valid until that transaction ends, and the row with its body
 * is committed together with the message's row or not at all. PostgreSQL keeps them as BYTEA,
 * read through {@link Dialect#binaryStream}.
 */
public final class MessageBodies {

    private MessageBodies() {
    }

    /** Stores the body of the message {@code id}, on the caller's transaction. */
    public static void insert(PreparedStatement statement, long id, byte[] mime) throws SQLException {
        statement.setLong(1, id);
        statement.setLong(2, mime.length);
        // A stream with its length: the driver copies it into the LOB store block by block,
        // without a second copy of the bytes in memory.
        statement.setBinaryStream(3, new ByteArrayInputStream(mime), mime.length);
        statement.executeUpdate();
    }

    /** The statement {@link #insert} binds. */
    public static PreparedStatement prepareInsert(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO outbox_body (message_id, byte_size, mime) VALUES (?, ?, ?)");
    }

    /** The body of the message, read whole; empty when there is no such message. */
    public static Optional<byte[]> read(Connection c, Dialect dialect, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT byte_size, mime FROM outbox_body WHERE message_id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long size = rs.getLong(1);
                try (InputStream in = dialect.binaryStream(rs, 2)) {
                    // Sized once: readNBytes(int) would gather chunks and copy them, twice the memory.
                    byte[] bytes = new byte[Math.toIntExact(size)];
                    if (in.readNBytes(bytes, 0, bytes.length) != size || in.read() != -1) {
                        throw new SQLException("message body " + id + " does not have its recorded size " + size);
                    }
                    return Optional.of(bytes);
                } catch (IOException e) {
                    throw new SQLException("could not read the body of message " + id, e);
                }
            }
        }
    }

    /** The size of the message's body in bytes, without reading it. */
    public static OptionalLong size(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT byte_size FROM outbox_body WHERE message_id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
