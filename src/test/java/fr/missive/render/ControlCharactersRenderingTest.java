package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Control characters and characters without a glyph never make the rendering of a letter fail. */
class ControlCharactersRenderingTest {

    private static final List<String> ADDRESS = List.of("Madame Anaïs SIMON", "59 chemin du Moulin", "74000 ANNECY");

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    @Test
    void controlCharactersInTheBodyAreLeftOutOfThePdf() {
        byte[] pdf = renderer.render(SampleLetters.letter(ADDRESS, "Objet\u0007", "Avant\u0000\u0001\u0002après."));
        assertThat(PdfProbe.text(pdf)).contains("Avantaprès.").doesNotContain("\uFFFD");
    }

    @Test
    void aMarkdownEntityWithoutAGlyphBecomesAVisibleMark() {
        // Markdown turns &#0; into U+FFFD and &#x6C49; into a Chinese character: neither is in the font.
        byte[] pdf = renderer.render(SampleLetters.letter(ADDRESS, "Objet", "Un &#0; deux &#x6C49; trois."));
        assertThat(PdfProbe.text(pdf)).contains("Un ? deux ? trois.");
    }

    @Test
    void aBatchWithSuchALetterStillRendersEveryLetter() {
        var letters = List.of(SampleLetters.letter(ADDRESS, "Objet", "Bonjour."),
                SampleLetters.letter(ADDRESS, "Objet", "Un &#0; deux\u0000."));
        LetterRenderer batch = renderer.forBatch(letters);
        assertThat(PdfProbe.text(batch.render(letters.get(1)))).contains("Un ? deux.");
        assertThat(PdfProbe.text(batch.render(letters.get(0)))).contains("Bonjour.");
    }

    @Test
    void printableReplacesOnlyWhatTheFontLacks() {
        assertThat(LetterFonts.printable("Élodie Œuvre — 12 €")).isEqualTo("Élodie Œuvre — 12 €");
        assertThat(LetterFonts.printable("a\uFFFDb\u0000c汉d")).isEqualTo("a?b?c?d");
    }
}
