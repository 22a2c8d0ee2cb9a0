package fr.missive.render;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * Brings a PNG or JPEG image down to the pixels it needs: an institution's logo straight from a
 * camera or a print shop can be 10 MB and 6,000 pixels wide for a letterhead printed 4 cm wide.
 * An image already small enough is kept as given, byte for byte.
 *
 * <p>Large images are decoded with subsampling (so a huge one never sits whole in memory), then
 * halved with bilinear filtering until close to the size asked for, which averages the pixels
 * instead of dropping them. A PNG stays a PNG (its transparency kept), a JPEG a JPEG.
 * Only {@code java.awt.image} is used, which needs no display.
 */
final class ImageScaler {

    /** The image as it will be embedded. */
    record Scaled(byte[] bytes, String mediaType, int width, int height) {
    }

    private static final float JPEG_QUALITY = 0.9f;

    private ImageScaler() {
    }

    /**
     * @param problemKey the message for an image that cannot be read ("the logo is not…")
     * @throws MissiveException with {@code problemKey} when the bytes are no readable PNG or JPEG
     */
    static Scaled fit(byte[] bytes, int maxWidth, int maxHeight, String problemKey) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new MissiveException(UserMessage.of(problemKey));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                boolean png = format.equals("png");
                if (!png && !format.equals("jpeg") && !format.equals("jpg")) {
                    throw new MissiveException(UserMessage.of(problemKey));
                }
                String mediaType = png ? "image/png" : "image/jpeg";
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                double scale = Math.min((double) maxWidth / width, (double) maxHeight / height);
                if (scale >= 1) {
                    return new Scaled(bytes, mediaType, width, height);
                }
                int targetWidth = Math.max(1, (int) Math.round(width * scale));
                int targetHeight = Math.max(1, (int) Math.round(height * scale));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(width / (2 * targetWidth), height / (2 * targetHeight)));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = !png && PdfImage.jpegComponents(bytes) == 4 ? cmyk(bytes)
                        : reader.read(0, param);
                BufferedImage image = shrink(plain(decoded, png), targetWidth, targetHeight);
                if (image.getType() == BufferedImage.TYPE_INT_ARGB_PRE) {
                    image = unpremultiplied(image);
                }
                return new Scaled(png ? encodePng(image) : encodeJpeg(image), mediaType, image.getWidth(),
                        image.getHeight());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MissiveException missive) {
                throw missive;
            }
            throw new MissiveException(UserMessage.of(problemKey), e);
        }
    }

    /**
     * A CMYK JPEG (print shops make them) decoded by PDFBox, which converts it to RGB through a
     * CMYK colour profile; Java's own reader gets such colours wrong or refuses them.
     */
    private static BufferedImage cmyk(byte[] jpeg) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            return JPEGFactory.createFromByteArray(scratch, jpeg).getImage();
        }
    }

    /**
     * 8-bit RGB, or premultiplied ARGB when a PNG has transparency: filtering premultiplied
     * colours keeps the colour of fully transparent pixels from bleeding into the edges.
     */
    private static BufferedImage plain(BufferedImage image, boolean png) {
        boolean alpha = png && image.getColorModel().hasAlpha();
        return convert(image, alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB);
    }

    private static BufferedImage convert(BufferedImage image, int type) {
        if (image.getType() == type) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        BufferedImage plain = new BufferedImage(width, height, type);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            plain.setRGB(0, y, width, 1, row, 0, width);
        }
        return plain;
    }

    /**
     * Back to plain ARGB for the PNG encoder. Fully transparent pixels become transparent
     * white rather than transparent black: a PDF viewer resamples the colours and the mask of
     * an image separately, and black there would show as a grey fringe on the white paper.
     */
    private static BufferedImage unpremultiplied(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        BufferedImage plain = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                if (row[x] >>> 24 == 0) {
                    row[x] = 0x00FFFFFF;
                }
            }
            plain.setRGB(0, y, width, 1, row, 0, width);
        }
        return plain;
    }

    private static BufferedImage shrink(BufferedImage image, int targetWidth, int targetHeight) {
        BufferedImage current = image;
        while (current.getWidth() >= 2 * targetWidth && current.getHeight() >= 2 * targetHeight) {
            current = scale(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() != targetWidth || current.getHeight() != targetHeight) {
            current = scale(current, targetWidth, targetHeight);
        }
        return current;
    }

    private static BufferedImage scale(BufferedImage image, int width, int height) {
        AffineTransform transform = AffineTransform.getScaleInstance((double) width / image.getWidth(),
                (double) height / image.getHeight());
        BufferedImage target = new BufferedImage(width, height, image.getType());
        return new AffineTransformOp(transform, AffineTransformOp.TYPE_BILINEAR).filter(image, target);
    }

    private static byte[] encodePng(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private static byte[] encodeJpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
