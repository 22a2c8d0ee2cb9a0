package fr.missive.render;

import fr.missive.render.ImageScaler.Scaled;
import fr.missive.model.institution.Logo;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The letterhead logo and the signature image, brought down to a resolution of the box they are
 * shown in (300 dpi on paper, twice the CSS pixel in an e-mail for sharp high-density screens),
 * and scaled once for all the letters that share them (a batch of a thousand letters scales
 * its logo once, not a thousand times).
 */
final class LetterImages {

    static final float LOGO_WIDTH_MM = 40f;
    static final float LOGO_HEIGHT_MM = 22f;
    static final float SIGNATURE_WIDTH_MM = 50f;
    static final float SIGNATURE_HEIGHT_MM = 22f;
    /** Print resolution: more pixels than this are not seen on paper. */
    static final int PRINT_DPI = 300;
    /** A CSS pixel is 1/96 inch; high-density screens show two image pixels per CSS pixel. */
    static final int CSS_DPI = 96;
    static final int SCREEN_DPI = 2 * CSS_DPI;

    private final int dpi;

    private static final int SIGNATURES_KEPT = 8;

    /** A Logo is equal only to itself (its bytes are its own copy), so this map is by identity. */
    private final Map<Logo, Scaled> logos = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<Content, Scaled> signatures = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Content, Scaled> eldest) {
                    return size() > SIGNATURES_KEPT;
                }
            });

    /** Image bytes compared by content. */
    private record Content(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Content content && Arrays.equals(bytes, content.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return bytes.length + " bytes";
        }
    }

    LetterImages(int dpi) {
        this.dpi = dpi;
    }

    static int pixels(float millimetres, int dpi) {
        return Math.round(millimetres / 25.4f * dpi);
    }

    Scaled logo(Logo logo) {
        return logos.computeIfAbsent(logo, l -> ImageScaler.fit(l.bytes(), pixels(LOGO_WIDTH_MM, dpi),
                pixels(LOGO_HEIGHT_MM, dpi), "letters.pdf.badLogo"));
    }

    Scaled signature(byte[] image) {
        return signatures.computeIfAbsent(new Content(image), c -> ImageScaler.fit(c.bytes(),
                pixels(SIGNATURE_WIDTH_MM, dpi), pixels(SIGNATURE_HEIGHT_MM, dpi),
                "letters.pdf.badSignature"));
    }
}
