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
import java.util.Properties;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The database of Missive: the embedded HSQLDB file database of one data folder (the default,
 * one PC), or a PostgreSQL server several PCs share ({@link DatabaseTarget}).
 *
 * <p>Two locks guard the folder. An OS file lock on {@code missive.lock}, which the OS drops
 * when the process dies even by {@code kill -9}, tells a second running instance from a crash.
 * HSQLDB's own lock file is only considered stale some seconds after its owner stopped
 * heart-beating, so after a crash we wait for it, reporting a "recovering" state, instead of
 * refusing to start.
 *
 * <p>Everything engine-specific lives in this package: the connection properties and the write
 * watch here, the rest behind {@link Dialect}; the repositories use portable SQL, and each engine
 * has its own folder of migration scripts giving the same schema. On a server there is no folder
 * lock and no write watch: the server serialises the PCs' transactions and reports its own
 * failed writes as errors.
 */
public final class Database implements AutoCloseable {

    /** Told about slow steps of opening, so a window can say what is going on. */
    public interface OpeningListener {
        OpeningListener NONE = () -> { };

        /** The previous session did not end cleanly; the database is being recovered. */
        void recovering();
    }

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private static final int MAX_IDLE_CONNECTIONS = 4;

    private final Deque<Connection> idle = new ArrayDeque<>();
    private final DatabaseTarget target;
    private final Dialect dialect;
    /** The data folder of an embedded database; null on a server. */
    private final Path folder;
    private final String url;
    private final Properties credentials;
    /** The folder's process lock; null on a server. */
    private final FolderLock processLock;
    private volatile boolean closed;
    /** The swallowed write failures of the engine now open; replaced when the engine is reopened. */
    private volatile EngineWriteFailures writeFailures;
    /** Set when the engine had to be reopened after a failed write and could not be: retried at the next use. */
    private volatile boolean needsReopening;
    /** Whether the server answers, as this database's work finds out; never "gone" when embedded. */
    private final ServerReachability reachability = new ServerReachability();

    private Database(DatabaseTarget target, Dialect dialect, String url, Properties credentials, FolderLock processLock) {
        this.target = target;
        this.dialect = dialect;
        this.folder = target instanceof DatabaseTarget.Embedded embedded ? embedded.folder() : null;
        this.url = url;
        this.credentials = credentials;
        this.processLock = processLock;
    }

    /**
     * Held shared by every transaction, exclusively by a bulk one while the embedded engine's
     * log is not written through (see {@link #inBulkTransaction}).
     */
    private final ReentrantReadWriteLock logSyncGate = new ReentrantReadWriteLock();

    /** Opens (creating if needed) the database of the folder and applies pending migrations. */
    public static Database open(Path folder, OpeningListener listener) {
        return open(folder, listener, Migrations.fromClasspath(HsqldbDialect.INSTANCE), Integer.MAX_VALUE);
    }

    /** Opens the target's database, embedded or on a server, and applies pending migrations. */
    public static Database open(DatabaseTarget target, OpeningListener listener) {
        if (target instanceof DatabaseTarget.Server server) {
            return open(server, Migrations.forPostgresql(), Integer.MAX_VALUE);
        }
        return open(((DatabaseTarget.Embedded) target).folder(), listener);
    }

