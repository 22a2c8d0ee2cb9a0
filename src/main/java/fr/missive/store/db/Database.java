package fr.missive.store.db;

import fr.missive.model.MissiveException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The embedded HSQLDB file database of one data folder.
 *
 * <p>Two locks guard the folder. An OS file lock on {@code missive.lock}, which the OS drops
 * when the process dies even by {@code kill -9}, tells a second running instance from a crash.
 * HSQLDB's own lock file is only considered stale some seconds after its owner stopped
 * heart-beating, so after a crash we wait for it, reporting a "recovering" state, instead of
 * refusing to start.
 *
 * <p>Everything HSQLDB-specific lives here (connection properties, {@code SET FILES},
 * {@code SHUTDOWN}); the migrations and repositories use portable SQL.
 */
public final class Database implements AutoCloseable {

    /** Told about slow steps of opening, so a window can say what is going on. */
    public interface OpeningListener {
        OpeningListener NONE = () -> { };

        /** The previous session did not end cleanly; the database is being recovered. */
        void recovering();
    }

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final long STALE_LOCK_WAIT_MILLIS = 30_000;

    private static final int MAX_IDLE_CONNECTIONS = 4;

    private final Deque<Connection> idle = new ArrayDeque<>();
    private final Path folder;
    private final String url;
    private final FolderLock processLock;
    private volatile boolean closed;
    /** The swallowed write failures of the engine now open; replaced when the engine is reopened. */
    private volatile EngineWriteFailures writeFailures;
    /** Set when the engine had to be reopened after a failed write and could not be: retried at the next use. */
    private volatile boolean needsReopening;

    private Database(Path folder, String url, FolderLock processLock) {
        this.folder = folder;
        this.url = url;
        this.processLock = processLock;
    }

    /** Opens (creating if needed) the database of the folder and applies pending migrations. */
    public static Database open(Path folder, OpeningListener listener) {
        return open(folder, listener, Migrations.fromClasspath(), Integer.MAX_VALUE);
    }

    /** As {@link #open(Path, OpeningListener)}, migrating only up to {@code targetVersion}. */
    public static Database open(Path folder, OpeningListener listener, Migrations migrations, int targetVersion) {
        FolderLock lock = FolderLock.acquire(folder);
        try {
            Files.createDirectories(folder.resolve("db"));
            // Made private before HSQLDB creates anything in them, so its files are never reachable by others.
            OwnerOnly.tryRestrictTree(folder);
        } catch (IOException e) {
            lock.close();
            throw StorageException.of(e);
        }
        // lob_file_scale (new databases only; an existing one keeps its own): message bodies are
        // BLOBs in the .lobs file, each taking whole units of 32 KB by default, so a thousand
        // plain two-kilobyte messages would take 32 MB; in units of 4 KB, 4 MB. Not compressed
        // (hsqldb.lob_compressed): it would win back about a quarter of the base64 of a scan, for
        // deflating and inflating every body as it is written and sent.
        String url = "jdbc:hsqldb:file:" + folder.resolve("db").resolve("missive").toAbsolutePath()
                + ";hsqldb.write_delay=false;hsqldb.default_table_type=cached;hsqldb.tx=mvcc"
                + ";hsqldb.lob_file_scale=4"
                + ";hsqldb.lock_file=true;shutdown=false;sql.syntax_pgs=false";
        Database db = new Database(folder, url, lock);
        try {
            if (Files.exists(folder.resolve("db").resolve("missive.log"))) {
                listener.recovering();
            }
            db.connectWaitingForStaleLock(listener);
            db.watchWrites();
            db.execute("SET FILES WRITE DELAY FALSE");
            migrations.apply(db, targetVersion);
            db.restrictFilesToOwner();
            return db;
        } catch (RuntimeException e) {
            db.processLock.close();
            throw e;
        }
    }

    private void connectWaitingForStaleLock(OpeningListener listener) {
        long deadline = System.nanoTime() + STALE_LOCK_WAIT_MILLIS * 1_000_000;
        boolean told = false;
        while (true) {
            try {
                DriverManager.getConnection(url, "SA", "").close();
                return;
            } catch (SQLException e) {
                if (!isLockFailure(e) || System.nanoTime() > deadline) {
                    throw StorageException.of(e);
                }
                if (!told) {
                    LOG.info("Waiting for the lock left by a previous session to expire");
                    listener.recovering();
                    told = true;
                }
                sleep(500);
            }
        }
    }

    /**
     * Starts watching the engine's writes. An engine already open in this JVM whose writes
     * failed (a previous opening of the folder could not shut it down on a full disk) is
     * reopened from its files first.
     */
    private void watchWrites() {
        EngineWriteFailures watch;
        try (Connection c = DriverManager.getConnection(url, "SA", "")) {
            watch = EngineWriteFailures.watch(c);
        } catch (SQLException e) {
            throw storageFailure(e);
        }
        if (watch.failed()) {
            reopenEngine();
            if (needsReopening) {
                throw StorageException.diskFull(folder, watch.failure());
            }
        } else {
            writeFailures = watch;
        }
    }

    /**
     * Tightens every file and folder of the data folder to its owner: those HSQLDB just created
     * with the process's default mode, and those of a folder restored or made by an older Missive.
     */
    private void restrictFilesToOwner() {
        OwnerOnly.tryRestrictTree(folder);
    }

    private static boolean isLockFailure(SQLException e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return text.contains("lock") && text.contains("acquisition");
    }

    public Path folder() {
        return folder;
    }

    /** A new connection; the caller closes it. Prefer {@link #inTransaction(SqlWork)}. */
    public Connection connect() throws SQLException {
        if (closed) {
            throw new SQLException("database closed");
        }
        return DriverManager.getConnection(url, "SA", "");
    }

