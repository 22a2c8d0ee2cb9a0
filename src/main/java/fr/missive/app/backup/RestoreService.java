package fr.missive.app.backup;

import fr.missive.model.backup.BackupInfo;
import fr.missive.store.backup.BackupRestorer;
import fr.missive.store.db.Migrations;
import java.nio.file.Path;

/**
 * Restores a backup archive into a data folder that is not open: a new or empty one, or, when
 * asked, one whose data is replaced. Needs no open folder, so it is not part of
 * {@link fr.missive.app.OpenDataFolder}.
 */
public final class RestoreService {

    private final BackupRestorer restorer;
    private final int latestSchema;

    public RestoreService() {
        this(new BackupRestorer(), Migrations.fromClasspath().latestVersion());
    }

    public RestoreService(BackupRestorer restorer, int latestSchema) {
        this.restorer = restorer;
        this.latestSchema = latestSchema;
    }

    /**
     * @throws fr.missive.model.MissiveException {@code backup.folderNotEmpty} when the folder
     *         holds data and {@code replace} is false, {@code storage.alreadyRunning} when
     *         another Missive has it open, {@code backup.notABackup}, {@code backup.notFound},
     *         {@code backup.tooNew}; the folder is unchanged in each case
     */
    public BackupInfo restore(Path archive, Path folder, boolean replace) {
        return restorer.restore(archive, folder, replace, latestSchema);
    }
}
