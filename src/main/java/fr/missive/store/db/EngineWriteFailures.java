package fr.missive.store.db;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import org.hsqldb.Session;
import org.hsqldb.jdbc.JDBCConnection;
import org.hsqldb.lib.SimpleLog;
import org.hsqldb.persist.Logger;

/**
 * Notices the write failures HSQLDB swallows.
 *
 * <p>HSQLDB 2.7 writes a commit into a 16 KB buffer of its {@code .log} file, then flushes and
 * syncs it; when that flush fails (no space left on the device, an I/O error) its log writer
 * only reports a warning to the engine's event log and the commit returns as if durable. The
 * commit is then in memory only, and the bytes left in the buffer may reach the file later,
 * after a partly written line that ends the log's replay at the next start. Every such warning
 * goes through the engine's application log ({@code Logger.appLog}, a public field), so this
 * class takes its place, remembers the first failure that carries an {@link IOException} and
 * passes every event on to the log it replaced.
 *
 * <p>Once a failure is seen, the engine's state in memory can no longer be trusted to match its
 * files; {@link Database} reopens the engine from the files before going on.
 */
final class EngineWriteFailures extends SimpleLog {

    private final SimpleLog replaced;
    private volatile Throwable failure;

    private EngineWriteFailures(SimpleLog replaced) {
        super(null, replaced == null ? LOG_NONE : replaced.getLevel(), false);
        this.replaced = replaced;
    }

    /** Watches the engine behind this embedded connection (once per engine: later calls return the same watch). */
    static EngineWriteFailures watch(Connection connection) throws SQLException {
        if (!(connection.unwrap(JDBCConnection.class).getSession() instanceof Session session)) {
            throw new SQLException("not an embedded HSQLDB connection");
        }
        Logger logger = session.database.logger;
        synchronized (logger) {
            if (logger.appLog instanceof EngineWriteFailures existing) {
                return existing;
            }
            EngineWriteFailures watch = new EngineWriteFailures(logger.appLog);
            logger.appLog = watch;
            return watch;
        }
    }

    /** Whether the engine failed to write something since it was opened. */
    boolean failed() {
        return failure != null;
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public synchronized void logContext(Throwable t, String message, int level) {
        if (level <= LOG_WARNING && causedByIo(t) && failure == null) {
            failure = t;
        }
        if (replaced != null) {
            replaced.logContext(t, message, level);
        }
    }

    private static boolean causedByIo(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void logContext(int level, String message) {
        if (replaced != null) {
            replaced.logContext(level, message);
        }
    }

    @Override
    public synchronized void logContext(int level, String prefix, String message, String suffix) {
        if (replaced != null) {
            replaced.logContext(level, prefix, message, suffix);
        }
    }

    @Override
    public void setLevel(int level) {
        super.setLevel(LOG_NONE);
        if (replaced != null) {
            replaced.setLevel(level);
        }
    }

    @Override
    public int getLevel() {
        return replaced == null ? LOG_NONE : replaced.getLevel();
    }

    @Override
    public PrintWriter getPrintWriter() {
        return replaced == null ? null : replaced.getPrintWriter();
    }

    @Override
    public void flush() {
        if (replaced != null) {
            replaced.flush();
        }
    }

    @Override
    public void close() {
        if (replaced != null) {
            replaced.close();
        }
    }
}
