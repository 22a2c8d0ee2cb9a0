package fr.missive.store.secrets;

import fr.missive.store.db.OwnerOnly;
import fr.missive.store.db.StorageException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-installation AES-256 key, in {@code keys/secret.key} of the data folder: outside the
 * database, so a copy of the database alone reveals no password, and readable by its owner
 * only (POSIX rw------- or, on Windows, an ACL naming the owner alone).
 */
public final class SecretKeyFile {

    static final int KEY_BYTES = 32;

    private final Path file;

    public SecretKeyFile(Path dataFolder) {
        this.file = dataFolder.resolve("keys").resolve("secret.key");
    }

    public Path path() {
        return file;
    }

    /** Reads the key, creating it with owner-only permissions on first use. */
    public SecretKey loadOrCreate(SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                create(random);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != KEY_BYTES) {
                throw new IOException("the secret key file " + file + " is damaged");
            }
            return new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw StorageException.of(e);
        }
    }

    /**
     * Writes this key in place of the file's (a PC joining a school, or one given the key that
     * replaced a revoked PC's): written aside, restricted, then moved over the old one.
     */
    public void replace(SecretKey key) {
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder);
            restrictToOwner(folder, true);
            Path temporary = folder.resolve("secret.key.new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            restrictToOwner(temporary, false);
            byte[] bytes = key.getEncoded();
            Files.write(temporary, bytes, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            java.util.Arrays.fill(bytes, (byte) 0);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw StorageException.of(e);
        }
    }

    private void create(SecureRandom random) throws IOException {
        Path folder = file.getParent();
        Files.createDirectories(folder);
        restrictToOwner(folder, true);
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        Path temporary = folder.resolve("secret.key.new");
        Files.deleteIfExists(temporary);
        // Created empty, restricted, then filled: the key is never readable by others, even briefly.
        Files.createFile(temporary);
        restrictToOwner(temporary, false);
        Files.write(temporary, key, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        try {
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes a file or folder readable and writable by its owner only (POSIX mode or Windows ACL). */
    public static void restrictToOwner(Path path, boolean directory) throws IOException {
        OwnerOnly.restrict(path);
    }
}
