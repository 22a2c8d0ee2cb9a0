package fr.missive.app.letters;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import fr.missive.render.PdfLetterRenderer;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterContent;
import fr.missive.model.letters.LetterTemplate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@NoDatabase
class LetterComposerTest {

    static final Institution SCHOOL = new Institution("Collège Jean Moulin",
            new PostalAddress(List.of("12 avenue des Frères-Lumière"), "69008", "Lyon", ""), "04 78 00 00 00", null);

    static Contact contact(long id, String title, String first, String last, PostalAddress address,
                           Map<String, String> custom) {
        return new Contact(id, ContactKind.GUARDIAN, title, first, last, "3e A", address,
                EmailAddress.parse("parent" + id + "@example.org"), Consent.given(LocalDate.of(2026, 9, 1), "test"),
                custom);
    }

    static final Contact SIMON = contact(1, "Madame", "Anaïs", "SIMON",
            new PostalAddress(List.of("59 chemin du Moulin", "Bâtiment B"), "74000", "Annecy", ""),
            Map.of("Élève", "Noé Simon"));
    static final Contact NO_ADDRESS = contact(2, "M.", "Νίκος", "Αλεξίου", PostalAddress.EMPTY, Map.of());

    private static LetterContext context(Map<String, String> fields, Locale language) {
        LetterTemplate template = new LetterTemplate("Convocation", Category.CONVOCATION,
                "Convocation de {{eleve}}",
                "Madame, Monsieur,\n\nVotre enfant {{eleve}} est attendu le **{{date_rdv}}** ({{today}}).\n",
                List.of("date_rdv"));
        return new LetterContext(template, SCHOOL, null, new LetterSender("Jeanne Martin", "La Principale", null),
                fields, LocalDate.of(2026, 11, 22), language);
    }

    private final LetterComposer composer = new LetterComposer(null, null);

    @Test
    void mergesContactInstitutionSenderDateAndLetterFields() {
        ComposedLetter letter = composer.compose(context(Map.of("date_rdv", "mardi 1er décembre"), Locale.FRENCH),
                SIMON);
        LetterContent content = letter.content();
        assertThat(content.subject()).isEqualTo("Convocation de Noé Simon");
        assertThat(content.body()).contains("Votre enfant Noé Simon est attendu le **mardi 1er décembre** "
                + "(22 novembre 2026)");
        assertThat(content.placeAndDate()).isEqualTo("Lyon, le 22 novembre 2026");
        assertThat(content.recipientLines()).containsExactly("Madame Anaïs SIMON", "59 chemin du Moulin",
                "Bâtiment B", "74000 ANNECY");
        assertThat(content.signatureName()).isEqualTo("Jeanne Martin");
        assertThat(content.signatureFunction()).isEqualTo("La Principale");
        assertThat(content.french()).isTrue();
        assertThat(letter.withoutAddress()).isFalse();
        assertThat(letter.unknownFields()).isEmpty();
    }

    @Test
    void aLetterFieldMayOverrideTheSignersFunction() {
        ComposedLetter letter = composer.compose(context(Map.of("date_rdv", "x", "sender_function", "Le CPE"),
                Locale.ENGLISH), SIMON);
        assertThat(letter.content().signatureFunction()).isEqualTo("Le CPE");
        assertThat(letter.content().placeAndDate()).isEqualTo("Lyon, 22 November 2026");
    }

    @Test
    void preflightTellsMissingUnknownAndAddresslessBeforeRendering() {
        Preflight preflight = composer.check(context(Map.of(), Locale.FRENCH), List.of(SIMON, NO_ADDRESS));
        assertThat(preflight.missingFields()).containsExactly("date_rdv");
        assertThat(preflight.unknownFields()).containsExactly("eleve");
        assertThat(preflight.withoutAddress()).containsExactly(NO_ADDRESS);
        assertThat(preflight.ready()).isFalse();
        Messages english = Messages.forLocale(Locale.ENGLISH);
        assertThat(preflight.blockers()).extracting(english::get).containsExactly(
                "Give the value of these fields for this sending: Date rdv.",
                "These fields have no value for some contacts: {{eleve}}.");

        Preflight given = composer.check(context(Map.of("date_rdv", "mardi"), Locale.FRENCH), List.of(SIMON));
        assertThat(given.ready()).isTrue();
        assertThat(given.withoutAddress()).isEmpty();
    }

    @Test
    void anUnterminatedFieldStopsTheBatch() {
        LetterContext context = context(Map.of("date_rdv", "x"), Locale.FRENCH);
        LetterContext broken = new LetterContext(new LetterTemplate("x", Category.OTHER, "", "Le {{date_rdv"),
                context.institution(), null, context.sender(), context.letterFields(), context.date(), Locale.FRENCH);
        assertThat(composer.check(broken, List.of(SIMON)).unterminated()).isTrue();
    }

    @Test
    void theAddressBlockOfAContactWithoutAddressSaysSoInThePdf() throws IOException {
        ComposedLetter letter = composer.compose(context(Map.of("date_rdv", "x"), Locale.FRENCH), NO_ADDRESS);
        assertThat(letter.withoutAddress()).isTrue();
        assertThat(letter.content().recipientLines()).containsExactly("M. Νίκος Αλεξίου",
                "(adresse postale manquante)");
        byte[] pdf = new PdfLetterRenderer().render(letter.content());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("M. Νίκος Αλεξίου",
                    "(adresse postale manquante)");
        }
    }
}
