package fr.missive.store.backup;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.backup.BackupInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The first entry of a backup archive, {@code missive-backup.properties}: it marks the file as
 * a Missive backup and says which Missive and which schema version wrote it.
 */
final class BackupManifest {

    static final String ENTRY = "missive-backup.properties";
    static final int FORMAT = 1;

    private BackupManifest() {
    }

    static void write(OutputStream out, BackupInfo info) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(FORMAT));
        p.setProperty("appVersion", info.appVersion());
        p.setProperty("schemaVersion", String.valueOf(info.schemaVersion()));
        p.setProperty("createdAt", info.createdAt().toString());
        p.setProperty("files", String.valueOf(info.files()));
        StringWriter text = new StringWriter();
        p.store(text, "Missive backup: keep it safe, it holds the key that decrypts the stored passwords");
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws MissiveException {@code backup.notABackup} when the entry is not one of ours */
    static BackupInfo read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        try {
            int format = Integer.parseInt(p.getProperty("format", ""));
            if (format > FORMAT) {
                throw new MissiveException(UserMessage.of("backup.tooNew", p.getProperty("appVersion", "?")));
            }
            return new BackupInfo(p.getProperty("appVersion", "?"),
                    Integer.parseInt(p.getProperty("schemaVersion", "")),
                    Instant.parse(p.getProperty("createdAt", "")),
                    Integer.parseInt(p.getProperty("files", "")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new MissiveException(UserMessage.of("backup.notABackup"), e);
        }
    }
}