    /**
     * Opens a PostgreSQL database and applies the pending migrations (of {@code migrations}, up
     * to {@code targetVersion}). The database must exist; its tables are made at the first opening.
     */
    public static Database open(DatabaseTarget.Server server, Migrations migrations, int targetVersion) {
        Properties credentials = new Properties();
        credentials.setProperty("user", server.user());
        credentials.setProperty("password", server.password());
        // Unique to this running Missive: the change log (V23) names the writer by it, so that
        // each PC passes on to its windows what the others changed, not its own writes.
        credentials.setProperty("ApplicationName", "Missive " + java.util.UUID.randomUUID().toString().substring(0, 13));
        // Seconds: a server that does not answer is told as such rather than hanging the opening.
        credentials.setProperty("connectTimeout", "15");
        Database db = new Database(server, PostgresqlDialect.INSTANCE, ServerUrl.withVerifiedTls(server.url()),
                credentials, null);
        try {
            db.connect().close();
            migrations.apply(db, targetVersion);
            return db;
        } catch (SQLException e) {
            db.close();
            throw ServerFailures.describe(e, server);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
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
        // No lock file of HSQLDB's own (hsqldb.lock_file): the folder's lock above, which the OS
        // drops when the process dies, already keeps a second process out. HSQLDB's file, kept
        // fresh by a heartbeat thread, made every close wait about 100 ms for that thread and, after
        // a crash, the next start wait several seconds for the file to be taken for stale.
        String url = "jdbc:hsqldb:file:" + folder.resolve("db").resolve("missive").toAbsolutePath()
                + ";hsqldb.write_delay=false;hsqldb.default_table_type=cached;hsqldb.tx=mvcc"
                + ";hsqldb.lob_file_scale=4"
                + ";hsqldb.lock_file=false;shutdown=false;sql.syntax_pgs=false";
        Properties credentials = new Properties();
        credentials.setProperty("user", "SA");
        credentials.setProperty("password", "");
        Database db = new Database(new DatabaseTarget.Embedded(folder), HsqldbDialect.INSTANCE, url, credentials, lock);
        try {
            if (Files.exists(folder.resolve("db").resolve("missive.log"))) {
                listener.recovering();
            }
            db.connectOnce();
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

    /** Opens the engine (recovering from its log after a crash), so that its failures come out here. */
    private void connectOnce() {
        try {
            connectToEngine().close();
        } catch (SQLException e) {
            throw StorageException.of(e);
        }
    }

    /**
     * Starts watching the engine's writes. An engine already open in this JVM whose writes
     * failed (a previous opening of the folder could not shut it down on a full disk) is
     * reopened from its files first.
     */
    private void watchWrites() {
        EngineWriteFailures watch;
        try (Connection c = connectToEngine()) {
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

    /** The data folder of an embedded database; a server's database has none (see {@link #isEmbedded()}). */
    public Path folder() {
        if (folder == null) {
            throw new IllegalStateException("a database on a server has no data folder");
        }
        return folder;
    }

    /** Whether this is the embedded database of a data folder (else a PostgreSQL server). */
    public boolean isEmbedded() {
        return folder != null;
    }

    public DatabaseTarget target() {
        return target;
    }

    /** The engine's differences, for the few places a repository must do something its way. */
    /** The application name this process's connections give a server (unique per process); null when embedded. */
    public String applicationName() {
        return credentials.getProperty("ApplicationName");
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** A new connection; the caller closes it. Prefer {@link #inTransaction(SqlWork)}. */
    public Connection connect() throws SQLException {
        if (closed) {
            throw new SQLException("database closed");
        }
        Connection c;
        try {
            c = connectToEngine();
        } catch (SQLException e) {
            reportFailure(e);
            throw e;
        }
        if (!isEmbedded()) {
            reachability.succeeded();
        }
        return c;
    }

    /** Whether the database server answers; tells its listeners when it stops and starts answering. */
    public ServerReachability reachability() {
        return reachability;
    }

    /** {@code host:port} of the server, for messages; null when embedded. */
    public String serverAddress() {
        return target instanceof DatabaseTarget.Server server ? ServerFailures.serverAddress(server.url()) : null;
    }

    /**
     * Asks the server for a trivial {@code SELECT 1} on a connection of its own, with short
     * timeouts: whether it answers, told to {@link #reachability()}'s listeners. Blocks for up to
     * about ten seconds: never on the EDT. Always true when embedded.
     */
    public boolean probe() {
        if (isEmbedded()) {
            return true;
        }
        if (closed) {
            return false;
        }
        Properties quick = new Properties();
        quick.putAll(credentials);
        quick.setProperty("connectTimeout", "5");
        quick.setProperty("socketTimeout", "10");
        try (Connection c = DriverManager.getConnection(url, quick); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            if (!reportFailure(e)) {
                LOG.log(Level.FINE, "The database server answered the probe with an error", e);
            }
            return false;
        }
        reachability.succeeded();
        return true;
    }

    /**
     * A failure of work on the server: when it says the server is out of reach, the idle
     * connections (dead with it) are dropped and the listeners told. Returns whether it was that.
     */
    boolean reportFailure(Throwable failure) {
        if (isEmbedded() || !reachability.failed(failure)) {
            return false;
        }
        synchronized (idle) {
            idle.forEach(Database::closeQuietly);
            idle.clear();
        }
        return true;
    }

    private Connection connectToEngine() throws SQLException {
        return DriverManager.getConnection(url, credentials);
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
        if (!isEmbedded()) {
            // The gate is for the embedded engine's bulk transactions only (see inBulkTransaction).
            return inTransactionNow(work);
        }
        Lock shared = logSyncGate.readLock();
        shared.lock();
        try {
            return inTransactionNow(work);
        } finally {
            shared.unlock();
        }
    }

    /**
     * As {@link #inTransaction}, for one transaction writing many BLOBs (a chunk of queued
     * messages): committed durably when it returns, like any other. On the embedded engine,
     * HSQLDB commits each BLOB's own bookkeeping (its LOB tables) separately and, with the
     * log written through, syncs its log after each of them: three syncs a message besides
     * the one of its bytes. Here the log is written through only when the transaction has
     * committed ({@code SET FILES WRITE DELAY FALSE} forces it to disk before returning),
     * and no other transaction runs meanwhile, so none is ever told it committed before
     * its commit is on disk.
     */
    public <T> T inBulkTransaction(SqlWork<T> work) {
        if (!isEmbedded()) {
            return inTransaction(work);
        }
        Lock exclusive = logSyncGate.writeLock();
        exclusive.lock();
        try {
            execute("SET FILES WRITE DELAY 10");
            T result;
            try {
                result = inTransactionNow(work);
            } finally {
                // Forces the log (the commit above included) to disk, whatever happened.
                execute("SET FILES WRITE DELAY FALSE");
            }
            return result;
        } finally {
            exclusive.unlock();
        }
    }

    /**
     * Runs one query that writes nothing, outside a transaction on a server: one round trip to it
     * where a transaction takes two (its statement, then its commit), for a read made for every
     * message delivered. On the embedded engine, a transaction as {@link #inTransaction} (an
     * HSQLDB BLOB read is only valid within one).
     */
    public <T> T readingOnce(SqlWork<T> query) {
        return committedByItself(query);
    }

    /**
     * Runs one statement that writes, committed by itself on a server: one round trip where a
     * transaction takes two, for a write each delivered message waits for (its "sent" mark). On
     * the embedded engine, a transaction as {@link #inTransaction}.
     */
    public <T> T writingOnce(SqlWork<T> statement) {
        return committedByItself(statement);
    }

    /** Autocommit on a server; a transaction on the embedded engine (its BLOB reads need one). */
    private <T> T committedByItself(SqlWork<T> statement) {
        return isEmbedded() ? inTransaction(statement) : inTransactionNow(statement, true);
    }

    private <T> T inTransactionNow(SqlWork<T> work) {
        return inTransactionNow(work, false);
    }

    /** With {@code autoCommit}, the work's statements commit each by themselves (see {@link #readingOnce}). */
    private <T> T inTransactionNow(SqlWork<T> work, boolean autoCommit) {
        Connection c = null;
        try {
            c = borrow();
            EngineWriteFailures watch = writeFailures;
            T result;
            try {
                if (autoCommit) {
                    c.setAutoCommit(true);
                    result = work.run(c);
                    // Given back as every borrowed connection is, in a transaction of its own.
                    c.setAutoCommit(false);
                } else {
                    result = work.run(c);
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (e instanceof SQLException sql && dialect.isWriteFailure(sql)) {
                    closeQuietly(c);
                    c = null;
                    throw lostWrite(sql);
                }
                rollbackQuietly(c);
                throw e;
            }
            // Only the embedded engine swallows failed writes; a server reports them as errors.
            if (isEmbedded() && (watch == null || watch.failed())) {
                closeQuietly(c);
                c = null;
                throw lostWrite(watch == null ? null : watch.failure());
            }
            giveBack(c);
            c = null;
            if (!isEmbedded()) {
                reachability.succeeded();
            }
            return result;
        } catch (SQLException e) {
            throw storageFailure(e);
        } catch (RuntimeException e) {
            // A repository may have wrapped the driver's failure itself: still a server gone.
            if (!(e instanceof ServerUnreachableException) && reportFailure(e)) {
                throw serverLost(e);
            }
            throw e;
        } finally {
            closeQuietly(c);
        }
    }

    /** A write of the engine failed: reopen it from its files, and say what the user can do. */
    private StorageException lostWrite(Throwable cause) {
        if (!isEmbedded()) {
            // The server rolled the transaction back; nothing here holds what it did not write.
            return new StorageException(fr.missive.model.UserMessage.of("storage.serverWriteFailed"), cause);
        }
        LOG.log(Level.FINE, "The database could not write its files; reopening it from them", cause);
        reopenEngine();
        return StorageException.diskFull(folder, cause);
    }

    private StorageException storageFailure(Exception e) {
        if (reportFailure(e)) {
            return serverLost(e);
        }
        StorageException failure = StorageException.of(e);
        return isEmbedded() && "storage.diskFull".equals(failure.userMessage().key())
                ? StorageException.diskFull(folder, e) : failure;
    }

    /** The server went away during the work: nothing of it is known to be saved; it reconnects by itself. */
    private ServerUnreachableException serverLost(Exception cause) {
        return new ServerUnreachableException(fr.missive.model.UserMessage.of("storage.serverLost", serverAddress()),
                cause);
    }

    /**
     * Closes the engine without a checkpoint and opens it again, which replays its log: what it
     * holds afterwards is what its files hold. When even that fails (the disk is still full),
     * the next use tries again.
     */
    private synchronized void reopenEngine() {
        if (closed || !isEmbedded()) {
            return;
        }
        synchronized (idle) {
            idle.forEach(Database::closeQuietly);
            idle.clear();
        }
        writeFailures = null;
        shutdownImmediately();
        try (Connection c = connectToEngine()) {
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
     * database stays open. Not offered on a server (its files are not on this PC): a
     * {@link StorageException} says so.
     */
    public void backupFilesTo(Path directory) {
        if (!dialect.offersFileBackup()) {
            throw new StorageException(fr.missive.model.UserMessage.of("storage.backupOnServer"), null);
        }
        inTransaction(c -> {
            dialect.backupFilesTo(c, directory);
            return null;
        });
    }

    /** Makes the space of deleted message bodies reusable, where the engine needs telling ({@link Dialect#reclaimSpace}). */
    public void reclaimSpace() {
        inTransaction(c -> {
            dialect.reclaimSpace(c);
            return null;
        });
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
        if (!isEmbedded()) {
            closed = true;
            return;
        }
        try (Connection c = connect()) {
            dialect.shutdown(c);
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
        try (Connection c = connectToEngine(); Statement s = c.createStatement()) {
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
}
