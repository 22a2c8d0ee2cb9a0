package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.MissiveException;
import fr.missive.model.institution.Logo;
import fr.missive.model.letters.LetterContent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Logos and signatures: scaled to print resolution, embedded small, refused clearly when unreadable. */
class LetterImagesTest {

    private static final int LOGO_MAX_WIDTH = LetterImages.pixels(LetterImages.LOGO_WIDTH_MM, 300);
    private static final int LOGO_MAX_HEIGHT = LetterImages.pixels(LetterImages.LOGO_HEIGHT_MM, 300);

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    /** Random pixels: nothing a PNG encoder can shrink, so a 10 MB file is quick to make. */
    private static byte[] noise(int width, int height, boolean alpha, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = alpha ? (x < width / 2 ? 0 : 0xFF000000) | random.nextInt(0x1000000) : random.nextInt();
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static LetterContent withLogo(byte[] logo, String mediaType) {
        LetterContent letter = SampleLetters.letter(List.of("Madame Anaïs SIMON", "74000 ANNECY"), "Objet", "Texte.");
        return new LetterContent(letter.institution(), new Logo(logo, mediaType), letter.placeAndDate(),
                letter.recipientLines(), letter.subject(), letter.body(), letter.signatureName(),
                letter.signatureFunction(), null, true);
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    @Test
    void aTenMegabyteLogoIsEmbeddedAtPrintResolutionOnly() throws IOException {
        byte[] logo = noise(1900, 1800, false, "png");
        assertThat(logo.length).isGreaterThan(10_000_000);

        byte[] pdf = renderer.render(withLogo(logo, "image/png"));

        assertThat(pdf.length).isLessThan(logo.length / 10);
        try (PDDocument document = PdfProbe.open(pdf)) {
            List<PDImageXObject> images = images(document.getPage(0));
            assertThat(images).hasSize(1);
            PDImageXObject image = images.get(0);
            assertThat(image.getWidth()).isLessThanOrEqualTo(LOGO_MAX_WIDTH);
            assertThat(image.getHeight()).isEqualTo(LOGO_MAX_HEIGHT);
            assertThat((double) image.getWidth() / image.getHeight()).isCloseTo(1900.0 / 1800,
                    org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(PdfProbe.text(pdf)).contains("Collège Jean Moulin", "Madame Anaïs SIMON");
    }

    @Test
    void aLargeJpegLogoStaysAJpegAndATransparentPngKeepsItsTransparency() throws IOException {
        byte[] jpeg = noise(3000, 1000, false, "jpeg");
        byte[] png = noise(2000, 1000, true, "png");

        try (PDDocument document = PdfProbe.open(renderer.render(withLogo(jpeg, "image/jpeg")))) {
            PDImageXObject image = images(document.getPage(0)).get(0);
            assertThat(image.getSuffix()).isEqualTo("jpg");
            assertThat(image.getWidth()).isEqualTo(LOGO_MAX_WIDTH);
        }
        try (PDDocument document = PdfProbe.open(renderer.render(withLogo(png, "image/png")))) {
            PDImageXObject image = images(document.getPage(0)).get(0);
            assertThat(image.getWidth()).isLessThanOrEqualTo(LOGO_MAX_WIDTH);
            assertThat(image.getSoftMask()).as("transparency").isNotNull();
        }
    }

    @Test
    void aLogoSmallEnoughIsEmbeddedAsGiven() throws IOException {
        byte[] logo = noise(200, 100, false, "png");

        try (PDDocument document = PdfProbe.open(renderer.render(withLogo(logo, "image/png")))) {
            PDImageXObject image = images(document.getPage(0)).get(0);
            assertThat(image.getWidth()).isEqualTo(200);
            assertThat(image.getHeight()).isEqualTo(100);
        }
    }

    @Test
    void aCmykJpegFromAPrintShopIsEmbeddedAsItIs() throws IOException {
        byte[] logo;
        try (var in = LetterImagesTest.class.getResourceAsStream("/letters/logo-cmyk.jpg")) {
            logo = in.readAllBytes();
        }

        byte[] pdf = renderer.render(withLogo(logo, "image/jpeg"));

        try (PDDocument document = PdfProbe.open(pdf)) {
            PDImageXObject image = images(document.getPage(0)).get(0);
            assertThat(image.getColorSpace().getName()).isEqualTo("DeviceCMYK");
            assertThat(image.getWidth()).isEqualTo(300);
            assertThat(image.getSuffix()).isEqualTo("jpg");
        }
    }

    @Test
    void aLargeCmykJpegIsScaledWithItsColours() throws IOException {
        byte[] logo;
        try (var in = LetterImagesTest.class.getResourceAsStream("/letters/logo-cmyk-large.jpg")) {
            logo = in.readAllBytes();
        }

        try (PDDocument document = PdfProbe.open(renderer.render(withLogo(logo, "image/jpeg")))) {
            PDImageXObject image = images(document.getPage(0)).get(0);
            assertThat(image.getWidth()).isEqualTo(LOGO_MAX_WIDTH);
            int centre = image.getImage().getRGB(image.getWidth() / 2, image.getHeight() / 2);
            assertThat((centre >> 16) & 0xFF).as("red").isGreaterThan(170);
            assertThat((centre >> 8) & 0xFF).as("green").isLessThan(90);
            assertThat(centre & 0xFF).as("blue").isLessThan(90);
        }
    }

    @Test
    void theSameLogoIsScaledOnceForAllItsLetters() throws IOException {
        LetterImages images = new LetterImages(LetterImages.PRINT_DPI);
        Logo logo = new Logo(noise(1000, 1000, false, "png"), "image/png");

        assertThat(images.logo(logo)).isSameAs(images.logo(logo));
        byte[] signature = noise(1000, 300, false, "png");
        assertThat(images.signature(signature)).isSameAs(images.signature(signature.clone()));
    }

    @Test
    void aTruncatedImageOrAnotherFormatIsReportedAsNotAnImage() throws IOException {
        byte[] truncated = Arrays.copyOf(noise(1000, 1000, false, "png"), 5_000);
        byte[] gif = noise(100, 100, false, "gif");
        byte[] text = "pas une image".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        for (byte[] bad : List.of(truncated, gif, text, new byte[0])) {
            assertThatThrownBy(() -> renderer.render(withLogo(bad, "image/png")))
                    .isInstanceOf(MissiveException.class)
                    .satisfies(e -> assertThat(((MissiveException) e).userMessage().key())
                            .isEqualTo("letters.pdf.badLogo"));
        }
    }

    @Test
    void aHugeSignatureIsScaledToItsBoxToo() throws IOException {
        LetterContent letter = SampleLetters.letter(List.of("M. Duflot"), "Objet", "Texte.");
        byte[] signature = noise(2400, 800, false, "png");
        LetterContent signed = new LetterContent(letter.institution(), null, letter.placeAndDate(),
                letter.recipientLines(), letter.subject(), letter.body(), letter.signatureName(),
                letter.signatureFunction(), signature, true);

        try (PDDocument document = PdfProbe.open(renderer.render(signed))) {
            PDImageXObject image = images(document.getPage(0)).get(0);
            assertThat(image.getWidth()).isLessThanOrEqualTo(
                    LetterImages.pixels(LetterImages.SIGNATURE_WIDTH_MM, 300));
        }
    }
}
