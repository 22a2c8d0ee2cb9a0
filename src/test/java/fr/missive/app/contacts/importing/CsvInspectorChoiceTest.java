package fr.missive.app.contacts.importing;

import fr.missive.store.db.NoDatabase;
import static fr.missive.app.contacts.importing.ImportTestSupport.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The character set and separator the user picks in the preview replace the detected ones. */
@NoDatabase
class CsvInspectorChoiceTest {

    @TempDir
    Path files;

    private final CsvInspector inspector = new CsvInspector();

    @Test
    void readsWithTheChosenCharacterSet() throws IOException {
        Path file = sample(files, ImportTestSupport.CP1252_SAMPLE);
        assertThat(inspector.inspect(file).headers()).contains("Prénom");

        CsvInspection asUtf8 = inspector.inspect(file, StandardCharsets.UTF_8, null);
        assertThat(asUtf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(asUtf8.headers()).contains("Pr\uFFFDnom");
        assertThat(asUtf8.delimiter()).isEqualTo(';');
    }

    @Test
    void readsWithTheChosenSeparator() throws IOException {
        Path file = sample(files, ImportTestSupport.CP1252_SAMPLE);
        CsvInspection byComma = inspector.inspect(file, null, ',');
        assertThat(byComma.delimiter()).isEqualTo(',');
        assertThat(byComma.headers()).containsExactly("Nom;Prénom;Classe;Responsable légal;Courriel;Adresse;Code postal;Commune;Accepte les courriels");
    }

    @Test
    void keepsTheByteOrderMarkOnlyWithItsOwnCharacterSet() throws IOException {
        Path file = sample(files, ImportTestSupport.UTF8_SAMPLE);
        CsvInspection detected = inspector.inspect(file, StandardCharsets.UTF_8, null);
        assertThat(detected.byteOrderMark()).isTrue();
        assertThat(detected.headers().get(0)).isEqualTo("Last name");

        CsvInspection latin = inspector.inspect(file, Charset.forName("windows-1252"), null);
        assertThat(latin.byteOrderMark()).isFalse();
        assertThat(latin.headers().get(0)).isEqualTo("ï»¿Last name");
    }
}