    /**
     * Runs the work in one transaction: committed (durably) when it returns, rolled back when
     * it throws. SQL failures come out as {@link StorageException}; the work's own
     * {@link MissiveException}s come out unchanged.
     *
     * <p>A commit the engine could not write to its files is never returned as done: it comes
     * out as a {@link StorageException} saying the disk is full (or could not be written), and
     * the engine is reopened from its files so that nothing in memory claims what the disk does
     * not hold.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        Connection c = null;
        try {
            c = borrow();
            EngineWriteFailures watch = writeFailures;
            T result;
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                if (e instanceof SQLException sql && isWriteFailure(sql)) {
                    closeQuietly(c);
                    c = null;
                    throw lostWrite(sql);
                }
                rollbackQuietly(c);
                throw e;
            }
            if (watch == null || watch.failed()) {
                closeQuietly(c);
                c = null;
                throw lostWrite(watch == null ? null : watch.failure());
            }
            giveBack(c);
            c = null;
            return result;
        } catch (SQLException e) {
            throw storageFailure(e);
        } finally {
            closeQuietly(c);
        }
    }

    /** A write of the engine failed: reopen it from its files, and say what the user can do. */
    private StorageException lostWrite(Throwable cause) {
        LOG.log(Level.FINE, "The database could not write its files; reopening it from them", cause);
        reopenEngine();
        return StorageException.diskFull(folder, cause);
    }

    private StorageException storageFailure(Exception e) {
        StorageException failure = StorageException.of(e);
        return "storage.diskFull".equals(failure.userMessage().key()) ? StorageException.diskFull(folder, e) : failure;
    }

    /** HSQLDB's codes for a failed file write (FILE_IO_ERROR, DATA_FILE_ERROR, GENERAL_IO_ERROR), or the OS's words. */
    private static boolean isWriteFailure(SQLException e) {
        int code = Math.abs(e.getErrorCode());
        return code == 452 || code == 466 || code == 467
                || "storage.diskFull".equals(StorageException.of(e).userMessage().key());
    }

    /**
     * Closes the engine without a checkpoint and opens it again, which replays its log: what it
     * holds afterwards is what its files hold. When even that fails (the disk is still full),
     * the next use tries again.
     */
    private synchronized void reopenEngine() {
        if (closed) {
            return;
        }
        synchronized (idle) {
            idle.forEach(Database::closeQuietly);
            idle.clear();
        }
        writeFailures = null;
        shutdownImmediately();
        try (Connection c = DriverManager.getConnection(url, "SA", "")) {
            writeFailures = EngineWriteFailures.watch(c);
            try (Statement s = c.createStatement()) {
                s.execute("SET FILES WRITE DELAY FALSE");
            }
            needsReopening = false;
        } catch (SQLException e) {
            LOG.log(Level.FINE, "The database could not be reopened after a failed write", e);
            needsReopening = true;
        }
    }

    /**
     * An idle connection, or a new one. Opening and closing an HSQLDB session for every
     * transaction costs more than the durable commit itself (about 12 ms against 6 here), which
     * the outbox, committing once per message delivered, pays a thousand times a batch.
     */
    private Connection borrow() throws SQLException {
        if (needsReopening) {
            reopenEngine();
            if (needsReopening) {
                throw StorageException.diskFull(folder, null);
            }
        }
        Connection c;
        synchronized (idle) {
            c = idle.pollFirst();
        }
        if (c == null) {
            c = connect();
        }
        c.setAutoCommit(false);
        return c;
    }

    private void giveBack(Connection c) throws SQLException {
        synchronized (idle) {
            if (!closed && idle.size() < MAX_IDLE_CONNECTIONS) {
                idle.addFirst(c);
                return;
            }
        }
        c.close();
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Could not close a connection", e);
            }
        }
    }

    void execute(String sql) {
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    /**
     * Writes a consistent copy of the database's files ({@code missive.script},
     * {@code missive.properties}, {@code missive.data}, …) into {@code directory}, while the
     * database stays open: HSQLDB's {@code BACKUP DATABASE … BLOCKING AS FILES} holds writers
     * back for the few moments the copy takes, so no transaction is half in it.
     */
    public void backupFilesTo(Path directory) {
        String target = directory.toAbsolutePath().toString().replace('\\', '/');
        if (!target.endsWith("/")) {
            target += "/";
        }
        execute("BACKUP DATABASE TO '" + target.replace("'", "''") + "' BLOCKING AS FILES");
    }

    /**
     * Makes the space of deleted message bodies reusable. HSQLDB keeps a deleted BLOB's blocks of
     * the {@code .lobs} file until a checkpoint; without one, a purged sent log would give
     * nothing back and the file would only grow.
     */
    public void reclaimSpace() {
        execute("CHECKPOINT");
    }

    /** The schema version (number of migrations applied) of the open database. */
    public int schemaVersion() {
        return inTransaction(Migrations::currentVersion);
    }

    /** Writes everything to the data files and releases the folder. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        synchronized (idle) {
            idle.forEach(Database::closeQuietly);
            idle.clear();
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Database shutdown failed", e);
            shutdownImmediately();
        } finally {
            closed = true;
            restrictDatabaseFilesQuietly();
            processLock.close();
        }
    }

    /** The shutdown's checkpoint wrote a new script and log with the default mode: tightened before the folder is let go. */
    private void restrictDatabaseFilesQuietly() {
        OwnerOnly.tryRestrictTree(folder.resolve("db"));
    }

    /**
     * Closes the engine without a checkpoint, so that it leaves this JVM even when it cannot
     * write: the next connection opens it again from its files.
     */
    private void shutdownImmediately() {
        try (Connection c = DriverManager.getConnection(url, "SA", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Immediate shutdown failed", e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Rollback failed", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the database", e);
        }
    }
}
