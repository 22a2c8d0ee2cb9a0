package fr.missive.store.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.missive.model.MissiveException;
import fr.missive.model.mail.Password;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretStoreTest {

    @TempDir
    Path folder;

    private Database db;
    private AesGcmSecretStore secrets;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        SecureRandom random = new SecureRandom();
        secrets = new AesGcmSecretStore(db, new SecretKeyFile(folder).loadOrCreate(random), random);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String reveal(Password p) {
        return p.reveal();
    }

    @Test
    void storesReadsReplacesAndDeletesASecret() {
        secrets.put("account:1:smtp", Password.of("Bonjour-2026 éè"));
        assertThat(secrets.get("account:1:smtp")).map(AesGcmSecretStoreTest::reveal).contains("Bonjour-2026 éè");
        secrets.put("account:1:smtp", Password.of("autre"));
        assertThat(secrets.get("account:1:smtp")).map(AesGcmSecretStoreTest::reveal).contains("autre");
        secrets.delete("account:1:smtp");
        assertThat(secrets.get("account:1:smtp")).isEmpty();
    }

    @Test
    void eachSecretHasItsOwnIvSoEqualPasswordsDoNotLookEqual() throws Exception {
        secrets.put("account:1:smtp", Password.of("same"));
        secrets.put("account:2:smtp", Password.of("same"));
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(
                "SELECT iv, ciphertext FROM secret ORDER BY name"); ResultSet rs = p.executeQuery()) {
            rs.next();
            byte[] iv1 = rs.getBytes(1);
            byte[] c1 = rs.getBytes(2);
            rs.next();
            assertThat(iv1).hasSize(12).isNotEqualTo(rs.getBytes(1));
            assertThat(c1).isNotEqualTo(rs.getBytes(2));
        }
    }

    @Test
    void aTamperedCiphertextIsRefused() throws Exception {
        secrets.put("account:1:smtp", Password.of("Bonjour-2026"));
        db.inTransaction(c -> {
            byte[] ciphertext;
            try (PreparedStatement p = c.prepareStatement("SELECT ciphertext FROM secret WHERE name = ?")) {
                p.setString(1, "account:1:smtp");
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    ciphertext = rs.getBytes(1);
                }
            }
            ciphertext[0] ^= 1;
            try (PreparedStatement p = c.prepareStatement("UPDATE secret SET ciphertext = ? WHERE name = ?")) {
                p.setBytes(1, ciphertext);
                p.setString(2, "account:1:smtp");
                p.executeUpdate();
            }
            return null;
        });

        assertThatThrownBy(() -> secrets.get("account:1:smtp")).isInstanceOfSatisfying(MissiveException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("secrets.unreadable"));
    }

    @Test
    void aCiphertextMovedUnderAnotherNameIsRefused() {
        secrets.put("account:1:smtp", Password.of("Bonjour-2026"));
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE secret SET name = ? WHERE name = ?")) {
                p.setString(1, "account:2:smtp");
                p.setString(2, "account:1:smtp");
                p.executeUpdate();
            }
            return null;
        });

        assertThatThrownBy(() -> secrets.get("account:2:smtp")).isInstanceOf(MissiveException.class);
    }

    @Test
    void anotherInstallationsKeyCannotReadTheSecrets() throws Exception {
        secrets.put("account:1:smtp", Password.of("Bonjour-2026"));
        Path otherFolder = Files.createDirectories(folder.resolve("other"));
        AesGcmSecretStore withOtherKey = new AesGcmSecretStore(db,
                new SecretKeyFile(otherFolder).loadOrCreate(new SecureRandom()), new SecureRandom());

        assertThatThrownBy(() -> withOtherKey.get("account:1:smtp")).isInstanceOf(MissiveException.class);
    }

    @Test
    void theKeyFileIsOutsideTheDatabaseAndReadableByItsOwnerOnly() throws Exception {
        Path key = new SecretKeyFile(folder).path();
        assertThat(key).exists().hasSize(32);
        assertThat(key.startsWith(folder.resolve("db"))).isFalse();
        PosixFileAttributeView posix = Files.getFileAttributeView(key, PosixFileAttributeView.class);
        assumeTrue(posix != null, "POSIX permissions (the Windows ACL branch cannot be checked here)");
        assertThat(PosixFilePermissions.toString(posix.readAttributes().permissions())).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void theSameKeyIsReadBackOnTheNextStart() {
        secrets.put("account:1:smtp", Password.of("Bonjour-2026"));
        AesGcmSecretStore reopened = new AesGcmSecretStore(db,
                new SecretKeyFile(folder).loadOrCreate(new SecureRandom()), new SecureRandom());
        assertThat(reopened.get("account:1:smtp")).map(AesGcmSecretStoreTest::reveal).contains("Bonjour-2026");
    }
}
