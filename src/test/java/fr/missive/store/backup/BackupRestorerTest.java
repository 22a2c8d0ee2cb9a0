package fr.missive.store.backup;

import fr.missive.store.db.EmbeddedOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.MissiveException;
import fr.missive.model.backup.BackupInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives that must not be restored, whatever they claim to be. */
@EmbeddedOnly // about backups of HSQLDB files
class BackupRestorerTest {

    @TempDir
    Path files;

    private final BackupRestorer restorer = new BackupRestorer();

    @Test
    void refusesAnEntryThatWouldLandOutsideTheFolder() throws IOException {
        // Unpacked in data/.missive-restore-…/, "../../escaped.txt" would be files/escaped.txt.
        Path folder = files.resolve("data");
        Path archive = archive(1, "db/missive.script", "../../escaped.txt");

        assertThatThrownBy(() -> restorer.restore(archive, folder, false, 10))
                .isInstanceOf(MissiveException.class)
                .satisfies(e -> assertThat(((MissiveException) e).userMessage().key()).isEqualTo("backup.notABackup"));

        assertThat(files.resolve("escaped.txt")).doesNotExist();
        assertThat(dataFiles(folder)).isZero();
    }

    @Test
    void refusesABackupOfANewerSchemaBeforeTouchingTheFolder() throws IOException {
        Path folder = files.resolve("data");
        Path archive = archive(11, "db/missive.script");

        assertThatThrownBy(() -> restorer.restore(archive, folder, false, 10))
                .isInstanceOf(MissiveException.class)
                .satisfies(e -> assertThat(((MissiveException) e).userMessage().key()).isEqualTo("backup.tooNew"));
        assertThat(folder).doesNotExist();
    }

    @Test
    void refusesAnArchiveWithoutADatabase() throws IOException {
        Path folder = files.resolve("data");
        Path archive = archive(1, "keys/secret.key");

        assertThatThrownBy(() -> restorer.restore(archive, folder, false, 10))
                .satisfies(e -> assertThat(((MissiveException) e).userMessage().key()).isEqualTo("backup.notABackup"));
        assertThat(dataFiles(folder)).isZero();
    }

    /** A zip with a valid manifest of the given schema version, then the given entries. */
    private Path archive(int schema, String... entries) throws IOException {
        Path archive = files.resolve("backup-" + schema + "-" + entries.length + ".zip");
        try (OutputStream raw = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            BackupManifest.write(zip, new BackupInfo("0.1.0", schema, Instant.parse("2026-11-30T08:00:00Z"),
                    entries.length));
            zip.closeEntry();
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return archive;
    }

    /** Files left in the folder, the lock aside. */
    private static long dataFiles(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("missive.lock"))
                    .count();
        }
    }
}
