package fr.missive.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.missive.letters.PdfLetterRenderer;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.letters.LetterContent;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** What the printer receives: tests cannot print, so they check the pages handed to the print job. */
class LetterPrintingTest {

    private static final double A4_WIDTH_PT = 210 / 25.4 * 72;
    private static final double A4_HEIGHT_PT = 297 / 25.4 * 72;

    @Test
    void everyPageOfTheLetterGoesToThePrinterAtA4Size() throws Exception {
        String body = "Madame, Monsieur,\n\n" + "Merci de prévenir le secrétariat en cas d’empêchement. ".repeat(120);
        LetterContent letter = new LetterContent(new Institution("Collège Jean Moulin",
                new PostalAddress(List.of("12 rue des Écoles"), "69003", "Lyon", ""), "04 72 00 00 00", null), null,
                "Lyon, le 22 novembre 2026", List.of("Madame Anaïs SIMON", "59 chemin du Moulin", "74000 ANNECY"),
                "Convocation", body, "Claire Martin", "Principale", null, true);
        byte[] pdf = new PdfLetterRenderer().render(letter);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            Pageable pages = LetterPrinting.pageable(document);
            assertThat(pages.getNumberOfPages()).isEqualTo(document.getNumberOfPages());
            for (int i = 0; i < pages.getNumberOfPages(); i++) {
                PageFormat format = pages.getPageFormat(i);
                assertThat(format.getOrientation()).isEqualTo(PageFormat.PORTRAIT);
                assertThat(format.getWidth()).isCloseTo(A4_WIDTH_PT, within(1.0));
                assertThat(format.getHeight()).isCloseTo(A4_HEIGHT_PT, within(1.0));
                assertThat(pages.getPrintable(i)).isNotNull();
            }
        }
    }
}
