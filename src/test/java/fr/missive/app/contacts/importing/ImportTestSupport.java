package fr.missive.app.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Files and assertions shared by the import tests. */
final class ImportTestSupport {

    static final String CP1252_SAMPLE = "eleves-responsables-cp1252.csv";
    static final String UTF8_SAMPLE = "guardians-utf8-bom.csv";

    private ImportTestSupport() {
    }

    /** A sample file of src/test/resources/contacts, copied so that a test may touch it. */
    static Path sample(Path folder, String name) throws IOException {
        try {
            Path source = Path.of(ImportTestSupport.class.getResource("/contacts/" + name).toURI());
            Path copy = folder.resolve(name);
            Files.copy(source, copy);
            return copy;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path folder, String name, Charset charset, String text) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(charset));
    }

    static Path write(Path folder, String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /** Fails unless the call throws a MissiveException with that key, translated in both languages. */
    static MissiveException assertFails(ThrowingCallable call, String key) {
        MissiveException e = catchThrowableOfType(MissiveException.class, call);
        assertThat(e).as("MissiveException " + key).isNotNull();
        assertThat(e.userMessage().key()).isEqualTo(key);
        assertTranslated(e.userMessage());
        return e;
    }

    /** The message exists in French and English and every argument was filled in. */
    static void assertTranslated(UserMessage message) {
        for (Messages messages : List.of(Messages.forLocale(Messages.FRENCH), Messages.forLocale(Messages.ENGLISH))) {
            assertThat(messages.has(message.key())).as(messages.locale() + " " + message.key()).isTrue();
            assertThat(messages.get(message)).doesNotContain("{");
        }
    }
}
