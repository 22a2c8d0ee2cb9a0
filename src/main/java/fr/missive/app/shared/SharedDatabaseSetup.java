package fr.missive.app.shared;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Password;
import fr.missive.store.backup.BackupRestorer;
import fr.missive.store.backup.DatabaseCopy;
import fr.missive.store.db.Migrations;
import fr.missive.store.db.Database;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.PcRoles;
import fr.missive.store.db.ServerConnection;
import fr.missive.store.db.ServerDatabases;
import fr.missive.store.secrets.JoinFile;
import fr.missive.store.secrets.KeyFingerprint;
import fr.missive.store.secrets.PassphraseSeal;
import fr.missive.store.secrets.PcKeyPair;
import fr.missive.store.secrets.SchoolPcs;
import fr.missive.store.secrets.SecretKeyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Points a new data folder at a school's shared database, before the folder is opened: either
 * the first PC making the school's database in an empty PostgreSQL database, or another PC
 * joining it with the join file an administrator gave. What belongs to the PC (its connection,
 * its keys) is written in the folder, and only once everything was checked: a failure leaves the
 * folder as it was.
 */
public final class SharedDatabaseSetup {

    /** A database user and password typed in place of the role a join file carries. */
    public record Login(String user, Password password) {
    }

    private final Clock clock;
    private final SecureRandom random;
    private final PassphraseSeal seal;

    public SharedDatabaseSetup(Clock clock, SecureRandom random, PassphraseSeal seal) {
        this.clock = clock;
        this.random = random;
        this.seal = seal;
    }

    /** With the system's clock and a fresh random source. */
    public static SharedDatabaseSetup standard() {
        SecureRandom random = new SecureRandom();
        return new SharedDatabaseSetup(Clock.systemUTC(), random, new PassphraseSeal(random));
    }

    /**
     * Makes the school's tables in an empty database, lists this PC under {@code pcName} with the
     * given role, and points the folder at it. The first administrator is made afterwards, as
     * for a folder of one PC ({@code FirstRunService}), once the folder is opened.
     */
    public void create(Path dataFolder, String url, String user, Password password, String pcName) {
        requireFreshFolder(dataFolder);
        PcRoles.roleOf(pcName);
        ServerConnection connection = new ServerConnection(url, user, password, pcName);
        DatabaseTarget.Server target = connection.target();
        switch (ServerDatabases.inspect(target)) {
            case EMPTY -> { }
            case MISSIVE -> throw new MissiveException(UserMessage.of("shared.alreadyMissive", url));
            case OTHER -> throw new MissiveException(UserMessage.of("shared.notEmpty", url));
        }
        KeyPair pair = PcKeyPair.generate(random);
        byte[] keyBytes = new byte[32];
        random.nextBytes(keyBytes);
        SecretKey school = new javax.crypto.spec.SecretKeySpec(keyBytes, "AES");
        java.util.Arrays.fill(keyBytes, (byte) 0);
        try (Database db = Database.open(target, Database.OpeningListener.NONE)) {
            new PcRoles(db).grantGroup();
            SchoolPcs pcs = new SchoolPcs(db);
            pcs.addJoined(pcName, user, pair.getPublic().getEncoded(), school, clock.instant());
            pcs.recordKeyIfNone(school, clock.instant());
        }
        writeFolder(dataFolder, connection, pair, school);
    }

    /**
     * Joins the school's database with an administrator's join file: opens it with the
     * passphrase, checks the server and that its key is the school's current one, then lists
     * this PC's public key and writes the folder's connection and keys.
     *
     * @param login a user and password to use in place of the file's role, or empty
     */
    public void join(Path dataFolder, byte[] joinFile, Password passphrase, Optional<Login> login) {
        requireFreshFolder(dataFolder);
        joinChecked(dataFolder, joinFile, passphrase, login);
    }

    /**
     * As {@link #join}, for a folder whose own database was just made empty by the first opening
     * (the first-run wizard's choice): that database is left unused, as after {@link #moveUp},
     * and the folder opens on the server from its next opening. The caller has checked that
     * nobody set the folder up yet.
     */
    public void joinBesideUnusedDatabase(Path dataFolder, byte[] joinFile, Password passphrase, Optional<Login> login) {
        if (ServerConnection.existsIn(dataFolder)) {
            throw new MissiveException(UserMessage.of("shared.folderInUse", dataFolder.toString()));
        }
        joinChecked(dataFolder, joinFile, passphrase, login);
    }

