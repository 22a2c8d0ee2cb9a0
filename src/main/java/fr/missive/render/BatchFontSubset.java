package fr.missive.render;

import fr.missive.model.letters.LetterContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One subset of each face for a whole batch of letters, made before the first is rendered
 * from every character of every letter, and embedded by every letter whole instead of each
 * making its own subsets: that was most of what a letter cost in PDFBox (subsetting, then
 * compressing the subset and parsing it again, for each face of each letter).
 *
 * <p>Each face is embedded once, in a scratch document, by PDFBox itself (font file, widths,
 * ToUnicode map, descriptor); a letter gets a copy of those dictionaries whose two streams
 * take the bytes already compressed, and PDFBox reads that copy as it reads an embedded font.
 * The subsets keep their characters' cmap, so text maps to the same glyphs and widths as with
 * the whole fonts, and comes back out of the PDF. A letter holding a character outside the
 * subsets (which the texts collected here should not allow) is rendered with subsets of its own.
 */
final class BatchFontSubset {

    /** Printed by the renderer itself: labels, list bullets, page numbers, "Tél. :". */
    private static final String RENDERER_TEXTS = "\u00A0\u202F•é";

    /**
     * The tables PDFBox keeps in its own subsets (outlines, metrics; not the hinting, see
     * {@link UnhintedFont}), plus what a whole font embedded needs: its character map, name, OS/2
     * and post tables. The rest (kerning, glyph substitution and positioning, device metrics:
     * about 80 kB per face of Liberation Sans) is left out, as PDFBox does.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "gasp",
            "cmap", "name", "OS/2", "post");

    private final Map<Style, EmbeddedFace> faces;
    private final BitSet codePoints;

    private BatchFontSubset(Map<Style, EmbeddedFace> faces, BitSet codePoints) {
        this.faces = faces;
        this.codePoints = codePoints;
    }

    /** The subsets for these letters, read once each. */
    static BatchFontSubset of(Iterable<LetterContent> letters) {
        BitSet used = new BitSet();
        for (int c = 0x20; c < 0x7F; c++) {
            used.set(c);
        }
        RENDERER_TEXTS.codePoints().forEach(used::set);
        for (LetterContent letter : letters) {
            for (String text : UnprintableCharacters.printedTexts(letter)) {
                text.codePoints().forEach(used::set);
            }
        }
        Set<Integer> printable = new TreeSet<>();
        used.stream().filter(LetterFonts::covers).forEach(printable::add);
        BitSet covered = new BitSet();
        printable.forEach(covered::set);
        Map<Style, EmbeddedFace> faces = new EnumMap<>(Style.class);
        for (Style style : Style.values()) {
            faces.put(style, subset(LetterFonts.parsed(style), printable));
        }
        return new BatchFontSubset(faces, covered);
    }

    /** A subset of the face with these characters, embedded once, to be copied into documents. */
    private static EmbeddedFace subset(TrueTypeFont whole, Set<Integer> codePoints) {
        return embedded(subsetBytes(whole, codePoints));
    }

    /** A subset's font file embedded once, to be copied into documents. */
    static EmbeddedFace embedded(byte[] subset) {
        try {
            return EmbeddedFace.of(parse(subset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font file of a subset of the face with these characters (the tables of {@link #TABLES}), unhinted. */
    static byte[] subsetBytes(TrueTypeFont whole, Set<Integer> codePoints) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(whole, TABLES);
            subsetter.addAll(codePoints);
            subsetter.setPrefix(tag(codePoints));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            subsetter.writeToStream(out);
            return UnhintedFont.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A subset's font file read, every table of it, so that reading it later changes nothing. */
    static TrueTypeFont parse(byte[] subset) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset));
        font.setEnableGsub(false);
        LetterFonts.readEveryTable(font);
        return font;
    }

    /** The six capital letters and "+" that mark a subset's font name, from its characters. */
    private static String tag(Set<Integer> codePoints) {
        long hash = codePoints.hashCode() & 0xFFFFFFFFL;
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.append('+').toString();
    }

    /** The face's subset embedded in the document (each call embeds another copy). */
    PDType0Font font(PDDocument document, Style style) throws IOException {
        return faces.get(style).copyInto(document);
    }

    /** True when the subsets have a glyph for every character of the texts. */
    boolean coversAll(List<String> texts) {
        for (String text : texts) {
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                if (!codePoints.get(codePoint) && !Character.isWhitespace(codePoint)) {
                    return false;
                }
                i += Character.charCount(codePoint);
            }
        }
        return true;
    }
}
