package fr.missive.app.backup;

import fr.missive.app.AppVersion;
import fr.missive.app.users.UserService;
import fr.missive.model.backup.BackupInfo;
import fr.missive.model.users.User;
import fr.missive.store.backup.BackupWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Saves the open data folder into one archive: the whole database (every table, whatever later
 * versions add), the secret key that decrypts the stored passwords, the logo and other files.
 * The archive therefore gives access to the mail accounts: administrators only.
 */
public final class BackupService {

    private final BackupWriter writer;
    private final Clock clock;

    public BackupService(BackupWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    public BackupInfo backup(User actor, Path archive) {
        UserService.requireAdmin(actor);
        return writer.write(archive, AppVersion.current(), clock.instant());
    }
}
