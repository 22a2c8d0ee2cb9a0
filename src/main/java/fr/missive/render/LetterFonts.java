package fr.missive.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The letter's fonts: Liberation Sans (SIL Open Font License 1.1) in four faces, read from the
 * classpath (the openpdf-fonts-extra jar), never from the system, embedded as subsets.
 *
 * <p>The font files are parsed once per process ({@link Faces}) and the parsed fonts are shared
 * by every document, on every thread; each document only wraps them in its own PDType0Font,
 * which records the glyphs that document uses for its subset.
 *
 * <p>Glyph substitution (the GSUB table) is switched off. A letter needs none, and with it
 * PDFBox 3.0 passes every shown string through its Latin GSUB worker, which rebuilds regular
 * expressions on each call: about 80 % of the rendering time. (In a font with "fi" or "ffl"
 * ligatures it would also cost the text: a ligature glyph has no character of its own in the
 * ToUnicode map, so the letters would not come back when the text is copied.) Without it,
 * each character is drawn with its own glyph and advance width, as the line breaker measured
 * it. Accented letters, Vietnamese included, are precomposed characters after NFC
 * normalisation, so they need no substitution either.
 */
final class LetterFonts {

    private static final Map<Style, String> FILES = Map.of(
            Style.REGULAR, "/liberation/LiberationSans-Regular.ttf",
            Style.BOLD, "/liberation/LiberationSans-Bold.ttf",
            Style.ITALIC, "/liberation/LiberationSans-Italic.ttf",
            Style.BOLD_ITALIC, "/liberation/LiberationSans-BoldItalic.ttf");

    /** The parsed faces, loaded on first use (class initialisation is thread-safe). */
    private static final class Faces {
        static final Map<Style, TrueTypeFont> FONTS = parseAll();
        static final Map<Style, CmapLookup> CMAPS = cmaps();
        /** Each glyph's advance in thousandths of the size, rounded as PDFBox writes a font's widths. */
        static final Map<Style, int[]> WIDTHS = widths();
        /** {@link #covers} for each code point below {@link #TABLED}, asked once. */
        static final boolean[] COVERED = covered();

        private static boolean[] covered() {
            boolean[] covered = new boolean[TABLED];
            for (int cp = 0; cp < TABLED; cp++) {
                covered[cp] = coveredByEveryFace(cp);
            }
            return covered;
        }

