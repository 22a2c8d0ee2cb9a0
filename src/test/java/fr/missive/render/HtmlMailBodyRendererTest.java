package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.MissiveException;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.institution.Logo;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterContent;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.MailBody;
import fr.missive.model.mail.InlineImage;
import fr.missive.model.letters.Merge;
import fr.missive.model.letters.MergeValues;
import fr.missive.model.letters.MergedLetter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The letter as an e-mail body: the same words as the PDF, safe HTML, a clean text alternative. */
class HtmlMailBodyRendererTest {

    private static final String TEMPLATE = """
            Madame, Monsieur {{last_name}},

            J'ai le plaisir de vous convier à la **réunion parents-professeurs** de la classe de *{{class}}*, \
            qui se tiendra le **mardi 1er décembre 2026 à 17 h 30** en salle polyvalente, avec *Nguyễn Thị Hương* \
            et **Γιώργος Αλεξίου**, délégués des parents.

            ## Ordre du jour

            - accueil par le professeur principal et présentation du bilan de mi-trimestre, avec un temps \
            d'échange sur la vie de la classe ;
            - entretiens individuels :
              1. avec le professeur principal ;
              2. avec les autres professeurs.

                 Chaque entretien dure dix minutes.
            - présentation des **stages d'observation** en entreprise.

            > Pensez au carnet de correspondance.

            Appel au 04 78 00 00 00\\
            ou par l'espace numérique de travail.

            Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
            """;

    private final HtmlMailBodyRenderer mail = new HtmlMailBodyRenderer();
    private final PdfLetterRenderer pdf = new PdfLetterRenderer();

    private static final List<String> RECIPIENT = List.of("Monsieur Paweł WRÓBEL", "ul. Długa 5", "80-831 GDAŃSK",
            "POLOGNE");

    private static LetterContent letter(String lastName, String className, Logo logo) {
        MergeValues values = MergeValues.builder().field("last_name", lastName).field("class", className).build();
        MergedLetter merged = Merge.apply(new LetterTemplate("Convocation", Category.CONVOCATION,
                "Convocation de {{last_name}}", TEMPLATE), values);
        assertThat(merged.complete()).isTrue();
        Institution institution = new Institution("Collège Jean Moulin", new PostalAddress(
                List.of("12 avenue des Frères-Lumière"), "69008", "Lyon", ""), "04 78 00 00 00", null);
        return new LetterContent(institution, logo, "Lyon, le 22 novembre 2026", RECIPIENT, merged.subject(),
                merged.body(), "Jeanne Martin", "La Principale", null, true);
    }

