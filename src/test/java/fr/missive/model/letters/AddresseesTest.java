package fr.missive.model.letters;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A letter shared by two guardians names them in the letter's language, titles included. */
class AddresseesTest {

    private static Contact guardian(String title, String first, String last) {
        return new Contact(1L, ContactKind.GUARDIAN, title, first, last, "",
                new PostalAddress(List.of("3 rue des Lilas"), "69003", "Lyon", ""), null,
                Consent.given(LocalDate.of(2026, 9, 1), ""), Map.of());
    }

    private static final Contact MRS_DURAND = guardian("Mme", "Claire", "DURAND");
    private static final Contact MR_DURAND = guardian("M.", "Paul", "DURAND");
    private static final Contact MR_MARTIN = guardian("M.", "Luc", "MARTIN");

    @Test
    void frenchLetterJoinsTwoNamesWithEtAndTitlesInFull() {
        assertThat(Addressees.of(List.of(MRS_DURAND, MR_MARTIN), Locale.FRENCH).fullName())
                .isEqualTo("Madame DURAND et Monsieur MARTIN");
        assertThat(Addressees.of(List.of(MRS_DURAND, MR_DURAND), Locale.FRENCH).fullName())
                .isEqualTo("Madame et Monsieur DURAND");
    }

    @Test
    void englishLetterJoinsTwoNamesWithAndAndEnglishTitles() {
        Addressees two = Addressees.of(List.of(MRS_DURAND, MR_MARTIN), Locale.ENGLISH);
        assertThat(two.fullName()).isEqualTo("Mrs DURAND and Mr MARTIN");
        assertThat(two.title()).isEqualTo("Mrs and Mr");
        assertThat(two.firstName()).isEqualTo("Claire and Luc");
        assertThat(two.lastName()).isEqualTo("DURAND and MARTIN");
        assertThat(Addressees.of(List.of(MRS_DURAND, MR_DURAND), Locale.ENGLISH).fullName())
                .isEqualTo("Mrs and Mr DURAND");
    }

    @Test
    void englishTitlesTranslateTheFrenchLongFormsAndKeepUnknownOnes() {
        assertThat(Addressees.of(List.of(guardian("Madame", "A", "ROUX"), guardian("Mademoiselle", "B", "ROUX")),
                Locale.ENGLISH).fullName()).isEqualTo("Mrs and Miss ROUX");
        assertThat(Addressees.of(List.of(guardian("Dr", "A", "ROUX"), guardian("", "B", "ROUX")),
                Locale.ENGLISH).fullName()).isEqualTo("Dr ROUX");
    }

    @Test
    void oneAddresseeKeepsTheTitleOnFileInEitherLanguage() {
        assertThat(Addressees.of(List.of(MRS_DURAND), Locale.ENGLISH).fullName()).isEqualTo("Mme Claire DURAND");
        assertThat(Addressees.of(List.of(MRS_DURAND), Locale.FRENCH).fullName()).isEqualTo("Mme Claire DURAND");
    }

    @Test
    void addressBlockAndAddresseeFieldsFollowTheLetterLanguage() {
        assertThat(RecipientBlock.of(List.of(MRS_DURAND, MR_MARTIN), Locale.ENGLISH).get(0))
                .isEqualTo("Mrs DURAND and Mr MARTIN");
        MergeValues values = MergeValues.builder().addressees(List.of(MRS_DURAND, MR_MARTIN), Locale.ENGLISH).build();
        assertThat(values.value(MergeField.ADDRESSEE_FULL_NAME.fieldName())).contains("Mrs DURAND and Mr MARTIN");
        MergeValues french = MergeValues.builder().addressees(List.of(MRS_DURAND, MR_MARTIN), Locale.FRENCH).build();
        assertThat(french.value(MergeField.ADDRESSEE_TITLE.fieldName())).contains("Madame et Monsieur");
    }
}
