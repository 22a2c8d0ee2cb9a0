package fr.missive.store.db;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The embedded HSQLDB engine of a one-PC data folder. */
final class HsqldbDialect implements Dialect {

    static final HsqldbDialect INSTANCE = new HsqldbDialect();

    private HsqldbDialect() {
    }

    @Override
    public String engineName() {
        return "HSQLDB";
    }

    @Override
    public String migrationFolder() {
        return "db/migration/";
    }

    /**
     * Through the {@link Blob} locator, a chunk at a time ({@link BlobChunks}): HSQLDB then reads
     * the body from its {@code .lobs} file block by block. The locator is freed when the stream
     * is closed.
     */
    @Override
    public InputStream binaryStream(ResultSet rs, int column) throws SQLException {
        Blob blob = rs.getBlob(column);
        return blob == null ? null : new BlobChunks(blob);
    }

    /**
     * HSQLDB keeps a deleted BLOB's blocks of the {@code .lobs} file until a checkpoint; without
     * one, a purged sent log would give nothing back and the file would only grow.
     */
    @Override
    public void reclaimSpace(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    @Override
    public void lockForMigration(Connection c) {
        // The folder lock (FolderLock) already keeps every other process out.
    }

    @Override
    public boolean offersFileBackup() {
        return true;
    }

    /**
     * {@code BACKUP DATABASE … BLOCKING AS FILES} holds writers back for the few moments the copy
     * takes, so no transaction is half in it, while the database stays open.
     */
    @Override
    public void backupFilesTo(Connection c, Path directory) throws SQLException {
        String target = directory.toAbsolutePath().toString().replace('\\', '/');
        if (!target.endsWith("/")) {
            target += "/";
        }
        try (Statement s = c.createStatement()) {
            s.execute("BACKUP DATABASE TO '" + target.replace("'", "''") + "' BLOCKING AS FILES");
        }
    }

    @Override
    public void shutdown(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    /** HSQLDB's codes for a failed file write (FILE_IO_ERROR, DATA_FILE_ERROR, GENERAL_IO_ERROR), or the OS's words. */
    @Override
    public boolean isWriteFailure(SQLException e) {
        int code = Math.abs(e.getErrorCode());
        return code == 452 || code == 466 || code == 467
                || "storage.diskFull".equals(StorageException.of(e).userMessage().key());
    }

    /** One process per data folder: the folder lock sees to it. */
    @Override
    public void wakeChangeFeeds(Connection c, String table) throws SQLException {
    }

    @Override
    public boolean writesInWithClauses() {
        return false;
    }

    @Override
    public boolean sharedByProcesses() {
        return false;
    }

    @Override
    public String currentTimeQuery() {
        return "VALUES CURRENT_TIMESTAMP";
    }

    /** Nothing: the process is alone on its files, and the stores keep their own threads in step. */
    @Override
    public String lockRowsSkippingLocked(String alias) {
        return "";
    }

    /** Nothing: the process is alone on its files, and the stores keep their own threads in step. */
    @Override
    public void lockUntilCommit(Connection c, int area, int key) {
        // Deliberately empty (see above).
    }

    /** HSQLDB takes only a literal after {@code RESTART WITH}: the next value is read first. */
    @Override
    public void continueIdentity(Connection c, String table, String column) throws SQLException {
        long next;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
        }
    }
}
