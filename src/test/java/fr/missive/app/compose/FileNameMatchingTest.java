package fr.missive.app.compose;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each recipient's file found in a folder by their names, and the cases where none may be sent. */
@NoDatabase
class FileNameMatchingTest {

    private static long ids;

    private static Contact contact(String first, String last) {
        return new Contact(++ids, ContactKind.PUPIL, "", first, last, "3e A", null,
                EmailAddress.parse("famille" + ids + "@example.fr"), Consent.given(LocalDate.of(2026, 9, 1), "test"),
                Map.of());
    }

    private static FileNameMatching.Outcome only(List<Contact> contacts, String... files) {
        return FileNameMatching.match(contacts, List.of(files)).outcomes().get(0);
    }

    @Test
    void findsTheNamesWhateverTheirCaseAccentsAndSeparators() {
        Contact eloise = contact("Éloïse", "BÉGUÉ");

        assertThat(only(List.of(eloise), "BEGUE_eloise_bulletin.pdf", "ROUX_Lea_bulletin.pdf").file())
                .isEqualTo("BEGUE_eloise_bulletin.pdf");
        assertThat(only(List.of(eloise), "Bulletin T1 - Bégué Éloïse.PDF").file())
                .isEqualTo("Bulletin T1 - Bégué Éloïse.PDF");
        assertThat(only(List.of(eloise), "bulletin.begue.eloise.pdf").file()).isEqualTo("bulletin.begue.eloise.pdf");
    }

    @Test
    void findsTheNamesInEitherOrderAndApart() {
        Contact marie = contact("Marie", "DUPONT");

        assertThat(only(List.of(marie), "marie-dupont.pdf").file()).isEqualTo("marie-dupont.pdf");
        assertThat(only(List.of(marie), "DUPONT_3eA_Marie.pdf").file()).isEqualTo("DUPONT_3eA_Marie.pdf");
    }

    @Test
    void compoundNamesMatchWithHyphensSpacesOrRunTogether() {
        Contact anne = contact("Anne-Sophie", "LE GOFF");

        assertThat(only(List.of(anne), "LE-GOFF_Anne_Sophie.pdf").matched()).isTrue();
        assertThat(only(List.of(anne), "LEGOFF_AnneSophie.pdf").matched()).isTrue();
    }

    @Test
    void aNameMustBeAWholeWordAndBothNamesMustBeThere() {
        Contact leo = contact("Léo", "MARTIN");

        assertThat(only(List.of(leo), "MARTINEZ_Leo.pdf", "MARTIN_Leonard.pdf", "MARTIN_bulletin.pdf").problem()
                .key()).isEqualTo("document.skipped.noFile");
    }

    @Test
    void aRecipientWithSeveralFilesGetsNoneAndTheFilesAreNamed() {
        Contact marie = contact("Marie", "DUPONT");

        FileNameMatching.Outcome outcome = only(List.of(marie), "DUPONT_Marie_T1.pdf", "DUPONT_Marie_T2.pdf");

        assertThat(outcome.matched()).isFalse();
        assertThat(outcome.problem().key()).isEqualTo("document.skipped.severalFiles");
        assertThat(outcome.problem().args()).containsExactly("DUPONT_Marie_T1.pdf, DUPONT_Marie_T2.pdf");
    }

    @Test
    void theLongestNameWinsSoSistersGetTheirOwnFiles() {
        Contact marie = contact("Marie", "DUPONT");
        Contact marieClaire = contact("Marie-Claire", "DUPONT");

        FileNameMatching.Result result = FileNameMatching.match(List.of(marie, marieClaire),
                List.of("DUPONT_Marie-Claire_bulletin.pdf", "DUPONT_Marie_bulletin.pdf"));

        assertThat(result.outcomes()).extracting(FileNameMatching.Outcome::file)
                .containsExactly("DUPONT_Marie_bulletin.pdf", "DUPONT_Marie-Claire_bulletin.pdf");
        assertThat(result.unmatchedFiles()).isEmpty();
    }

    @Test
    void namesakesGetNoneRatherThanTheWrongOne() {
        Contact lea = contact("Léa", "ROUX");
        Contact otherLea = contact("Lea", "Roux");

        FileNameMatching.Result result = FileNameMatching.match(List.of(lea, otherLea), List.of("ROUX_Lea.pdf"));

        assertThat(result.outcomes()).allSatisfy(o -> {
            assertThat(o.matched()).isFalse();
            assertThat(o.problem().key()).isEqualTo("document.skipped.sharedFile");
        });
        assertThat(result.outcomes().get(0).problem().args()).containsExactly("ROUX_Lea.pdf", "Lea Roux");
    }

    @Test
    void aContactWithoutBothNamesIsNotGuessed() {
        Contact company = contact("", "TRANSPORTS DUPONT");

        assertThat(only(List.of(company), "TRANSPORTS_DUPONT.pdf").problem().key())
                .isEqualTo("document.skipped.noName");
    }

    @Test
    void filesMatchingNobodyAreListedInNameOrder() {
        Contact marie = contact("Marie", "DUPONT");

        FileNameMatching.Result result = FileNameMatching.match(List.of(marie),
                List.of("ZOLA_Emile.pdf", "DUPONT_Marie.pdf", "AUBRY_Paul.pdf"));

        assertThat(result.outcomes().get(0).file()).isEqualTo("DUPONT_Marie.pdf");
        assertThat(result.unmatchedFiles()).containsExactly("AUBRY_Paul.pdf", "ZOLA_Emile.pdf");
    }

    @Test
    void aFirstNameSameAsTheLastNameNeedsBothWords() {
        Contact martin = contact("Martin", "MARTIN");

        assertThat(only(List.of(martin), "MARTIN_bulletin.pdf").matched()).isFalse();
        assertThat(only(List.of(martin), "MARTIN_Martin.pdf").matched()).isTrue();
    }
}
