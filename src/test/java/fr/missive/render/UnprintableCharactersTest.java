package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.letters.LetterContent;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A character no face of the font has is reported with where it is, before anything is drawn. */
class UnprintableCharactersTest {

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    private UserMessage problem(LetterContent letter) {
        return catchThrowableOfType(MissiveException.class, () -> renderer.render(letter)).userMessage();
    }

    @Test
    void aChineseNameInTheTextIsReportedWithItsLine() {
        String body = "Madame, Monsieur,\n\nNous accueillons votre enfant **王小明** en 6e A.\n";

        UserMessage message = problem(SampleLetters.letter(List.of("M. Wang"), "Accueil", body));

        assertThat(message.key()).isEqualTo("letters.pdf.missingGlyphs.body");
        assertThat(message.args()).containsExactly("王 (U+738B), 小 (U+5C0F), 明 (U+660E)", 3,
                "Nous accueillons votre enfant **王小明** en 6e A.");
        assertThat(Messages.forLocale(Locale.FRANCE).get(message)).isEqualTo("La police de la lettre ne sait pas "
                + "écrire 王 (U+738B), 小 (U+5C0F), 明 (U+660E), trouvé à la ligne 3 du texte de la lettre\u00A0: "
                + "«\u00A0Nous accueillons votre enfant **王小明** en 6e A.\u00A0». Remplacez ces caractères avant "
                + "d’imprimer.");
    }

    @Test
    void theFirstPlaceIsNamedAndEveryCharacterListed() {
        LetterContent letter = SampleLetters.letter(List.of("M. Wang 王", "8 Harbour Road", "Belfast 😀"),
                "Objet 字", "Texte 汉.");

        UserMessage message = problem(letter);

        assertThat(message.key()).isEqualTo("letters.pdf.missingGlyphs.address");
        assertThat(message.args()).containsExactly("王 (U+738B), 😀 (U+1F600), 字 (U+5B57), 汉 (U+6C49)", 1,
                "M. Wang 王");
    }

    @Test
    void eachPartOfTheLetterIsNamed() {
        LetterContent base = SampleLetters.letter(List.of("M. Duflot"), "Objet", "Texte.");
        Institution chinese = new Institution("Lycée 中文", new PostalAddress(List.of(), "", "", ""), "", null);

        assertThat(problem(new LetterContent(chinese, null, base.placeAndDate(), base.recipientLines(),
                base.subject(), base.body(), "", "", null, true)).key())
                .isEqualTo("letters.pdf.missingGlyphs.letterhead");
        assertThat(problem(SampleLetters.letter(List.of("M. Duflot"), "Objet ☃\u2603", "Texte.")).key())
                .isEqualTo("letters.pdf.missingGlyphs.subject");
        assertThat(problem(new LetterContent(base.institution(), null, "Lyon 字", base.recipientLines(),
                base.subject(), base.body(), "", "", null, true)).key())
                .isEqualTo("letters.pdf.missingGlyphs.placeAndDate");
        assertThat(problem(new LetterContent(base.institution(), null, base.placeAndDate(), base.recipientLines(),
                base.subject(), base.body(), "Wang 王", "", null, true)).key())
                .isEqualTo("letters.pdf.missingGlyphs.signature");
    }

    @Test
    void aLongLineIsShownAroundItsFirstUnprintableCharacter() {
        String line = "a".repeat(100) + " 汉 " + "b".repeat(100);

        UserMessage message = problem(SampleLetters.letter(List.of("M. Duflot"), "Objet", line));

        String excerpt = (String) message.args().get(2);
        assertThat(excerpt).contains("汉").startsWith("…").endsWith("…");
        assertThat(excerpt.length()).isLessThanOrEqualTo(64);
    }

    @Test
    void latinGreekAndVietnameseLettersAndFrenchPunctuationArePrintable() {
        String body = "Œuvre « cœur » – Ærø, Ørsted, Łódź, Γιώργος, Nguyễn Thị Hương, 1er, 3\u202F%, € 12,50, n°\u00A05 "
                + "— “quote” ‘x’ … • ½ ©";

        byte[] pdf = renderer.render(SampleLetters.letter(List.of("M. Duflot"), "Objet", body));

        assertThat(PdfProbe.text(pdf).replaceAll("[\\s\u00A0\u202F]+", " "))
                .contains(body.replaceAll("[\u00A0\u202F]", " "));
    }
}
