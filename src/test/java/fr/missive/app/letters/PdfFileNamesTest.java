package fr.missive.app.letters;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@NoDatabase
class PdfFileNamesTest {

    private static Contact named(Long id, String first, String last) {
        return new Contact(id, ContactKind.PUPIL, "", first, last, "", null, null,
                Consent.refused(LocalDate.of(2026, 9, 1), "t"), Map.of());
    }

    @Test
    void keepsAccentsAndOtherScripts() {
        PdfFileNames names = new PdfFileNames();
        assertThat(names.next(named(1L, "Océane", "BÈGUE"))).isEqualTo("BÈGUE Océane.pdf");
        assertThat(names.next(named(2L, "Νίκος", "Αλεξίου"))).isEqualTo("Αλεξίου Νίκος.pdf");
        // decomposed accents (as typed on a Mac) are composed
        assertThat(names.next(named(3L, "Le\u0301a", "Nguyê\u0303n"))).isEqualTo("Nguyễn Léa.pdf");
    }

    @Test
    void replacesWhatWindowsRefuses() {
        assertThat(PdfFileNames.safe("O\"Neil <3e A/B>: who? * | \\ x\ty")).isEqualTo("O_Neil _3e A_B__ who_ _ _ _ x_y");
        assertThat(PdfFileNames.safe("Dupont Jr. ")).isEqualTo("Dupont Jr");
        assertThat(PdfFileNames.safe("...")).isEmpty();
        assertThat(PdfFileNames.safe("CON")).isEqualTo("CON_");
        assertThat(PdfFileNames.safe("nul.txt")).isEqualTo("nul.txt_");
        assertThat(PdfFileNames.safe("Lpt1")).isEqualTo("Lpt1_");
        assertThat(PdfFileNames.safe("Connor")).isEqualTo("Connor");
        assertThat(PdfFileNames.safe("x".repeat(300))).hasSize(PdfFileNames.MAX_BASE_LENGTH);
    }

    @Test
    void numbersNamesThatWindowsWouldConfuse() {
        PdfFileNames names = new PdfFileNames();
        assertThat(names.next(named(1L, "Jean", "DUPONT"))).isEqualTo("DUPONT Jean.pdf");
        assertThat(names.next(named(2L, "jean", "Dupont"))).isEqualTo("Dupont jean (2).pdf");
        assertThat(names.next(named(3L, "Jean", "DUPONT"))).isEqualTo("DUPONT Jean (3).pdf");
        assertThat(names.next(named(7L, "", ""))).isEqualTo("contact-7.pdf");
        assertThat(names.next(named(8L, "", "con"))).isEqualTo("con_.pdf");
    }
}
