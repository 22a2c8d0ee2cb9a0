package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.render.PdfProbe.Glyph;
import fr.missive.model.MissiveException;
import fr.missive.model.letters.LetterContent;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfLetterRendererTest {

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    private static final List<String> SIMON = List.of("Madame Anaïs SIMON", "59 chemin du Moulin", "Bâtiment B",
            "74000 ANNECY");

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theAddressBlockLiesInsideTheEnvelopeWindow() {
        byte[] pdf = renderer.render(SampleLetters.letter(SIMON, "Objet", "Texte."));

        String inWindow = PdfProbe.textInArea(pdf, LetterLayout.WINDOW_LEFT_MM, LetterLayout.WINDOW_TOP_MM,
                LetterLayout.WINDOW_WIDTH_MM, LetterLayout.WINDOW_HEIGHT_MM);

        assertThat(inWindow.strip().lines().map(String::strip).toList()).containsExactlyElementsOf(SIMON);
        List<Glyph> addressGlyphs = PdfProbe.glyphs(pdf).stream().filter(g -> g.text().equals("Y")).toList();
        assertThat(addressGlyphs).allSatisfy(g -> {
            assertThat(g.x()).isBetween(LetterLayout.pt(LetterLayout.WINDOW_LEFT_MM),
                    LetterLayout.pt(LetterLayout.WINDOW_LEFT_MM + LetterLayout.WINDOW_WIDTH_MM));
            assertThat(g.y()).isBetween(LetterLayout.pt(LetterLayout.WINDOW_TOP_MM),
                    LetterLayout.pt(LetterLayout.WINDOW_TOP_MM + LetterLayout.WINDOW_HEIGHT_MM));
        });
    }

    @Test
    void accentsGreekPolishAndVietnameseNamesAreExtractedAsTyped() {
        List<String> names = List.of("Mrs Nguyễn Thị Hương", "Mr Γιώργος Αλεξίου", "Mr Paweł Wróbel, Gdańsk",
                "Mme Éloïse Saint-Étienne");
        String body = "Cœur, « guillemets » et espaces\u00A0insécables : " + String.join(" ; ", names) + ".";

        byte[] pdf = renderer.render(SampleLetters.letter(List.of(names.get(0), "8 Harbour Road", "BT1 1AA BELFAST"),
                "Lettre à Nguyễn Thị Hương", body));

        String text = PdfProbe.text(pdf);
        assertThat(text).contains("Lettre à Nguyễn Thị Hương", "Mrs Nguyễn Thị Hương");
        assertThat(squash(text.replace('\u00A0', ' '))).contains(squash(body.replace('\u00A0', ' ')));
    }

    @Test
    void aCharacterTheFontLacksIsReportedBeforeRendering() {
        assertThatThrownBy(() -> renderer.render(SampleLetters.letter(SIMON, "Objet", "Chinese 汉字")))
                .isInstanceOf(MissiveException.class)
                .satisfies(e -> assertThat(((MissiveException) e).userMessage().key())
                        .isEqualTo("letters.pdf.missingGlyphs.body"));
    }

    @Test
    void justifiedLinesKeepTheirWordsInOrder() {
        String paragraph = ("Le conseil de classe du premier trimestre se réunira en présence des délégués "
                + "des parents d'élèves et des élèves, qui pourront y exprimer les remarques de la classe. ").repeat(4)
                .strip();

        byte[] pdf = renderer.render(SampleLetters.letter(SIMON, "Conseil", paragraph));

        assertThat(squash(PdfProbe.text(pdf))).contains(paragraph);
    }

    @Test
    void aThreePageLetterIsNumberedFromItsSecondPage() {
        String body = "Paragraphe de remplissage pour une longue lettre, avec assez de mots pour couvrir la page. "
                .repeat(8).strip();
        byte[] pdf = null;
        for (int paragraphs = 4; pdf == null || PdfProbe.pages(pdf) < 3; paragraphs++) {
            String long3 = String.join("\n\n", java.util.Collections.nCopies(paragraphs, body));
            pdf = renderer.render(SampleLetters.letter(SIMON, "Longue lettre", long3));
        }

        assertThat(PdfProbe.pages(pdf)).isEqualTo(3);
        assertThat(PdfProbe.pageText(pdf, 1)).doesNotContain("1/3");
        assertThat(PdfProbe.pageText(pdf, 2)).contains("2/3");
        assertThat(PdfProbe.pageText(pdf, 3)).contains("3/3");
    }

    @Test
    void aVeryLongUrlIsBrokenAndNeverCrossesTheRightMargin() {
        byte[] pdf = renderer.render(SampleLetters.convocation());

        float limit = LetterLayout.pt(LetterLayout.PAGE_WIDTH_MM - LetterLayout.MARGIN_RIGHT_MM) + 0.5f;
        List<Glyph> glyphs = PdfProbe.glyphs(pdf);
        assertThat(glyphs).allSatisfy(g -> assertThat(g.x() + g.width()).isLessThanOrEqualTo(limit));
        long urlLines = glyphs.stream().filter(g -> g.text().equals("a") || g.text().equals("b"))
                .map(Glyph::y).distinct().count();
        assertThat(urlLines).isGreaterThan(1);
        assertThat(SampleLetters.LONG_URL.length()).isGreaterThanOrEqualTo(300);
        assertThat(PdfProbe.text(pdf).replaceAll("\\s+", "")).contains(SampleLetters.LONG_URL);
    }

    @Test
    void boldTextUsesTheBoldFontAndItalicTheItalicOne() {
        byte[] pdf = renderer.render(SampleLetters.letter(SIMON, "Objet", "Zz **Xx** et *Qq*."));

        List<Glyph> glyphs = PdfProbe.glyphs(pdf);
        assertThat(glyphs).filteredOn(g -> g.text().equals("X")).extracting(Glyph::font)
                .allMatch(name -> name.endsWith("LiberationSans-Bold"));
        assertThat(glyphs).filteredOn(g -> g.text().equals("Q")).extracting(Glyph::font)
                .allMatch(name -> name.endsWith("LiberationSans-Italic"));
        assertThat(glyphs).filteredOn(g -> g.text().equals("Z")).extracting(Glyph::font)
                .allMatch(name -> name.endsWith("LiberationSans"));
    }

    @Test
    void onlyEmbeddedSubsetFontsAreUsed() throws Exception {
        byte[] pdf = renderer.render(SampleLetters.convocation());

        try (PDDocument document = PdfProbe.open(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans.*");
                }
            }
        }
    }

    @Test
    void theSignatureBlockIsNotSplitAcrossPages() {
        for (int paragraphs = 1; paragraphs <= 24; paragraphs++) {
            String body = String.join("\n\n", java.util.Collections.nCopies(paragraphs,
                    "Un paragraphe de deux lignes environ pour faire descendre la signature le long de la page, "
                            + "jusqu'à ce qu'elle tombe au bas."));
            byte[] pdf = renderer.render(SampleLetters.letter(SIMON, "Objet", body));

            List<Glyph> glyphs = PdfProbe.glyphs(pdf);
            int functionPage = pageOf(glyphs, "La Principale");
            int namePage = pageOf(glyphs, "Jeanne Martin");
            assertThat(functionPage).as("%d paragraphs", paragraphs).isEqualTo(namePage);
        }
    }

    private static int pageOf(List<Glyph> glyphs, String text) {
        StringBuilder all = new StringBuilder();
        List<Integer> pages = new java.util.ArrayList<>();
        for (Glyph g : glyphs) {
            all.append(g.text());
            for (int i = 0; i < g.text().length(); i++) {
                pages.add(g.page());
            }
        }
        int at = all.indexOf(text.replace(" ", ""));
        if (at < 0) {
            at = all.indexOf(text);
        }
        assertThat(at).as(text).isGreaterThanOrEqualTo(0);
        return pages.get(at);
    }

    @Test
    void theDocumentCarriesTitleAuthorAndCreationDate() throws Exception {
        LetterContent letter = SampleLetters.convocation();
        try (PDDocument document = PdfProbe.open(renderer.render(letter))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(letter.subject());
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Collège Jean Moulin");
            assertThat(document.getDocumentInformation().getCreationDate()).isNotNull();
        }
    }

    @Test
    void theLetterheadDateAndSubjectLineArePrinted() {
        String text = PdfProbe.text(renderer.render(SampleLetters.convocation())).replace('\u00A0', ' ');

        assertThat(text).contains("Collège Jean Moulin", "12 avenue des Frères-Lumière", "69008 Lyon",
                "Tél. : 04 78 00 00 00", "Lyon, le 22 novembre 2026",
                "Objet : Convocation à la réunion parents-professeurs");
    }

    @Test
    void listItemsHangTheirSecondLineUnderTheirText() {
        String item = "premier point dont le texte est assez long pour occuper deux lignes entières de la lettre, "
                + "voire davantage si la place manque encore";
        byte[] pdf = renderer.render(SampleLetters.letter(SIMON, "Objet", "- " + item + "\n- second point"));

        List<Glyph> glyphs = PdfProbe.glyphs(pdf);
        List<Glyph> bullets = glyphs.stream().filter(g -> g.text().equals("•")).toList();
        assertThat(bullets).hasSize(2);
        Glyph bullet = bullets.get(0);
        List<Float> lineStarts = glyphs.stream().filter(g -> g.y() >= bullet.y() && g.y() <= bullets.get(1).y())
                .collect(java.util.stream.Collectors.groupingBy(Glyph::y, java.util.TreeMap::new,
                        java.util.stream.Collectors.mapping(Glyph::x, java.util.stream.Collectors.toList())))
                .values().stream().map(xs -> xs.stream().filter(x -> x > bullet.x() + 1).min(Float::compare)
                        .orElseThrow()).toList();
        assertThat(lineStarts.size()).isGreaterThanOrEqualTo(3);
        assertThat(lineStarts).allSatisfy(x -> assertThat(x).isCloseTo(lineStarts.get(0),
                org.assertj.core.data.Offset.offset(0.5f)));
    }

    @Test
    void aLogoThatIsNotAnImageIsReportedAsSuch() {
        LetterContent letter = SampleLetters.letter(SIMON, "Objet", "Texte.");
        LetterContent withBadLogo = new LetterContent(letter.institution(),
                new fr.missive.model.institution.Logo("not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "image/png"),
                letter.placeAndDate(), letter.recipientLines(), letter.subject(), letter.body(),
                letter.signatureName(), letter.signatureFunction(), null, true);

        assertThatThrownBy(() -> renderer.render(withBadLogo))
                .isInstanceOf(MissiveException.class)
                .satisfies(e -> assertThat(((MissiveException) e).userMessage().key()).isEqualTo("letters.pdf.badLogo"));
    }
}