        private static Map<Style, int[]> widths() {
            Map<Style, int[]> widths = new EnumMap<>(Style.class);
            FONTS.forEach((style, font) -> {
                try {
                    float scaling = 1000f / font.getHeader().getUnitsPerEm();
                    int[] advances = new int[font.getNumberOfGlyphs()];
                    for (int gid = 0; gid < advances.length; gid++) {
                        advances[gid] = Math.round(font.getHorizontalMetrics().getAdvanceWidth(gid) * scaling);
                    }
                    widths.put(style, advances);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return widths;
        }

        private static Map<Style, CmapLookup> cmaps() {
            Map<Style, CmapLookup> cmaps = new EnumMap<>(Style.class);
            FONTS.forEach((style, font) -> {
                try {
                    cmaps.put(style, font.getUnicodeCmapLookup());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return cmaps;
        }

        private static Map<Style, TrueTypeFont> parseAll() {
            Map<Style, TrueTypeFont> fonts = new EnumMap<>(Style.class);
            FILES.forEach((style, file) -> fonts.put(style, parse(file)));
            return fonts;
        }

        private static TrueTypeFont parse(String file) {
            try (InputStream in = LetterFonts.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + file);
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                font.setEnableGsub(false);
                readEveryTable(font);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * FontBox reads some tables on first access, moving a read position shared by the whole
     * font. Reading them all here, before the font is published, leaves the threads that
     * share it only lookups in tables already read (glyph outlines, read while subsetting,
     * are read under FontBox's own lock from an in-memory copy).
     */
    static void readEveryTable(TrueTypeFont font) throws IOException {
        font.getHeader();
        font.getHorizontalHeader();
        font.getMaximumProfile();
        font.getHorizontalMetrics();
        font.getIndexToLocation();
        font.getGlyph();
        font.getCmap();
        font.getUnicodeCmapLookup();
        font.getNaming();
        font.getPostScript();
        font.getOS2Windows();
        font.getKerning();
        font.getName();
    }

    private final PDDocument document;
    private final BatchFontSubset batch;
    private final ExactFontSubsets exact;
    private final Map<Style, PDType0Font> fonts = new EnumMap<>(Style.class);

    /** Fonts subset for this document alone. */
    LetterFonts(PDDocument document) {
        this(document, null);
    }

    /** The batch's subsets embedded whole or, when {@code batch} is null, subsets of this document's own. */
    LetterFonts(PDDocument document, BatchFontSubset batch) {
        this(document, batch, null);
    }

    private LetterFonts(PDDocument document, BatchFontSubset batch, ExactFontSubsets exact) {
        this.document = document;
        this.batch = batch;
        this.exact = exact;
    }

    /**
     * Subsets of this document's own made from {@code subsets} (see {@link ExactFontSubsets}):
     * text is measured from the whole faces' metrics while the letter is laid out, and each face
     * is embedded only once {@link #embedExactly} was told every character it prints.
     */
    static LetterFonts exact(PDDocument document, ExactFontSubsets subsets) {
        return new LetterFonts(document, null, subsets);
    }

    /**
     * Embeds, in the exact mode, each face with exactly the characters given for it (those the
     * document prints in that face, after {@link #printable}); nothing in the other modes.
     */
    void embedExactly(Map<Style, BitSet> printed) throws IOException {
        if (exact == null) {
            return;
        }
        for (Map.Entry<Style, BitSet> face : printed.entrySet()) {
            fonts.put(face.getKey(), exact.face(face.getKey(), face.getValue()).embedInto(document));
        }
    }

    /**
     * The face in this document, added on first use: PDFBox lists the width of every glyph of
     * a font it loads (about 2,600 here) until the subset is made, so a face the letter does
     * not use is better never loaded.
     */
    PDType0Font font(Style style) throws IOException {
        PDType0Font font = fonts.get(style);
        if (font == null) {
            if (exact != null) {
                throw new IllegalStateException("face not embedded before drawing: " + style);
            }
            font = batch == null ? PDType0Font.load(document, Faces.FONTS.get(style), true)
                    : batch.font(document, style);
            fonts.put(style, font);
        }
        return font;
    }

    float width(String text, Style style, float size) throws IOException {
        if (exact != null) {
            return wholeFaceWidth(printable(text), style) / 1000f * size;
        }
        return font(style).getStringWidth(printable(text)) / 1000f * size;
    }

    /**
     * The width PDFBox gives for the text in the face embedded by a document, in thousandths of
     * the size: the sum, in a float and in the text's order, of each glyph's rounded width.
     */
    private static float wholeFaceWidth(String printable, Style style) {
        CmapLookup cmap = Faces.CMAPS.get(style);
        int[] widths = Faces.WIDTHS.get(style);
        float width = 0;
        for (int i = 0; i < printable.length(); ) {
            int codePoint = printable.codePointAt(i);
            width += widths[cmap.getGlyphId(codePoint)];
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /**
     * The text with every character the family has no glyph for replaced by "?", measured and
     * drawn instead of the text itself. Letters are checked beforehand ({@link
     * UnprintableCharacters}) so the user is told; this is the last guard, so that a character
     * that slipped through (a Markdown entity, a control character) costs one visible mark
     * rather than an exception that would fail the whole sending.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean ok = cp >= 0x20 && cp < 0x7F || cp != 0xFFFD && !Character.isISOControl(cp) && covers(cp);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (ok) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(REPLACEMENT);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** What {@link #printable} draws for a character without a glyph: in every font, and seen on paper. */
    static final char REPLACEMENT = '?';

    /** The face as parsed for the whole process. */
    static TrueTypeFont parsed(Style style) {
        return Faces.FONTS.get(style);
    }

    /**
     * Code points below this one (Latin-1 and Latin Extended-A and -B: the letters of every French
     * name, and most European ones) are looked up in a table: every character of every letter is
     * checked, and four map lookups each were a twentieth of what queueing a mailing costs.
     */
    private static final int TABLED = 0x250;

    /** True when every face of the family has a glyph for the character. */
    static boolean covers(int codePoint) {
        if (codePoint >= 0 && codePoint < TABLED) {
            return Faces.COVERED[codePoint];
        }
        return coveredByEveryFace(codePoint);
    }

    private static boolean coveredByEveryFace(int codePoint) {
        for (CmapLookup cmap : Faces.CMAPS.values()) {
            if (cmap.getGlyphId(codePoint) == 0) {
                return false;
            }
        }
        return true;
    }
}
