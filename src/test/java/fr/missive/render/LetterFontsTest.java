package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.render.PdfProbe.Glyph;
import fr.missive.model.letters.LetterContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The fonts as they end up in the PDF: the text the names were typed in comes back from the
 * PDF (ToUnicode), each character with its own glyph and width (no ligature), subsets only,
 * and the same fonts shared by letters rendered at the same time.
 */
class LetterFontsTest {

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    /**
     * Guardian, street and city of the rows of a contacts fixture (columns 4, 6, 7 and 8); the
     * one row whose address holds a quoted line break is left out, this is no CSV reader.
     */
    private static List<List<String>> guardians(String resource, Charset charset, String separator)
            throws IOException {
        try (InputStream in = LetterFontsTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), charset).replace("\uFEFF", "");
            List<List<String>> rows = new ArrayList<>();
            text.lines().skip(1).map(line -> line.split(separator, -1)).filter(cells -> cells.length >= 8)
                    .forEach(cells -> rows.add(List.of(cells[3], cells[5], cells[6] + " " + cells[7])));
            return rows;
        }
    }

    private static List<List<String>> allGuardians() throws IOException {
        List<List<String>> all = new ArrayList<>(guardians("/contacts/guardians-utf8-bom.csv",
                StandardCharsets.UTF_8, ","));
        all.addAll(guardians("/contacts/eleves-responsables-cp1252.csv", Charset.forName("windows-1252"), ";"));
        return all;
    }

    @Test
    void namesInFrenchPolishGreekAndVietnameseComeBackFromThePdfAsTyped() throws IOException {
        List<List<String>> guardians = allGuardians();
        assertThat(guardians).extracting(g -> g.get(0))
                .contains("Mrs Nguyễn Thị Lan", "Mr Paweł Wróbel", "Mr Γιώργος Αλεξίου", "Mme Éloïse Saint-Étienne");

        for (List<String> guardian : guardians) {
            String body = "Madame, Monsieur " + guardian.get(0) + ", votre adresse : " + guardian.get(1) + ", "
                    + guardian.get(2) + ".";
            byte[] pdf = renderer.render(SampleLetters.letter(guardian, "Lettre à " + guardian.get(0), body));

            String text = PdfProbe.text(pdf);
            assertThat(text).as(guardian.get(0)).contains(guardian.get(0), guardian.get(1), guardian.get(2),
                    "Lettre à " + guardian.get(0));
            assertThat(text.replaceAll("\\s+", " ")).contains(body.replaceAll("\\s+", " "));
        }
    }

    @Test
    void decomposedAccentsArePrintedAndExtractedAsComposedCharacters() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hương, Éloïse", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Hương, Éloïse");

        byte[] pdf = renderer.render(SampleLetters.letter(List.of("M. " + decomposed), "Objet", decomposed));

        assertThat(PdfProbe.text(pdf)).contains("Nguyễn Thị Hương, Éloïse").doesNotContain(decomposed);
    }

    @Test
    void wordsWithLigatureCandidatesKeepOneGlyphPerLetter() {
        String words = "office efficace affluence fleur fiche baffle ff fi fl ffi ffl";

        byte[] pdf = renderer.render(SampleLetters.letter(List.of("M. Duflot"), "Affiché", words));

        assertThat(PdfProbe.text(pdf)).contains(words, "Affiché", "M. Duflot");
        List<Glyph> glyphs = PdfProbe.glyphs(pdf);
        assertThat(glyphs).allSatisfy(g -> assertThat(g.text().codePointCount(0, g.text().length())).isEqualTo(1));
        float bodyLine = glyphs.stream().filter(g -> g.text().equals("ﬀ") || g.text().equals("o"))
                .filter(g -> g.y() > LetterLayout.pt(LetterLayout.FIRST_FOLD_MM + 10f)).findFirst().orElseThrow().y();
        String drawn = glyphs.stream().filter(g -> g.y() == bodyLine).map(Glyph::text)
                .collect(java.util.stream.Collectors.joining());
        assertThat(drawn).isEqualTo(words.replace(" ", ""));
    }

    @Test
    void glyphWidthsInThePdfAreTheFontsAdvanceWidths() throws IOException {
        byte[] pdf = renderer.render(SampleLetters.letter(List.of("M. Duflot"), "Objet", "WiW"));

        List<Glyph> glyphs = PdfProbe.glyphs(pdf);
        int start = -1;
        for (int i = 0; i + 2 < glyphs.size(); i++) {
            if (glyphs.get(i).text().equals("W") && glyphs.get(i + 1).text().equals("i")
                    && glyphs.get(i + 2).text().equals("W")) {
                start = i;
            }
        }
        assertThat(start).isNotNegative();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = new LetterFonts(document).font(Style.REGULAR);
            float size = MarkdownBlocks.BODY_SIZE;
            Glyph w = glyphs.get(start);
            Glyph i = glyphs.get(start + 1);
            Glyph w2 = glyphs.get(start + 2);
            assertThat(i.x() - w.x()).isCloseTo(font.getStringWidth("W") / 1000f * size,
                    org.assertj.core.data.Offset.offset(0.01f));
            assertThat(w2.x() - i.x()).isCloseTo(font.getStringWidth("i") / 1000f * size,
                    org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @Test
    void eachFontFileIsParsedOnceAndSharedByEveryDocument() throws IOException {
        try (PDDocument first = new PDDocument(); PDDocument second = new PDDocument()) {
            for (Style style : Style.values()) {
                assertThat(new LetterFonts(first).font(style).getDescendantFont())
                        .isNotSameAs(new LetterFonts(second).font(style).getDescendantFont());
                assertThat(LetterFonts.parsed(style)).isSameAs(LetterFonts.parsed(style));
                assertThat(LetterFonts.parsed(style).isEnableGsub()).isFalse();
            }
        }
    }

    @Test
    void onlyTheFacesALetterUsesAreEmbeddedAndTheFileStaysSmall() throws IOException {
        byte[] pdf = renderer.render(SampleLetters.letter(List.of("M. Duflot"), "Objet", "Texte *simple*."));

        assertThat(pdf.length).as("four 400 kB fonts would be embedded whole").isLessThan(60_000);
        try (PDDocument document = PdfProbe.open(pdf)) {
            List<String> names = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                names.add(document.getPage(0).getResources().getFont(name).getName().substring(7));
            }
            assertThat(names).containsExactlyInAnyOrder("LiberationSans", "LiberationSans-Bold",
                    "LiberationSans-Italic");
        }
    }

    @Test
    void lettersRenderedOnSeveralThreadsAtOnceComeOutWhole() throws Exception {
        List<List<String>> guardians = allGuardians();
        List<LetterContent> letters = new ArrayList<>();
        for (List<String> guardian : guardians) {
            letters.add(SampleLetters.letter(guardian, "Convocation de " + guardian.get(0),
                    "Madame, Monsieur " + guardian.get(0) + ", **merci** de venir *officiellement*."));
        }
        List<String> expected = letters.stream().map(l -> PdfProbe.text(renderer.render(l))).toList();

        List<String> texts = PdfProbe.textsRenderedOnFourThreads(renderer, letters, 4);

        for (int i = 0; i < texts.size(); i++) {
            assertThat(texts.get(i)).isEqualTo(expected.get(i % letters.size()));
        }
    }
}
