package fr.missive.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void aUsualFilesHeadersAreListedWhole() {
        List<String> headers = List.of("Nom", "Prénom", "Classe", "Responsable légal", "Courriel", "Adresse",
                "Code postal", "Commune", "Accepte les courriels");

        assertThat(Excerpt.ofList(headers)).isEqualTo(String.join(", ", headers));
    }

    @Test
    void aWideHeaderIsCutAfterTheListLength() {
        List<String> headers = IntStream.range(0, 20_000).mapToObj(i -> "Colonne " + i).toList();

        String excerpt = Excerpt.ofList(headers);

        assertThat(excerpt).startsWith("Colonne 0, Colonne 1, ").endsWith("…");
        assertThat(excerpt.length()).isLessThanOrEqualTo(Excerpt.LIST_MAX_LENGTH + 1);
    }

    @Test
    void aLongValueIsCutToOneShortLine() {
        String value = "Rue " + String.join("", Collections.nCopies(100_000, "x")) + "\nsecond line";

        assertThat(Excerpt.of(value)).hasSize(Excerpt.MAX_LENGTH + 1).doesNotContain("\n").endsWith("…");
    }
}