    private void joinChecked(Path dataFolder, byte[] joinFile, Password passphrase, Optional<Login> login) {
        JoinFile file = JoinFile.open(joinFile, seal, passphrase);
        ServerConnection connection = login
                .map(l -> new ServerConnection(file.url(), l.user(), l.password(), file.pcName()))
                .orElseGet(() -> new ServerConnection(file.url(), file.user(), file.password(), file.pcName()));
        DatabaseTarget.Server target = connection.target();
        if (ServerDatabases.inspect(target) != ServerDatabases.Content.MISSIVE) {
            throw new MissiveException(UserMessage.of("shared.notMissive", file.url()));
        }
        KeyPair pair = PcKeyPair.generate(random);
        try (Database db = Database.open(target, Database.OpeningListener.NONE)) {
            SchoolPcs pcs = new SchoolPcs(db);
            Optional<String> current = pcs.currentKeyId();
            if (current.isPresent() && !current.get().equals(KeyFingerprint.of(file.schoolKey()))) {
                throw new MissiveException(UserMessage.of("shared.joinFileOutdated"));
            }
            SchoolPcs.Pc pc = pcs.find(file.pcName()).filter(found -> !found.revoked())
                    .orElseThrow(() -> new MissiveException(UserMessage.of("shared.pcRevoked", file.pcName())));
            if (pc.joined()) {
                throw new MissiveException(UserMessage.of("shared.joinFileUsed", file.pcName()));
            }
            pcs.joined(file.pcName(), pair.getPublic().getEncoded(), file.schoolKey(), clock.instant());
        }
        writeFolder(dataFolder, connection, pair, file.schoolKey());
    }

    /**
     * Moves a one-PC folder up to a school's shared database: every table of its HSQLDB copied
     * into the EMPTY PostgreSQL database, compared table by table and row by row, this PC listed as
     * the school's first, and only then the folder pointed at the server. The folder's database
     * files are left as they were (removing {@code database.properties} opens them again), and its
     * secret key becomes the school's, so the copied passwords stay readable.
     *
     * @return how many tables and rows were copied and checked
     */
    public Moved moveUp(Path dataFolder, String url, String user, Password password, String pcName,
                        MoveProgress progress, java.util.function.BooleanSupplier cancelled) {
        if (ServerConnection.existsIn(dataFolder)) {
            throw new MissiveException(UserMessage.of("shared.alreadyShared", dataFolder.toString()));
        }
        if (!Files.exists(dataFolder.resolve("db"))) {
            throw new MissiveException(UserMessage.of("shared.nothingToMove", dataFolder.toString()));
        }
        try (Database here = Database.open(dataFolder, Database.OpeningListener.NONE)) {
            return moveUp(here, dataFolder, url, user, password, pcName, progress, cancelled);
        }
    }

    /**
     * As {@link #moveUp(Path, String, String, Password, String, MoveProgress, java.util.function.BooleanSupplier)}
     * from the folder's database already open ({@code here}): the window's move, which stops the
     * delivery first and opens the folder again on the server afterwards.
     */
    public Moved moveUp(Database here, Path dataFolder, String url, String user, Password password, String pcName,
                        MoveProgress progress, java.util.function.BooleanSupplier cancelled) {
        if (ServerConnection.existsIn(dataFolder) || !here.isEmbedded()) {
            throw new MissiveException(UserMessage.of("shared.alreadyShared", dataFolder.toString()));
        }
        PcRoles.roleOf(pcName);
        ServerConnection connection = new ServerConnection(url, user, password, pcName);
        DatabaseTarget.Server target = connection.target();
        // A Missive database is accepted here: a move cancelled or failed before leaves its tables
        // made and empty, and the copy itself refuses any table that holds a row (move.notEmpty).
        if (ServerDatabases.inspect(target) == ServerDatabases.Content.OTHER) {
            throw new MissiveException(UserMessage.of("shared.notEmpty", url));
        }
        SecretKey school = new SecretKeyFile(dataFolder).loadOrCreate(random);
        KeyPair pair = PcKeyPair.generate(random);
        Moved moved = copyUp(here, target, school, pair, user, pcName, progress, cancelled);
        new PcKeyPair(dataFolder).save(pair.getPrivate());
        // Last: until it is written, the folder still opens on its own database.
        connection.save(dataFolder);
        return moved;
    }

