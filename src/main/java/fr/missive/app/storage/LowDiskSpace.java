package fr.missive.app.storage;

import fr.missive.model.UserMessage;
import fr.missive.store.db.DiskSpace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Warns while there is still time: below {@link #THRESHOLD_BYTES} free on the disk of the data
 * folder, the window shows a band and the command line a line on standard error. A full disk
 * makes every save fail (see {@code StorageException.diskFull}); this says so beforehand.
 */
public final class LowDiskSpace {

    /** The one threshold: below 200 MB free, the user is told to free some space. */
    public static final long THRESHOLD_BYTES = 200L * 1024 * 1024;

    private final Path dataFolder;
    private final long thresholdBytes;

    public LowDiskSpace(Path dataFolder) {
        this(dataFolder, THRESHOLD_BYTES);
    }

    /** With another threshold: tests use one above any disk's free space to see the warning. */
    public LowDiskSpace(Path dataFolder, long thresholdBytes) {
        this.dataFolder = dataFolder;
        this.thresholdBytes = thresholdBytes;
    }

    /**
     * The warning to show, or empty when there is room (or the OS cannot tell). One call to the
     * file system: run it off the event thread.
     */
    public Optional<UserMessage> check() {
        OptionalLong free = DiskSpace.usableBytes(dataFolder);
        if (free.isEmpty() || free.getAsLong() >= thresholdBytes) {
            return Optional.empty();
        }
        return Optional.of(UserMessage.of("storage.lowSpace", dataFolder.toString(),
                DiskSpace.megabytes(free.getAsLong())));
    }
}
