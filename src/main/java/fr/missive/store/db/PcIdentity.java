package fr.missive.store.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The name of one PC of the school, as the shared database knows it: made once, at random, the
 * first time a data folder asks, and kept in the folder's {@value #FILE_NAME} file, so that it
 * stays the same across restarts and is never the same for two folders (two PCs). It is not a
 * secret: it names who holds an outbox message, nothing more.
 */
public final class PcIdentity {

    public static final String FILE_NAME = "pc-id";
    private static final Pattern VALID = Pattern.compile("pc-[0-9a-f]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PcIdentity() {
    }

    /** The folder's PC id, made and written durably on first use. */
    public static String of(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (VALID.matcher(id).matches()) {
                    return id;
                }
                // A damaged file: a new name costs only the wait for this PC's old leases to expire.
                Files.delete(file);
            }
            Files.createDirectories(dataFolder);
            String id = newId();
            Path temporary = dataFolder.resolve(FILE_NAME + ".new");
            Files.deleteIfExists(temporary);
            Files.writeString(temporary, id + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException racedByAnotherProcess) {
                Files.deleteIfExists(temporary);
                return of(dataFolder);
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file, e);
        }
    }

    /** A new random PC id, for a process that has no data folder of its own (tests, tools). */
    public static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "pc-" + HexFormat.of().formatHex(bytes);
    }
}
