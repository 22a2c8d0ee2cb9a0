package fr.missive.store.db;

import fr.missive.model.mail.Password;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * This PC's way to the school's shared database, kept in its data folder as
 * {@value #FILE_NAME}: when the file is there, every entry point (window, command line, wiring)
 * opens that server instead of the folder's embedded database; without it nothing changes.
 *
 * <p>The database password is never on disk in clear: it is encrypted with AES-256-GCM under
 * {@code keys/connection.key}, a key of this PC alone (owner-only, like {@code keys/secret.key}).
 * Not the school's secret key: that one is replaced when a PC is revoked and is fetched from the
 * database, so it cannot be what opens the way to the database.
 *
 * @param pcName the name this PC has in the school's list of PCs ({@code school_pc}), or empty
 *               when it connects with a role not listed there (the PC that created the database)
 */
public record ServerConnection(String url, String user, Password password, String pcName) {

    public static final String FILE_NAME = "database.properties";
    private static final String KEY_FILE = "connection.key";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ServerConnection {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        pcName = pcName == null ? "" : pcName;
        // Checked here so that a bad URL is refused before anything is written.
        new DatabaseTarget.Server(url, user, "");
    }

    /** The target to open: the URL, the user and the password in clear, in memory only. */
    public DatabaseTarget.Server target() {
        return new DatabaseTarget.Server(url, user, password.reveal());
    }

    /** Whether the data folder has a connection file, i.e. its database is on a server. */
    public static boolean existsIn(Path dataFolder) {
        return Files.isRegularFile(dataFolder.resolve(FILE_NAME));
    }

    /** The folder's connection, or empty when it uses its own embedded database. */
    public static Optional<ServerConnection> load(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            String url = required(p, "url", file);
            String user = required(p, "user", file);
            byte[] iv = Base64.getDecoder().decode(required(p, "password.iv", file));
            byte[] sealed = Base64.getDecoder().decode(required(p, "password", file));
            byte[] clear = cipher(Cipher.DECRYPT_MODE, key(dataFolder, false), iv, url, user).doFinal(sealed);
            try {
                return Optional.of(new ServerConnection(url, user, toPassword(clear), p.getProperty("pc", "")));
            } finally {
                Arrays.fill(clear, (byte) 0);
            }
        } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
            throw new StorageException(fr.missive.model.UserMessage.of("storage.connectionFileDamaged",
                    file.toString()), e);
        }
    }

    /** Writes (or replaces) the folder's connection file; the folder is made if needed. */
    public void save(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        byte[] clear = password.reveal().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(dataFolder);
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key(dataFolder, true), iv, url, user).doFinal(clear);
            Properties p = new Properties();
            p.setProperty("url", url);
            p.setProperty("user", user);
            p.setProperty("password.iv", Base64.getEncoder().encodeToString(iv));
            p.setProperty("password", Base64.getEncoder().encodeToString(sealed));
            p.setProperty("pc", pcName);
            StringWriter text = new StringWriter();
            p.store(text, "Missive: this PC's connection to the school's shared database."
                    + " The password is encrypted with keys/" + KEY_FILE + ".");
            Path temporary = dataFolder.resolve(FILE_NAME + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            OwnerOnly.restrict(temporary);
            Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw StorageException.of(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    /**
     * Whether the file is this PC's own way to the server (the connection file, its key, the PC's
     * private key): not the school's data, so a backup leaves it out; restored into a folder of
     * one PC, it would point that folder at the server again.
     */
    public static boolean isThisPcsFile(Path dataFolder, Path file) {
        Path keys = dataFolder.resolve("keys");
        return file.equals(dataFolder.resolve(FILE_NAME)) || file.equals(keys.resolve(KEY_FILE))
                || file.equals(keys.resolve("pc.key"));
    }

    /** Removes the folder's connection file: the folder goes back to its embedded database. */
    public static void remove(Path dataFolder) {
        try {
            Files.deleteIfExists(dataFolder.resolve(FILE_NAME));
        } catch (IOException e) {
            throw StorageException.of(e);
        }
    }

    private static String required(Properties p, String name, Path file) throws IOException {
        String value = p.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IOException(name + " missing in " + file);
        }
        return value;
    }

    private static Password toPassword(byte[] utf8) {
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(utf8));
        char[] array = Arrays.copyOf(chars.array(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        Password password = Password.of(array);
        Arrays.fill(array, '\0');
        return password;
    }

    /** The URL and user are the associated data: a password moved onto another server fails to open. */
    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String url, String user)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD((url + "\n" + user).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static SecretKey key(Path dataFolder, boolean create) throws IOException {
        Path keys = dataFolder.resolve("keys");
        Path file = keys.resolve(KEY_FILE);
        if (!Files.exists(file)) {
            if (!create) {
                throw new IOException("the key file " + file + " is missing");
            }
            Files.createDirectories(keys);
            OwnerOnly.restrict(keys);
            byte[] bytes = new byte[KEY_BYTES];
            RANDOM.nextBytes(bytes);
            Path temporary = keys.resolve(KEY_FILE + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            OwnerOnly.restrict(temporary);
            Files.write(temporary, bytes, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Arrays.fill(bytes, (byte) 0);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != KEY_BYTES) {
            throw new IOException("the key file " + file + " is damaged");
        }
        SecretKey key = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
        return key;
    }

    @Override
    public String toString() {
        return "ServerConnection[url=" + url + ", user=" + user + ", pc=" + pcName + "]";
    }
}
