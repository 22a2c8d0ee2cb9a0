package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.letters.LetterContent;
import fr.missive.render.PdfProbe.Glyph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Letters rendered for attachments ({@link PdfLetterRenderer#forAttachments()}) embed subsets of
 * their own made without PDFBox's subset embedding: the same glyphs at the same places as a
 * letter rendered alone, the same glyphs in each face, about the same size, and text that
 * comes back out of each PDF read on its own.
 */
class ExactFontSubsetsTest {

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    private static final List<List<String>> RECIPIENTS = List.of(
            List.of("Madame Thị Hương NGUYỄN", "40 rue de la République", "69003 LYON"),
            List.of("Monsieur Łukasz WRÓBEL", "3 place Bellecour", "69002 LYON"),
            List.of("Κύριος Νίκος ΑΛΕΞΊΟΥ", "7 quai Saint-Antoine", "69002 LYON"),
            List.of("Mme Éloïse SAINT-ÉTIENNE", "1 cours Gambetta", "69007 LYON"),
            List.of("Mme Éloïse SAINT-ÉTIENNE", "1 cours Gambetta", "69007 LYON"));

    private static List<LetterContent> letters() {
        List<LetterContent> letters = new ArrayList<>();
        for (List<String> recipient : RECIPIENTS) {
            letters.add(SampleLetters.letter(recipient, "Absence de " + recipient.get(0),
                    "Madame, Monsieur,\n\nVotre enfant **" + recipient.get(0) + "** a été absent *lundi*.\n\n"
                            + "- par téléphone ;\n- par l’ENT.\n\n***Très important*** : " + "suite. ".repeat(600)));
        }
        return letters;
    }

    @Test
    void attachmentsPrintTheSameGlyphsAtTheSamePlacesAsLettersRenderedAlone() {
        LetterRenderer attachments = renderer.forAttachments();

        for (LetterContent letter : letters()) {
            byte[] alone = renderer.render(letter);
            byte[] attached = attachments.render(letter);

            assertThat(PdfProbe.pages(attached)).isEqualTo(PdfProbe.pages(alone)).isGreaterThan(1);
            assertThat(PdfProbe.text(attached)).isEqualTo(PdfProbe.text(alone)).contains(letter.recipientLines());
            assertThat(PdfProbe.glyphs(attached)).extracting(Glyph::text, Glyph::x, Glyph::y, Glyph::width)
                    .isEqualTo(PdfProbe.glyphs(alone).stream()
                            .map(g -> Tuple.tuple(g.text(), g.x(), g.y(), g.width())).toList());
        }
    }

    /**
     * A face printing 16 characters or more also holds every ASCII letter of each case it prints
     * and every digit when it prints one, so that letters differing only by their names share it;
     * a face printing fewer (an emphasised phrase of the template) holds exactly its own.
     */
    @Test
    void eachFaceOfAnAttachmentHoldsTheGlyphsOfTheLetterRenderedAloneAndWholeAlphabetsInItsTextFaces()
            throws IOException {
        LetterRenderer attachments = renderer.forAttachments();

        for (LetterContent letter : letters()) {
            byte[] alone = renderer.render(letter);
            byte[] attached = attachments.render(letter);

            Map<String, Integer> expected = new TreeMap<>(glyphsPerFace(alone));
            charactersPerFace(alone).forEach((face, printed) -> expected.merge(face, addedAlphabets(printed),
                    Integer::sum));
            assertThat(glyphsPerFace(attached)).hasSize(4).isEqualTo(expected);
            assertThat(expected.get("LiberationSans-Italic")).as("a few words: exactly their glyphs")
                    .isEqualTo(glyphsPerFace(alone).get("LiberationSans-Italic"));
            assertThat(charactersPerFace(attached).get("LiberationSans")).as("the text face, whole alphabets")
                    .containsAll("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".chars().boxed()
                            .toList());
            assertThat((double) attached.length).isCloseTo(alone.length, org.assertj.core.data.Percentage
                    .withPercentage(40));
        }
    }

    /** The characters each face's embedded subset has a glyph for, by the face's name without its subset tag. */
    private static Map<String, java.util.Set<Integer>> charactersPerFace(byte[] pdf) throws IOException {
        Map<String, java.util.Set<Integer>> characters = new TreeMap<>();
        try (PDDocument document = PdfProbe.open(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    java.util.Set<Integer> mapped = characters.computeIfAbsent(font.getName().substring(7),
                            f -> new java.util.TreeSet<>());
                    // Through the ToUnicode map, which every subset has (PDFBox's keep no cmap table).
                    org.apache.pdfbox.cos.COSStream map = (org.apache.pdfbox.cos.COSStream) font.getCOSObject()
                            .getDictionaryObject(COSName.TO_UNICODE);
                    org.apache.fontbox.cmap.CMap toUnicode;
                    try (java.io.InputStream in = map.createInputStream()) {
                        toUnicode = new org.apache.fontbox.cmap.CMapParser().parse(
                                new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
                    }
                    for (int code = 1; code <= 0xFFFF; code++) {
                        String text = toUnicode.toUnicode(code);
                        if (text != null) {
                            text.codePoints().forEach(mapped::add);
                        }
                    }
                }
            }
        }
        return characters;
    }

    /** How many glyphs the whole alphabets add to a face printing these characters. */
    private static int addedAlphabets(java.util.Set<Integer> printed) {
        if (printed.size() < 16) {
            return 0;
        }
        int added = 0;
        for (String alphabet : List.of("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789")) {
            if (alphabet.chars().anyMatch(printed::contains)) {
                added += (int) alphabet.chars().filter(c -> !printed.contains(c)).count();
            }
        }
        return added;
    }

    @Test
    void attachmentsRenderedOnSeveralThreadsAtOnceComeOutWhole() throws Exception {
        List<LetterContent> letters = letters();
        List<String> expected = letters.stream().map(l -> PdfProbe.text(renderer.render(l))).toList();

        List<String> texts = PdfProbe.textsRenderedOnFourThreads(renderer.forAttachments(), letters, 6);

        for (int i = 0; i < texts.size(); i++) {
            assertThat(texts.get(i)).isEqualTo(expected.get(i % letters.size()));
        }
    }

    /** Each face's name without its subset tag, with the number of glyphs its embedded subset holds. */
    private static Map<String, Integer> glyphsPerFace(byte[] pdf) throws IOException {
        Map<String, Integer> glyphs = new TreeMap<>();
        try (PDDocument document = PdfProbe.open(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans.*");
                    assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE)).isTrue();
                    PDCIDFontType2 face = (PDCIDFontType2) ((PDType0Font) font).getDescendantFont();
                    glyphs.put(font.getName().substring(7), face.getTrueTypeFont().getNumberOfGlyphs());
                }
            }
        }
        return glyphs;
    }
}
