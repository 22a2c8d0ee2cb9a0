package fr.missive.store.secrets;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.store.db.Database;
import java.nio.file.Path;
import java.security.SecureRandom;
import javax.crypto.SecretKey;

/**
 * The school's secret key for a PC opening a shared database. The PC keeps a copy in
 * {@code keys/secret.key}; when the school's key was replaced (a PC was revoked), the PC's row
 * carries the new key wrapped under this PC's public key, which only this PC's private key
 * opens: the copy is then replaced before any secret is read.
 */
public final class SchoolKeyHandover {

    private SchoolKeyHandover() {
    }

    /**
     * @param pcName this PC's name in the list, or empty for a PC that is not listed (its key file
     *               is then used as it is)
     * @throws MissiveException {@code shared.pcRevoked} when the list no longer has this PC
     */
    public static SecretKey keyFor(Database db, Path dataFolder, String pcName, SecureRandom random) {
        SecretKeyFile file = new SecretKeyFile(dataFolder);
        if (pcName.isEmpty()) {
            return file.loadOrCreate(random);
        }
        SchoolPcs.Pc pc = new SchoolPcs(db).find(pcName).filter(found -> !found.revoked())
                .orElseThrow(() -> new MissiveException(UserMessage.of("shared.pcRevoked", pcName)));
        SecretKey local = file.loadOrCreate(random);
        if (pc.wrappedKey() == null || KeyFingerprint.of(local).equals(pc.keyId())) {
            return local;
        }
        SecretKey handed = new PcKeyPair(dataFolder).unwrap(pc.wrappedKey());
        file.replace(handed);
        return handed;
    }
}
