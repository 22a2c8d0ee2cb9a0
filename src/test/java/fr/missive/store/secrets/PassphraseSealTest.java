package fr.missive.store.secrets;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.MissiveException;
import fr.missive.model.mail.Password;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@NoDatabase
class PassphraseSealTest {

    // Fewer iterations than in use so the test runs quickly; the count travels in the file.
    private final PassphraseSeal seal = new PassphraseSeal(new SecureRandom(), 1_000);
    private final byte[] content = "clé de l’établissement".getBytes(StandardCharsets.UTF_8);

    @Test
    void opensWithTheSamePassphraseAndHidesTheContent() {
        byte[] sealed = seal.seal(content, Password.of("cheval agrafe pile correcte"));

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("tablissement");
        assertThat(seal.open(sealed, Password.of("cheval agrafe pile correcte"))).isEqualTo(content);
    }

    @Test
    void twoSealsOfTheSameContentDifferBySaltAndIv() {
        Password passphrase = Password.of("même phrase");
        assertThat(seal.seal(content, passphrase)).isNotEqualTo(seal.seal(content, passphrase));
    }

    @Test
    void aWrongPassphraseIsRefusedWithItsOwnMessage() {
        byte[] sealed = seal.seal(content, Password.of("la bonne"));

        assertThatThrownBy(() -> seal.open(sealed, Password.of("la mauvaise")))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("seal.wrongPassphrase"));
    }

    @Test
    void anyChangedByteMakesTheFileUnreadableHeaderIncluded() {
        Password passphrase = Password.of("la bonne");
        byte[] sealed = seal.seal(content, passphrase);
        // The iteration count (just after magic and version), the salt and the ciphertext.
        for (int position : new int[] {10, 14, sealed.length - 20}) {
            byte[] altered = Arrays.copyOf(sealed, sealed.length);
            altered[position] ^= 1;
            assertThatThrownBy(() -> seal.open(altered, passphrase)).isInstanceOf(MissiveException.class);
        }
    }

    @Test
    void aFileThatIsNotSealedIsNamedAsSuch() {
        assertThatThrownBy(() -> seal.open("url=jdbc:postgresql://x".getBytes(StandardCharsets.UTF_8),
                Password.of("x")))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("seal.notSealed"));
        assertThatThrownBy(() -> seal.open(new byte[3], Password.of("x")))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("seal.notSealed"));
    }

    @Test
    void theDefaultCountIsTheOneOwaspGivesForPbkdf2Sha256() {
        byte[] sealed = new PassphraseSeal(new SecureRandom()).seal(content, Password.of("p"));
        int count = java.nio.ByteBuffer.wrap(sealed, 8, 4).getInt();
        assertThat(count).isEqualTo(600_000);
    }
}