    private static Logo logo() throws IOException {
        try (InputStream in = HtmlMailBodyRendererTest.class.getResourceAsStream("/letters/logo.png")) {
            return new Logo(in.readAllBytes(), "image/png");
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s\\u00A0\\u202F]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** List markers, which each medium writes its own way (•, -, 1. or the mail client's own). */
    private static List<String> withoutListMarkers(List<String> words) {
        return words.stream().filter(w -> !w.equals("•") && !w.equals("-") && !w.matches("\\d+[.)]")).toList();
    }

    @Test
    void htmlPlainTextAndPdfSayTheSameWords() throws IOException {
        LetterContent letter = letter("Wróbel", "3e A", logo());

        MailBody body = mail.render(letter);
        List<String> html = withoutListMarkers(words(Jsoup.parse(body.html()).body().text()));
        List<String> text = withoutListMarkers(words(body.text()));
        List<String> printed = new ArrayList<>(withoutListMarkers(words(PdfProbe.text(pdf.render(letter)))));
        int address = java.util.Collections.indexOfSubList(printed, words(String.join(" ", RECIPIENT)));
        assertThat(address).as("recipient block in the PDF").isNotNegative();
        printed.subList(address, address + words(String.join(" ", RECIPIENT)).size()).clear();

        assertThat(html).contains("Wróbel,", "Nguyễn", "Αλεξίου,", "Objet", "Jeanne", "Ordre", "dix");
        assertThat(text).isEqualTo(html);
        assertThat(printed).isEqualTo(html);
    }

    @Test
    void valuesAreEscapedAndNeverBecomeMarkup() {
        LetterContent letter = letter("<script>alert('x')</script>", "O'Brien & fils <b>", null);

        MailBody body = mail.render(letter);

        assertThat(body.html()).doesNotContainIgnoringCase("<script").doesNotContain("<b>");
        Document document = Jsoup.parse(body.html());
        assertThat(document.select("script")).isEmpty();
        assertThat(document.select("b")).isEmpty();
        assertThat(document.title()).isEqualTo("Convocation de <script>alert('x')</script>");
        assertThat(document.body().text()).contains("Madame, Monsieur <script>alert('x')</script>,",
                "la classe de O'Brien & fils <b>,");
        assertThat(document.select("em").eachText()).contains("O'Brien & fils <b>");
        assertThat(body.text()).contains("Madame, Monsieur <script>alert('x')</script>,",
                "O'Brien & fils <b>").doesNotContain("\\");
    }

    @Test
    void theHtmlLoadsNothingFromOutsideTheMessage() throws IOException {
        LetterContent letter = letter("Martin", "3e A", logo());
        LetterContent withRemoteImage = new LetterContent(letter.institution(), letter.logo(), letter.placeAndDate(),
                letter.recipientLines(), letter.subject(), letter.body()
                + "\n\n![pixel espion](http://tracker.example/p.png) <img src=\"https://example.org/x.png\">\n",
                letter.signatureName(), letter.signatureFunction(), null, true);

        MailBody body = mail.render(withRemoteImage);

        Document document = Jsoup.parse(body.html());
        assertThat(document.select("link, style, script, iframe, object, embed, form, base")).isEmpty();
        assertThat(document.select("img").eachAttr("src")).containsExactly("cid:" + HtmlMailBodyRenderer.LOGO_CONTENT_ID);
        for (Element element : document.getAllElements()) {
            for (var attribute : element.attributes()) {
                assertThat(attribute.getValue()).as(element.tagName() + " " + attribute.getKey())
                        .doesNotContainIgnoringCase("http").doesNotContainIgnoringCase("url(");
            }
        }
        assertThat(document.body().text()).contains("<img src=\"https://example.org/x.png\">");
    }

    @Test
    void theLogoTravelsAsAnInlineImageSizedForTheScreen() throws IOException {
        MailBody body = mail.render(letter("Martin", "3e A", logo()));

        assertThat(body.inlineImages()).hasSize(1);
        InlineImage image = body.inlineImages().get(0);
        assertThat(image.contentId()).isEqualTo("logo@missive");
        assertThat(image.mimeType()).isEqualTo("image/png");
        var decoded = ImageIO.read(new ByteArrayInputStream(image.bytes()));
        assertThat(decoded.getWidth()).isLessThanOrEqualTo(
                LetterImages.pixels(LetterImages.LOGO_WIDTH_MM, LetterImages.SCREEN_DPI));
        Element img = Jsoup.parse(body.html()).selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("cid:logo@missive");
        assertThat(img.attr("alt")).isEqualTo("Collège Jean Moulin");
        assertThat(Integer.parseInt(img.attr("width"))).isBetween(decoded.getWidth() / 2 - 1, decoded.getWidth() / 2 + 1);
    }

    @Test
    void everyElementIsStyledInlineAndListsAreRealLists() {
        Document document = Jsoup.parse(mail.render(letter("Martin", "3e A", null)).html());

        assertThat(document.select("h2").eachText()).containsExactly("Ordre du jour");
        assertThat(document.select("ul > li")).hasSize(3);
        assertThat(document.select("ul > li > ol > li").eachText()).containsExactly("avec le professeur principal ;",
                "avec les autres professeurs. Chaque entretien dure dix minutes.");
        assertThat(document.select("strong").eachText()).contains("réunion parents-professeurs",
                "stages d'observation");
        assertThat(document.select("p, h1, h2, h3, ul, ol, li")).allSatisfy(e -> assertThat(e.attr("style"))
                .as(e.tagName()).isNotBlank());
        assertThat(document.select("p:contains(Appel au)").html()).contains("<br>");
    }

    @Test
    void thePlainTextIsWrappedWithListMarkersAndNoMarkdownLeft() {
        String text = mail.render(letter("Martin", "3e A", null)).text();

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(72));
        assertThat(text).doesNotContain("**", "*", "##", "\\", "> ", "`");
        assertThat(text).contains("\nOrdre du jour\n", "\n- accueil par le professeur principal",
                "\n   1. avec le professeur principal ;\n   2. avec les autres professeurs.\n",
                "\n- présentation des stages d'observation en entreprise.\n",
                "Appel au 04 78 00 00 00\nou par l'espace numérique de travail.");
        assertThat(text).startsWith("Collège Jean Moulin\n12 avenue des Frères-Lumière\n69008 Lyon\n");
        assertThat(text).endsWith("\nLa Principale\nJeanne Martin\n");
        String item = text.substring(text.indexOf("- accueil"));
        assertThat(item.lines().skip(1).findFirst().orElseThrow()).startsWith("  ").doesNotStartWith("   ");
    }

    @Test
    void aLongUrlKeepsItsLineInThePlainText() {
        LetterContent letter = SampleLetters.convocation();

        String text = mail.render(letter).text();

        assertThat(text.lines()).anySatisfy(line -> assertThat(line).isEqualTo(SampleLetters.LONG_URL));
        assertThat(text.lines().filter(line -> !line.contains(SampleLetters.LONG_URL)))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(72));
    }

    @Test
    void aLogoThatIsNotAnImageIsReportedForTheMailToo() {
        LetterContent letter = letter("Martin", "3e A", new Logo(new byte[] {1, 2, 3}, "image/png"));

        assertThatThrownBy(() -> mail.render(letter)).isInstanceOf(MissiveException.class)
                .satisfies(e -> assertThat(((MissiveException) e).userMessage().key()).isEqualTo("letters.pdf.badLogo"));
    }
}
