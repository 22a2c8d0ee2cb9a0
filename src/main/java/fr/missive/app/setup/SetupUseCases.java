package fr.missive.app.setup;

import fr.missive.app.backup.BackupService;
import fr.missive.app.institution.InstitutionService;
import fr.missive.app.settings.Preferences;
import fr.missive.app.users.UserService;

/**
 * Setting Missive up and keeping it: the first run, the users of this PC, the institution's
 * identity, each user's preferences, the backups and, on a shared database, the school's PCs.
 */
public record SetupUseCases(FirstRunService firstRun, UserService users, InstitutionService institution,
                            Preferences preferences, BackupService backup,
                            fr.missive.app.shared.SharedDatabaseService sharedDatabase) {
}
