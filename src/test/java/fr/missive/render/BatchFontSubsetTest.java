package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.render.PdfProbe.Glyph;
import fr.missive.model.letters.LetterContent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * Letters of a batch embed the batch's font subsets whole: the same text, glyph positions and
 * widths as letters rendered alone, one subset per face shared by the batch, and a letter with
 * a character the batch did not announce still printed right, with subsets of its own.
 */
class BatchFontSubsetTest {

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    private static final List<List<String>> RECIPIENTS = List.of(
            List.of("Madame Thị Hương NGUYỄN", "40 rue de la République", "69003 LYON"),
            List.of("Monsieur Łukasz WRÓBEL", "3 place Bellecour", "69002 LYON"),
            List.of("Κύριος Νίκος ΑΛΕΞΊΟΥ", "7 quai Saint-Antoine", "69002 LYON"),
            List.of("Mme Éloïse SAINT-ÉTIENNE", "1 cours Gambetta", "69007 LYON"));

    private static List<LetterContent> batch() {
        List<LetterContent> letters = new ArrayList<>();
        for (List<String> recipient : RECIPIENTS) {
            letters.add(SampleLetters.letter(recipient, "Absence de " + recipient.get(0),
                    "Madame, Monsieur,\n\nVotre enfant **" + recipient.get(0) + "** a été absent *lundi*.\n\n"
                            + "- par téléphone ;\n- par l’ENT."));
        }
        return letters;
    }

    @Test
    void lettersOfABatchPrintTheSameGlyphsAtTheSamePlacesAsLettersRenderedAlone() {
        List<LetterContent> letters = batch();
        LetterRenderer batch = renderer.forBatch(letters);

        for (LetterContent letter : letters) {
            byte[] alone = renderer.render(letter);
            byte[] inBatch = batch.render(letter);

            assertThat(PdfProbe.text(inBatch)).isEqualTo(PdfProbe.text(alone)).contains(letter.recipientLines());
            assertThat(PdfProbe.glyphs(inBatch)).extracting(Glyph::text, Glyph::x, Glyph::y, Glyph::width)
                    .isEqualTo(PdfProbe.glyphs(alone).stream()
                            .map(g -> org.assertj.core.groups.Tuple.tuple(g.text(), g.x(), g.y(), g.width()))
                            .toList());
        }
    }

    @Test
    void everyLetterOfTheBatchEmbedsTheSameSubsetOfEachFace() throws IOException {
        List<LetterContent> letters = batch();
        LetterRenderer batch = renderer.forBatch(letters);

        Set<String> names = new HashSet<>();
        for (LetterContent letter : letters) {
            try (PDDocument document = PdfProbe.open(batch.render(letter))) {
                for (var name : document.getPage(0).getResources().getFontNames()) {
                    PDFont font = document.getPage(0).getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    names.add(font.getName());
                }
            }
        }
        assertThat(names).hasSize(3).allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+LiberationSans.*"));
    }

    @Test
    void aLetterWithACharacterTheBatchDidNotAnnounceIsStillPrintedWithItsOwnSubsets() {
        LetterRenderer batch = renderer.forBatch(batch());
        LetterContent stranger = SampleLetters.letter(List.of("Pani Żaneta ŻÓŁĆ", "Kraków"), "Objet",
                "Zażółć gęślą jaźń.");

        byte[] pdf = batch.render(stranger);

        assertThat(PdfProbe.text(pdf)).contains("Pani Żaneta ŻÓŁĆ", "Zażółć gęślą jaźń.");
        assertThat(PdfProbe.text(pdf)).isEqualTo(PdfProbe.text(renderer.render(stranger)));
    }

    @Test
    void lettersOfABatchRenderedOnSeveralThreadsAtOnceComeOutWhole() throws Exception {
        List<LetterContent> letters = batch();
        LetterRenderer batch = renderer.forBatch(letters);
        List<String> expected = letters.stream().map(l -> PdfProbe.text(renderer.render(l))).toList();

        List<String> texts = PdfProbe.textsRenderedOnFourThreads(batch, letters, 8);

        for (int i = 0; i < texts.size(); i++) {
            assertThat(texts.get(i)).isEqualTo(expected.get(i % letters.size()));
        }
    }
}
