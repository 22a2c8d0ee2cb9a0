package fr.missive.model.backup;

import java.time.Instant;

/**
 * What a backup archive holds: the Missive that wrote it, the database's schema version, when
 * it was made and how many files it carries (database files, the secret key, the logo…).
 */
public record BackupInfo(String appVersion, int schemaVersion, Instant createdAt, int files) {
}