    /**
     * Restores a Missive backup into an EMPTY PostgreSQL database as the school's shared database,
     * this PC its first: the archive is restored aside into a one-PC folder (brought up to this
     * version's schema), then moved up exactly as {@link #moveUp} does, with the archive's secret
     * key as the school's, so the passwords it holds stay readable. Then this data folder (new or
     * empty) gets the archive's other files (logo, …), its connection and its keys.
     *
     * @return the backup's description, and how many tables and rows were copied and checked
     */
    public Restored restoreInto(Path archive, Path dataFolder, String url, String user, Password password,
                             String pcName, MoveProgress progress, java.util.function.BooleanSupplier cancelled) {
        requireFreshFolder(dataFolder);
        PcRoles.roleOf(pcName);
        ServerConnection connection = new ServerConnection(url, user, password, pcName);
        DatabaseTarget.Server target = connection.target();
        BackupRestorer restorer = new BackupRestorer();
        fr.missive.model.backup.BackupInfo info = restorer.inspect(archive);
        requireEmpty(target, url);
        Path aside = null;
        try {
            Files.createDirectories(dataFolder);
            // Inside the data folder: the archive's key is unpacked where the PC's keys will be kept.
            aside = Files.createTempDirectory(dataFolder, ".missive-restore-");
            restorer.restore(archive, aside, false, Migrations.fromClasspath().latestVersion());
            SecretKey school = new SecretKeyFile(aside).loadOrCreate(random);
            KeyPair pair = PcKeyPair.generate(random);
            Moved moved;
            try (Database restored = Database.open(aside, Database.OpeningListener.NONE)) {
                moved = copyUp(restored, target, school, pair, user, pcName, progress, cancelled);
            }
            keepFolderFiles(aside, dataFolder);
            writeFolder(dataFolder, connection, pair, school);
            return new Restored(info, moved);
        } catch (java.io.IOException e) {
            throw fr.missive.store.db.StorageException.of(e);
        } finally {
            deleteQuietly(aside);
        }
    }

    private static void requireEmpty(DatabaseTarget.Server target, String url) {
        switch (ServerDatabases.inspect(target)) {
            case EMPTY -> { }
            case MISSIVE -> throw new MissiveException(UserMessage.of("shared.alreadyMissive", url));
            case OTHER -> throw new MissiveException(UserMessage.of("shared.notEmpty", url));
        }
    }

    /**
     * Copies the one-PC database {@code here} into the empty server database, compares them,
     * and lists this PC as the school's only one (a restored backup's PCs belonged to another server).
     */
    private Moved copyUp(Database here, DatabaseTarget.Server target, SecretKey school, KeyPair pair, String user,
                         String pcName, MoveProgress progress, java.util.function.BooleanSupplier cancelled) {
        List<DatabaseCopy.TableCount> counts;
        try (Database there = Database.open(target, Database.OpeningListener.NONE)) {
            counts = new DatabaseCopy(here, there).copyAndVerify(progress::table, cancelled);
            new PcRoles(there).grantGroup();
            SchoolPcs pcs = new SchoolPcs(there);
            pcs.forgetAll();
            pcs.addJoined(pcName, user, pair.getPublic().getEncoded(), school, clock.instant());
            pcs.recordKeyIfNone(school, clock.instant());
        }
        return new Moved(counts.size(), counts.stream().mapToLong(DatabaseCopy.TableCount::rows).sum());
    }

    /** The restored folder's own files (logo, …) go to the data folder; its database stays behind. */
    private static void keepFolderFiles(Path restored, Path dataFolder) throws java.io.IOException {
        List<Path> children;
        try (java.util.stream.Stream<Path> list = Files.list(restored)) {
            children = list.toList();
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (!name.equals("db") && !name.equals(fr.missive.store.db.FolderLock.FILE_NAME)
                    && !Files.exists(dataFolder.resolve(name))) {
                Files.move(child, dataFolder.resolve(name));
            }
        }
    }

    private static void deleteQuietly(Path tree) {
        if (tree == null || !Files.exists(tree)) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(tree)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // A leftover working folder is harmless: it is named as ours and holds no live data.
        }
    }

    /** Told as each table starts being copied. */
    @FunctionalInterface
    public interface MoveProgress {
        void table(String name, int index, int count);
    }

    /** The backup restored into a shared database, and what was copied and checked. */
    public record Restored(fr.missive.model.backup.BackupInfo info, Moved moved) {
    }

    /** What a move copied and checked. */
    public record Moved(int tables, long rows) {
    }

    private static void writeFolder(Path dataFolder, ServerConnection connection, KeyPair pair, SecretKey school) {
        new PcKeyPair(dataFolder).save(pair.getPrivate());
        new SecretKeyFile(dataFolder).replace(school);
        // Last: until it is written, the folder still opens as a folder of its own.
        connection.save(dataFolder);
    }

    /** A folder already in use (its own database, or a connection) is never pointed elsewhere. */
    private static void requireFreshFolder(Path dataFolder) {
        if (ServerConnection.existsIn(dataFolder) || Files.exists(dataFolder.resolve("db"))) {
            throw new MissiveException(UserMessage.of("shared.folderInUse", dataFolder.toString()));
        }
    }
}
