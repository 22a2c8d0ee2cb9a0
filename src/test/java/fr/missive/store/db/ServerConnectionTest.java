package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.MissiveException;
import fr.missive.model.mail.Password;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NoDatabase
class ServerConnectionTest {

    @TempDir
    Path folder;

    @Test
    void aSavedConnectionLoadsBackWithItsPasswordNeverInClearOnDisk() throws Exception {
        new ServerConnection("jdbc:postgresql://serveur:5432/missive", "missive_pc_cdi",
                Password.of("Tr0p-S3cret-pour-le-disque"), "cdi").save(folder);

        ServerConnection loaded = ServerConnection.load(folder).orElseThrow();
        assertThat(loaded.url()).isEqualTo("jdbc:postgresql://serveur:5432/missive");
        assertThat(loaded.user()).isEqualTo("missive_pc_cdi");
        assertThat(loaded.pcName()).isEqualTo("cdi");
        assertThat(loaded.password().reveal()).isEqualTo("Tr0p-S3cret-pour-le-disque");
        assertThat(loaded.target()).isEqualTo(new DatabaseTarget.Server("jdbc:postgresql://serveur:5432/missive",
                "missive_pc_cdi", "Tr0p-S3cret-pour-le-disque"));
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain("Tr0p-S3cret");
            }
        }
    }

    @Test
    void withoutTheFileTheFolderKeepsItsOwnDatabase() {
        assertThat(ServerConnection.existsIn(folder)).isFalse();
        assertThat(ServerConnection.load(folder)).isEmpty();
    }

    @Test
    void aPasswordMovedOntoAnotherServerIsRefusedAsDamaged() throws Exception {
        new ServerConnection("jdbc:postgresql://serveur:5432/missive", "missive", Password.of("secret"), "")
                .save(folder);
        Path file = folder.resolve(ServerConnection.FILE_NAME);
        Files.writeString(file, Files.readString(file).replace("serveur", "ailleurs"));

        assertThatThrownBy(() -> ServerConnection.load(folder)).isInstanceOfSatisfying(MissiveException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("storage.connectionFileDamaged"));
    }

    @Test
    void removingTheFileTurnsTheFolderBackToItsOwnDatabase() {
        new ServerConnection("jdbc:postgresql://serveur/missive", "missive", Password.of("secret"), "").save(folder);
        assertThat(ServerConnection.existsIn(folder)).isTrue();

        ServerConnection.remove(folder);

        assertThat(ServerConnection.load(folder)).isEmpty();
    }

    @Test
    void theConnectionAndThisPcsKeysAreTheOnlyFilesABackupLeavesOutAsThePcs() {
        assertThat(ServerConnection.isThisPcsFile(folder, folder.resolve("database.properties"))).isTrue();
        assertThat(ServerConnection.isThisPcsFile(folder, folder.resolve("keys").resolve("connection.key"))).isTrue();
        assertThat(ServerConnection.isThisPcsFile(folder, folder.resolve("keys").resolve("pc.key"))).isTrue();
        assertThat(ServerConnection.isThisPcsFile(folder, folder.resolve("keys").resolve("secret.key"))).isFalse();
        assertThat(ServerConnection.isThisPcsFile(folder, folder.resolve("logo.png"))).isFalse();
    }
}
