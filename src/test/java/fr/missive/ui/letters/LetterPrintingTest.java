package fr.missive.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.missive.render.PdfLetterRenderer;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.letters.LetterContent;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** What the printer receives: the pages handed to the job, and what a real print service writes. */
class LetterPrintingTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    private static final double A4_WIDTH_PT = 210 / 25.4 * 72;
    private static final double A4_HEIGHT_PT = 297 / 25.4 * 72;

    private static byte[] longLetter() {
        String body = "Madame, Monsieur,\n\n" + "Merci de prévenir le secrétariat en cas d’empêchement. ".repeat(120);
        LetterContent letter = new LetterContent(new Institution("Collège Jean Moulin",
                new PostalAddress(List.of("12 rue des Écoles"), "69003", "Lyon", ""), "04 72 00 00 00", null), null,
                "Lyon, le 22 novembre 2026", List.of("Madame Anaïs SIMON", "59 chemin du Moulin", "74000 ANNECY"),
                "Convocation", body, "Claire Martin", "Principale", null, true);
        return new PdfLetterRenderer().render(letter);
    }

    @Test
    void everyPageOfTheLetterGoesToThePrinterAtA4Size() throws Exception {
        byte[] pdf = longLetter();
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

    @Test
    void aPrintServiceThatWritesPostScriptGetsEveryPageDrawn() throws Exception {
        byte[] pdf = longLetter();
        java.nio.file.Path file = folder.resolve("letter.pdf");
        java.nio.file.Files.write(file, pdf);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        try (PostScriptPrinter printer = new PostScriptPrinter(folder.resolve("printed"))) {
            fr.missive.ui.common.Printers.Target target = printer.choose(null, true).orElseThrow();
            assertThat(LetterPrinting.print(target, file, "Convocation SIMON")).isEqualTo(pages);
            String postScript = PostScriptPrinter.finished(printer.files().get(0));
            assertThat(PostScriptPrinter.pages(postScript)).isEqualTo(pages);
            // PDFBox hands the glyphs over as outlines: a page of text is thousands of filled paths.
            assertThat(PostScriptPrinter.pageBodies(postScript)).hasSize(pages)
                    .allSatisfy(page -> assertThat(page).contains(" C\n").hasSizeGreaterThan(10_000));
        }
    }
}
