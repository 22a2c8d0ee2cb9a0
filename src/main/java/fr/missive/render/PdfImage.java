package fr.missive.render;

import fr.missive.render.ImageScaler.Scaled;
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
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image encoded once for PDF: a JPEG's own bytes (DCTDecode), or the pixels deflated
 * (FlateDecode) with the transparency as a soft mask. Every letter of a batch then only copies
 * these bytes into its document; letting PDFBox read a PNG with transparency would decode and
 * compress it again for each letter, which cost more than laying out the letter.
 *
 * @param mask the deflated alpha channel, or null for an opaque image
 */
record PdfImage(byte[] data, COSName filter, int width, int height, boolean gray, byte[] mask) {

    static PdfImage of(Scaled scaled, String problemKey) {
        try {
            if (scaled.mediaType().equals("image/jpeg")) {
                return jpeg(scaled);
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(scaled.bytes()));
            if (image == null) {
                throw new MissiveException(UserMessage.of(problemKey));
            }
            boolean alpha = image.getColorModel().hasAlpha();
            return deflated(image, alpha);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MissiveException missive) {
                throw missive;
            }
            throw new MissiveException(UserMessage.of(problemKey), e);
        }
    }

    /**
     * A JPEG keeps its own bytes. Gray and RGB ones are described here; CMYK ones, as print
     * shops make them, are left to PDFBox, which reads the colour space (and the inverted values
     * of Adobe's CMYK) from the header. A null filter marks those.
     */
    private static PdfImage jpeg(Scaled scaled) throws IOException {
        byte[] bytes = scaled.bytes();
        int components = jpegComponents(bytes);
        if (components == 1 || components == 3) {
            return new PdfImage(bytes, COSName.DCT_DECODE, scaled.width(), scaled.height(), components == 1, null);
        }
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject image = JPEGFactory.createFromByteArray(scratch, bytes);
            return new PdfImage(bytes, null, image.getWidth(), image.getHeight(), false, null);
        }
    }

    /** The number of colour components in the frame header of a JPEG, or -1 if none is found. */
    static int jpegComponents(byte[] jpeg) {
        int i = 2;
        while (i + 9 < jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                return -1;
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return jpeg[i + 9] & 0xFF;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return -1;
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

    /** The image as an XObject of {@code document}. */
    PDImageXObject in(PDDocument document) throws IOException {
        if (filter == null) {
            return JPEGFactory.createFromByteArray(document, data);
        }
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
