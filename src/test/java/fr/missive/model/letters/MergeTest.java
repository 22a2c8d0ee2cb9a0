package fr.missive.model.letters;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeTest {

    private static Contact simon() {
        return new Contact(null, ContactKind.GUARDIAN, "Mme", "Anaïs", "Simon", "3e A",
                new PostalAddress(List.of("59 chemin du Moulin"), "74000", "Annecy", ""), null,
                Consent.given(LocalDate.of(2026, 9, 1), "test"), Map.of("Responsable légal", "Mme Anaïs Simon"));
    }

    private static MergeValues values() {
        return MergeValues.builder()
                .contact(simon())
                .institution(new Institution("Collège Jean Moulin", new PostalAddress(List.of("1 rue Neuve"),
                        "69001", "Lyon", ""), "04 72 00 00 00", null))
                .sender("Jeanne Martin", "Principale")
                .today(LocalDate.of(2026, 11, 22), Locale.FRENCH)
                .field("date_rdv", "mardi 1er décembre à 17 h")
                .build();
    }

    @Test
    void fieldsAreReplacedInSubjectAndBodyFromEverySource() {
        LetterTemplate template = new LetterTemplate("Convocation", Category.CONVOCATION,
                "Convocation de {{first_name}} {{last_name}}",
                "Madame, {{ title }} {{full_name}} ({{class}}), {{responsable_legal}}, {{institution_name}}, "
                        + "{{institution_city}}, {{sender_name}}, {{sender_function}}, {{today}}, {{date_rdv}}.");

        MergedLetter merged = Merge.apply(template, values());

        assertThat(merged.subject()).isEqualTo("Convocation de Anaïs Simon");
        assertThat(merged.body()).isEqualTo("Madame, Mme Anaïs Simon (3e A), Mme Anaïs Simon, Collège Jean Moulin, "
                + "Lyon, Jeanne Martin, Principale, 22 novembre 2026, mardi 1er décembre à 17 h.");
        assertThat(merged.complete()).isTrue();
    }

    @Test
    void unknownFieldsAreListedOnceInOrderAndLeftVisible() {
        MergedLetter merged = Merge.apply(new LetterTemplate("x", Category.OTHER, "{{sujet}}",
                "{{prenom}} {{first_name}} {{sujet}} {{heure}}"), values());

        assertThat(merged.unknownFields()).containsExactly("sujet", "prenom", "heure");
        assertThat(merged.body()).isEqualTo("{{prenom}} Anaïs {{sujet}} {{heure}}");
        assertThat(merged.complete()).isFalse();
    }

    @Test
    void anUnterminatedFieldIsReported() {
        MergedLetter merged = Merge.apply(new LetterTemplate("x", Category.OTHER, "", "Bonjour {{first_name"),
                values());

        assertThat(merged.unterminated()).isTrue();
        assertThat(merged.body()).isEqualTo("Bonjour {{first_name");
    }

    @Test
    void aValueIsNeverExpandedAgain() {
        MergeValues tricky = MergeValues.builder().field("a", "{{b}}").field("b", "B").build();

        MergedLetter merged = Merge.apply(new LetterTemplate("x", Category.OTHER, "{{a}}", "{{a}}"), tricky);

        assertThat(merged.subject()).isEqualTo("{{b}}");
        assertThat(merged.body()).isEqualTo("\\{\\{b\\}\\}");
        assertThat(merged.unknownFields()).isEmpty();
    }

    @Test
    void markdownCharactersOfValuesAreEscapedInTheBodyOnly() {
        MergeValues values = MergeValues.builder().field("name", "O*Neill_ **x**").build();

        MergedLetter merged = Merge.apply(new LetterTemplate("x", Category.OTHER, "{{name}}", "{{name}}"), values);

        assertThat(merged.subject()).isEqualTo("O*Neill_ **x**");
        assertThat(merged.body()).isEqualTo("O\\*Neill\\_ \\*\\*x\\*\\*");
    }

    @Test
    void todayIsALongFrenchOrEnglishDate() {
        assertThat(LongDate.of(LocalDate.of(2026, 11, 22), Locale.FRENCH)).isEqualTo("22 novembre 2026");
        assertThat(LongDate.of(LocalDate.of(2027, 3, 1), Locale.FRENCH)).isEqualTo("1er mars 2027");
        assertThat(LongDate.of(LocalDate.of(2026, 11, 22), Locale.ENGLISH)).isEqualTo("22 November 2026");
        assertThat(LongDate.placeAndDate("Lyon", LocalDate.of(2026, 11, 22), Locale.FRENCH))
                .isEqualTo("Lyon, le 22 novembre 2026");
        assertThat(LongDate.placeAndDate("Lyon", LocalDate.of(2026, 11, 22), Locale.UK))
                .isEqualTo("Lyon, 22 November 2026");
    }

    @Test
    void customFieldNamesAreFoldedColumnNames() {
        assertThat(MergeValues.customFieldName("Responsable légal")).isEqualTo("responsable_legal");
        assertThat(MergeValues.customFieldName(" Date RDV (heure) ")).isEqualTo("date_rdv_heure");
    }

    @Test
    void theRecipientBlockEndsWithPostcodeAndCityInCapitals() {
        assertThat(RecipientBlock.of(simon()))
                .containsExactly("Mme Anaïs Simon", "59 chemin du Moulin", "74000 ANNECY");
    }

    @Test
    void everyMergeFieldHasALabelInBothLanguages() {
        for (String language : List.of("fr", "en")) {
            var bundle = java.util.ResourceBundle.getBundle("fr.missive.i18n.messages", Locale.forLanguageTag(language));
            assertThat(MergeField.values()).allSatisfy(field ->
                    assertThat(bundle.containsKey(field.labelKey())).as(language + " " + field).isTrue());
        }
    }
}
