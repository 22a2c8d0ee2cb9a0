package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.institution.Logo;
import fr.missive.model.letters.LetterContent;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What makes a letter fit to leave the school as a file: qpdf finds nothing wrong with it, its
 * fonts are all embedded subsets that map back to text, and it says what it is and who wrote it.
 */
class PdfQualityTest {

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    /** Two pages, a logo, a signature image, bold and italic, Greek and Vietnamese. */
    private static LetterContent fullLetter() throws IOException {
        LetterContent letter = SampleLetters.convocation();
        byte[] logo;
        try (var in = PdfQualityTest.class.getResourceAsStream("/letters/logo.png")) {
            logo = in.readAllBytes();
        }
        return new LetterContent(letter.institution(), new Logo(logo, "image/png"), letter.placeAndDate(),
                List.of("Mr Γιώργος Αλεξίου", "Οδός Ερμού 12", "105 63 ΑΘΉΝΑ", "GRÈCE"),
                "Convocation de Nguyễn Thị Hương", letter.body() + "\n\n*Nguyễn Thị Hương* et **Γιώργος**.",
                letter.signatureName(), letter.signatureFunction(), logo, true);
    }

    /**
     * qpdf is a system tool: without it the check is skipped on a developer's machine but fails
     * in CI ({@code CI} set, as .ci/run does), where .ci/run installs it.
     */
    private static String qpdf() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "qpdf");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            Assertions.fail("qpdf is needed to check the PDF letters and CI has none: install it (see .ci/run)");
        }
        Assumptions.abort("qpdf not installed: PDF structure check skipped");
        return null;
    }

    @Test
    void qpdfFindsNoErrorInALetter(@TempDir Path dir) throws Exception {
        qpdfFindsNoErrorIn(renderer.render(fullLetter()), dir);
    }

    @Test
    void qpdfFindsNoErrorInALetterRenderedForAnAttachment(@TempDir Path dir) throws Exception {
        qpdfFindsNoErrorIn(renderer.forAttachments().render(fullLetter()), dir);
    }

    private static void qpdfFindsNoErrorIn(byte[] letter, Path dir) throws Exception {
        String qpdf = qpdf();
        Path pdf = dir.resolve("lettre.pdf");
        Files.write(pdf, letter);
        assertThat(PdfProbe.pages(Files.readAllBytes(pdf))).isEqualTo(2);

        Process process = new ProcessBuilder(qpdf, "--check", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("No syntax or stream encoding errors found").doesNotContainIgnoringCase("warning");
    }

    @Test
    void everyFontOnEveryPageIsAnEmbeddedSubsetWithAToUnicodeMap() throws IOException {
        everyFontIsAnEmbeddedSubsetWithAToUnicodeMap(renderer.render(fullLetter()));
    }

    @Test
    void everyFontOfALetterRenderedForAnAttachmentIsAnEmbeddedSubsetWithAToUnicodeMap() throws IOException {
        everyFontIsAnEmbeddedSubsetWithAToUnicodeMap(renderer.forAttachments().render(fullLetter()));
    }

    private static void everyFontIsAnEmbeddedSubsetWithAToUnicodeMap(byte[] letter) throws IOException {
        try (PDDocument document = PdfProbe.open(letter)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.isStandard14()).isFalse();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans(-Bold|-Italic|-BoldItalic)?");
                    assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE)).isTrue();
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                            .isNotNull();
                    fonts++;
                }
            }
            assertThat(fonts).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void theDocumentSaysWhatItIsWhoWroteItAndWhen() throws IOException {
        Calendar before = Calendar.getInstance();
        LetterContent letter = fullLetter();
        try (PDDocument document = PdfProbe.open(renderer.render(letter))) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Convocation de Nguyễn Thị Hương");
            assertThat(info.getAuthor()).isEqualTo("Collège Jean Moulin");
            assertThat(info.getCreator()).isEqualTo("Missive");
            assertThat(info.getCreationDate().getTimeInMillis())
                    .isBetween(before.getTimeInMillis() - 1000, System.currentTimeMillis() + 1000);
            assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }
}
