package fr.missive.store.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The OS file lock on {@code missive.lock} of a data folder: held by the one Missive using the
 * folder, and dropped by the OS when that process dies, even by {@code kill -9}.
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name; it stays in the folder after use and is never backed up. */
    public static final String FILE_NAME = "missive.lock";

    private static final Logger LOG = Logger.getLogger(FolderLock.class.getName());

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder (creating it if needed).
     *
     * @throws AlreadyRunningException when another Missive holds it
     */
    public static FolderLock acquire(Path folder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new AlreadyRunningException(folder);
            }
            return new FolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new AlreadyRunningException(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StorageException.of(e);
        }
    }

    /** Releases the folder. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not release folder lock", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Could not close lock file", e);
            }
        }
    }
}
