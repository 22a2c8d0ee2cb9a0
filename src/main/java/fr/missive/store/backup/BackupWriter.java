package fr.missive.store.backup;

import fr.missive.model.backup.BackupInfo;
import fr.missive.store.db.DataFolder;
import fr.missive.store.db.Database;
import fr.missive.store.db.FolderLock;
import fr.missive.store.db.Migrations;
import fr.missive.store.db.StorageException;
import fr.missive.store.secrets.SecretKeyFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one zip archive of an open data folder: a consistent copy of the database, and every
 * other file of the folder (the secret key that decrypts the stored passwords, the logo, …)
 * except the lock.
 *
 * <p>The archive always holds an HSQLDB database, whichever engine the folder uses, so that one
 * format restores anywhere: a one-PC folder's database is copied by HSQLDB while it stays open;
 * a school's shared PostgreSQL database is copied row by row into a new HSQLDB database made
 * aside ({@link DatabaseCopy}, which also compares the copy with the server's tables). The
 * folder's connection to the server is left out: restored alone, the archive is a one-PC folder.
 */
public final class BackupWriter {

    /** Where the database files go inside the archive, as in the data folder. */
    static final String DATABASE_FOLDER = "db";
    /** Prefix of the working folders backup and restore make inside the data folder. */
    static final String WORK_PREFIX = ".missive-";

    private final Database db;
    private final Path folder;

    /** @param folder the data folder: the embedded database's own, or the PC's folder beside a server */
    public BackupWriter(Database db, Path folder) {
        this.db = db;
        this.folder = folder;
    }

    /** Writes the archive (replacing the file if it exists, only once it is complete). */
    public BackupInfo write(Path archive, String appVersion, Instant now) {
        Path target = archive.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Path staging = null;
        try {
            Files.createDirectories(folder);
            staging = Files.createTempDirectory(folder, WORK_PREFIX + "backup-");
            copyDatabaseTo(staging);
            List<Entry> entries = new ArrayList<>();
            try (Stream<Path> files = Files.list(staging)) {
                files.filter(Files::isRegularFile).sorted()
                        .forEach(f -> entries.add(new Entry(DATABASE_FOLDER + "/" + f.getFileName(), f)));
            }
            entries.addAll(otherFiles(folder, target, partial));
            BackupInfo info = new BackupInfo(appVersion, db.schemaVersion(), now, entries.size());
            writeZip(partial, info, entries);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return info;
        } catch (IOException e) {
            throw StorageException.of(e);
        } finally {
            Trees.deleteQuietly(partial);
            Trees.deleteQuietly(staging);
        }
    }

    /** Writes the database's files into {@code staging}: HSQLDB's own copy, or the server's rows copied into one. */
    private void copyDatabaseTo(Path staging) {
        if (db.isEmbedded()) {
            db.backupFilesTo(staging);
            return;
        }
        Path copyFolder = staging.resolve("engine");
        try (Database copy = Database.open(copyFolder, Database.OpeningListener.NONE, Migrations.fromClasspath(),
                db.schemaVersion())) {
            new DatabaseCopy(db, copy).copyAndVerify(DatabaseCopy.Progress.NONE, () -> false);
        }
        try (Stream<Path> files = Files.list(copyFolder.resolve(DATABASE_FOLDER))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().startsWith("missive.")
                        && !file.getFileName().toString().endsWith(".lck")) {
                    Files.move(file, staging.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw StorageException.of(e);
        }
        Trees.deleteQuietly(copyFolder);
    }

    private record Entry(String name, Path file) {
    }

    /**
     * Every file of the folder but the live database, the lock, this PC's connection to a shared
     * database (ServerConnection.isThisPcsFile), the journal (this PC's diagnostics, not
     * data), our working folders, the sandbox and the archive.
     */
    private static List<Entry> otherFiles(Path folder, Path archive, Path partial) throws IOException {
        Path liveDatabase = folder.resolve(DATABASE_FOLDER);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(liveDatabase))
                    .filter(f -> !f.equals(folder.resolve(FolderLock.FILE_NAME)))
                    // The PC's name on a shared database: a restore on another PC must not take it.
                    .filter(f -> !f.equals(folder.resolve(fr.missive.store.db.PcIdentity.FILE_NAME)))
                    .filter(f -> !fr.missive.store.db.ServerConnection.isThisPcsFile(folder, f))
                    .filter(f -> !fr.missive.store.journal.JournalFiles.isJournal(folder, f))
                    .filter(f -> !folder.relativize(f).getName(0).toString().startsWith(WORK_PREFIX))
                    .filter(f -> !folder.relativize(f).getName(0).toString().equals(DataFolder.SANDBOX))
                    .filter(f -> !f.toAbsolutePath().normalize().equals(archive))
                    .filter(f -> !f.toAbsolutePath().normalize().equals(partial))
                    .sorted()
                    .map(f -> new Entry(Trees.entryName(folder.relativize(f)), f))
                    .toList();
        }
    }

    private static void writeZip(Path partial, BackupInfo info, List<Entry> entries) throws IOException {
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        // The archive carries the secret key: as private as the key file itself.
        SecretKeyFile.restrictToOwner(partial, false);
        try (OutputStream raw = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            BackupManifest.write(zip, info);
            zip.closeEntry();
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                Files.copy(entry.file(), zip);
                zip.closeEntry();
            }
        }
    }
}
