package fr.missive.store.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.MissiveException;
import fr.missive.model.mail.Password;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyRotationTest {

    @TempDir
    Path folder;

    private final SecureRandom random = new SecureRandom();
    private Database db;
    private SecretKeyRotation rotation;
    private SecretKey oldKey;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        rotation = new SecretKeyRotation(db, random);
        oldKey = rotation.newKey();
        AesGcmSecretStore secrets = new AesGcmSecretStore(db, oldKey, random);
        secrets.put("account:1:smtp", Password.of("mot-de-passe-1"));
        secrets.put("account:2:imap", Password.of("mot-de-passe-2"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everySecretMovesToTheNewKeyAndTheOldKeyReadsNothing() {
        SecretKey newKey = rotation.newKey();
        byte[] before = ciphertext("account:1:smtp");

        assertThat(rotation.rotate(oldKey, newKey)).isEqualTo(2);

        AesGcmSecretStore withNew = new AesGcmSecretStore(db, newKey, random);
        assertThat(withNew.get("account:1:smtp")).map(Password::reveal).contains("mot-de-passe-1");
        assertThat(withNew.get("account:2:imap")).map(Password::reveal).contains("mot-de-passe-2");
        assertThat(ciphertext("account:1:smtp")).isNotEqualTo(before);
        AesGcmSecretStore withOld = new AesGcmSecretStore(db, oldKey, random);
        assertThatThrownBy(() -> withOld.get("account:1:smtp")).isInstanceOf(MissiveException.class);
        assertThatThrownBy(() -> withOld.get("account:2:imap")).isInstanceOf(MissiveException.class);
    }

    @Test
    void aKeyThatIsNotTheOneInUseChangesNothing() {
        byte[] before = ciphertext("account:2:imap");

        assertThatThrownBy(() -> rotation.rotate(rotation.newKey(), rotation.newKey()))
                .isInstanceOfSatisfying(MissiveException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("secrets.rotationRefused");
                    assertThat(e.userMessage().args()).containsExactly("account:1:smtp");
                });

        assertThat(ciphertext("account:2:imap")).isEqualTo(before);
        assertThat(new AesGcmSecretStore(db, oldKey, random).get("account:2:imap")).map(Password::reveal)
                .contains("mot-de-passe-2");
    }

    @Test
    void oneAlteredSecretRollsBackTheWholeRotation() {
        byte[] firstBefore = ciphertext("account:1:smtp");
        byte[] altered = ciphertext("account:2:imap");
        altered[0] ^= 1;
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE secret SET ciphertext = ? WHERE name = ?")) {
                p.setBytes(1, altered);
                p.setString(2, "account:2:imap");
                return p.executeUpdate();
            }
        });

        assertThatThrownBy(() -> rotation.rotate(oldKey, rotation.newKey())).isInstanceOf(MissiveException.class);

        assertThat(ciphertext("account:1:smtp")).isEqualTo(firstBefore);
        assertThat(new AesGcmSecretStore(db, oldKey, random).get("account:1:smtp")).map(Password::reveal)
                .contains("mot-de-passe-1");
    }

    private byte[] ciphertext(String name) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT ciphertext FROM secret WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            }
        });
    }
}
