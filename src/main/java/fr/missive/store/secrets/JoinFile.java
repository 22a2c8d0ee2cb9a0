package fr.missive.store.secrets;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Password;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an administrator hands to a new PC of a shared database, sealed under a passphrase
 * ({@link PassphraseSeal}) that is typed on both PCs and never travels with the file: the
 * server's URL, the PC's name, its own database role and that role's password, and the school's
 * secret key. Whoever finds the file without the passphrase learns nothing of them.
 */
public record JoinFile(String url, String pcName, String user, Password password, SecretKey schoolKey) {

    private static final String FORMAT = "missive-join-1";

    public byte[] seal(PassphraseSeal seal, Password passphrase) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("url", url);
        p.setProperty("pc", pcName);
        p.setProperty("user", user);
        p.setProperty("password", password.reveal());
        p.setProperty("key", Base64.getEncoder().encodeToString(schoolKey.getEncoded()));
        StringWriter text = new StringWriter();
        try {
            p.store(text, null);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string", e);
        }
        byte[] clear = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            return seal.seal(clear, passphrase);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    /**
     * @throws MissiveException {@code seal.wrongPassphrase}, {@code seal.notSealed}, or
     *         {@code shared.notAJoinFile} when the sealed content is not a join file
     */
    public static JoinFile open(byte[] sealed, PassphraseSeal seal, Password passphrase) {
        byte[] clear = seal.open(sealed, passphrase);
        try {
            Properties p = new Properties();
            p.load(new StringReader(new String(clear, StandardCharsets.UTF_8)));
            if (!FORMAT.equals(p.getProperty("format"))) {
                throw new MissiveException(UserMessage.of("shared.notAJoinFile"));
            }
            byte[] key = Base64.getDecoder().decode(p.getProperty("key", ""));
            if (key.length != SecretKeyFile.KEY_BYTES) {
                throw new MissiveException(UserMessage.of("shared.notAJoinFile"));
            }
            SecretKey schoolKey = new SecretKeySpec(key, "AES");
            Arrays.fill(key, (byte) 0);
            return new JoinFile(p.getProperty("url", ""), p.getProperty("pc", ""), p.getProperty("user", ""),
                    Password.of(p.getProperty("password", "")), schoolKey);
        } catch (IOException | IllegalArgumentException e) {
            throw new MissiveException(UserMessage.of("shared.notAJoinFile"), e);
        } finally {
            Arrays.fill(clear, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "JoinFile[url=" + url + ", pc=" + pcName + ", user=" + user + "]";
    }
}
