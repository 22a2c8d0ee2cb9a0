package fr.missive.store.backup;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.backup.BackupInfo;
import fr.missive.store.db.DataFolder;
import fr.missive.store.db.Database;
import fr.missive.store.db.FolderLock;
import fr.missive.store.db.OwnerOnly;
import fr.missive.store.db.StorageException;
import fr.missive.store.secrets.SecretKeyFile;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Puts a backup archive back into a data folder: only a new or empty folder unless asked to
 * replace what is there, never while another Missive has the folder open, and all or nothing
 * (the archive is unpacked aside and checked before anything in the folder is touched). The
 * restored database is then opened once, which brings an older backup up to this version's
 * schema.
 */
public final class BackupRestorer {

    /** Reads the manifest only: is this a Missive backup, and of what. */
    public BackupInfo inspect(Path archive) {
        requireFile(archive);
        try (InputStream raw = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !BackupManifest.ENTRY.equals(first.getName())) {
                throw notABackup(null);
            }
            return BackupManifest.read(zip);
        } catch (ZipException | EOFException e) {
            // A backup cut short (copied to a full USB stick) ends in the middle of an entry.
            throw notABackup(e);
        } catch (IOException e) {
            throw StorageException.of(e);
        }
    }

    /**
     * @param replace       also restore into a folder that holds data (which is then deleted)
     * @param latestSchema  the newest schema version this Missive knows; a newer backup is refused
     */
    public BackupInfo restore(Path archive, Path folder, boolean replace, int latestSchema) {
        BackupInfo info = inspect(archive);
        if (info.schemaVersion() > latestSchema) {
            throw new MissiveException(UserMessage.of("backup.tooNew", info.appVersion()));
        }
        try (FolderLock lock = FolderLock.acquire(folder)) {
            if (!replace && holdsData(folder)) {
                throw new MissiveException(UserMessage.of("backup.folderNotEmpty", folder.toString()));
            }
            Path staging = Files.createTempDirectory(folder, BackupWriter.WORK_PREFIX + "restore-");
            try {
                unpack(archive, staging);
                if (!Files.isRegularFile(staging.resolve(BackupWriter.DATABASE_FOLDER).resolve("missive.script"))) {
                    throw notABackup(null);
                }
                clear(folder, staging);
                moveChildren(staging, folder);
            } finally {
                Trees.deleteQuietly(staging);
            }
            securePrivateKey(folder);
            OwnerOnly.restrictTree(folder);
        } catch (IOException e) {
            throw StorageException.of(e);
        }
        // Opening applies any newer migration and proves the restored database is readable.
        Database.open(folder, Database.OpeningListener.NONE).close();
        return info;
    }

    private static void requireFile(Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw new MissiveException(UserMessage.of("backup.notFound", archive.toString()));
        }
    }

    private static MissiveException notABackup(Exception cause) {
        return cause == null ? new MissiveException(UserMessage.of("backup.notABackup"))
                : new MissiveException(UserMessage.of("backup.notABackup"), cause);
    }

    /** Any file but the lock, the journal and the sandbox's counts as data; empty folders do not. */
    private static boolean holdsData(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(folder.resolve(DataFolder.SANDBOX)))
                    .filter(f -> !fr.missive.store.journal.JournalFiles.isJournal(folder, f))
                    .anyMatch(f -> !f.equals(folder.resolve(FolderLock.FILE_NAME)));
        }
    }

    private static void unpack(Path archive, Path staging) throws IOException {
        try (InputStream raw = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory() || BackupManifest.ENTRY.equals(entry.getName())) {
                    continue;
                }
                Path target = staging.resolve(entry.getName()).normalize();
                // An entry such as "../../x" or "/etc/x" would write outside the folder.
                if (!target.startsWith(staging) || target.equals(staging)) {
                    throw notABackup(null);
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
            }
        } catch (ZipException | EOFException e) {
            // A backup cut short (copied to a full USB stick) ends in the middle of an entry.
            throw notABackup(e);
        }
    }

    /** Deletes what the folder holds, but the lock, the unpacked backup, the journal and the sandbox. */
    private static void clear(Path folder, Path staging) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.toList();
        }
        for (Path child : children) {
            if (!child.equals(staging) && !child.equals(folder.resolve(FolderLock.FILE_NAME))
                    && !child.equals(folder.resolve(DataFolder.SANDBOX))
                    && !fr.missive.store.journal.JournalFiles.isJournal(folder, child)) {
                Trees.delete(child);
            }
        }
    }

    private static void moveChildren(Path from, Path to) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(from)) {
            children = list.toList();
        }
        for (Path child : children) {
            Files.move(child, to.resolve(child.getFileName()));
        }
    }

    private static void securePrivateKey(Path folder) throws IOException {
        Path key = new SecretKeyFile(folder).path();
        if (Files.exists(key)) {
            SecretKeyFile.restrictToOwner(key.getParent(), true);
            SecretKeyFile.restrictToOwner(key, false);
        }
    }
}
