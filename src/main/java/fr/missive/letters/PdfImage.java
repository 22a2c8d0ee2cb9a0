package fr.missive.letters;

import fr.missive.letters.ImageScaler.Scaled;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image encoded once for PDF: a JPEG's own bytes (DCTDecode), or the pixels deflated
 * (FlateDecode) with the transparency as a soft mask. Every letter of a batch then only copies
 * these bytes into its document; letting PDFBox read a PNG with transparency would decode and
 * compress it again for each letter, which cost more than laying out the letter.
 */
final class PdfImage {

    private final byte[] data;
    private final COSName filter;
    private final int width;
    private final int height;
    private final boolean gray;
    /** The deflated alpha channel, or null for an opaque image. */
    private final byte[] mask;

    private PdfImage(byte[] data, COSName filter, int width, int height, boolean gray, byte[] mask) {
        this.data = data;
        this.filter = filter;
        this.width = width;
        this.height = height;
        this.gray = gray;
        this.mask = mask;
    }

    static PdfImage of(Scaled scaled, String problemKey) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(scaled.bytes()));
            if (image == null) {
                throw new MissiveException(UserMessage.of(problemKey));
            }
            int components = image.getColorModel().getNumColorComponents();
            boolean alpha = image.getColorModel().hasAlpha();
            if (scaled.mediaType().equals("image/jpeg") && (components == 1 || components == 3)) {
                return new PdfImage(scaled.bytes(), COSName.DCT_DECODE, image.getWidth(), image.getHeight(),
                        components == 1, null);
            }
            return deflated(image, alpha);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MissiveException missive) {
                throw missive;
            }
            throw new MissiveException(UserMessage.of(problemKey), e);
        }
    }

    private static PdfImage deflated(BufferedImage image, boolean alpha) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        ByteArrayOutputStream rgb = new ByteArrayOutputStream(width * height);
        ByteArrayOutputStream mask = new ByteArrayOutputStream(alpha ? width * height / 4 : 0);
        try (DeflaterOutputStream rgbOut = new DeflaterOutputStream(rgb, new Deflater(Deflater.BEST_COMPRESSION));
                DeflaterOutputStream maskOut = new DeflaterOutputStream(mask,
                        new Deflater(Deflater.BEST_COMPRESSION))) {
            int[] row = new int[width];
            byte[] rgbRow = new byte[3 * width];
            byte[] maskRow = new byte[width];
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int argb = row[x];
                    rgbRow[3 * x] = (byte) (argb >> 16);
                    rgbRow[3 * x + 1] = (byte) (argb >> 8);
                    rgbRow[3 * x + 2] = (byte) argb;
                    maskRow[x] = (byte) (argb >>> 24);
                }
                rgbOut.write(rgbRow);
                if (alpha) {
                    maskOut.write(maskRow);
                }
            }
        }
        return new PdfImage(rgb.toByteArray(), COSName.FLATE_DECODE, width, height, false,
                alpha ? mask.toByteArray() : null);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The image as an XObject of {@code document}. */
    PDImageXObject in(PDDocument document) throws IOException {
        PDColorSpace colorSpace = gray ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE;
        PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(data), filter, width, height,
                8, colorSpace);
        if (mask != null) {
            PDImageXObject softMask = new PDImageXObject(document, new ByteArrayInputStream(mask),
                    COSName.FLATE_DECODE, width, height, 8, PDDeviceGray.INSTANCE);
            image.getCOSObject().setItem(COSName.SMASK, softMask);
        }
        return image;
    }
}
