package fr.missive.render;

import java.io.IOException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Font subsets made for letters that leave one by one (e-mail attachments): each face of a
 * letter embeds exactly the characters the letter prints in it, as PDFBox's own subsets do,
 * but the subset is made by {@link BatchFontSubset#subsetBytes} (FontBox's subsetter on a few
 * dozen glyphs, then a small font embedded whole: widths, ToUnicode map and compression of a few
 * dozen glyphs) instead of PDFBox's subset embedding, which first lists the width of each of
 * the face's 2,600 glyphs for every letter and rebuilds everything at saving.
 *
 * <p>Letters printing the same characters in a face share its subset: the last few made are
 * kept, keyed by the face and the exact set of characters, so that letters differing only by a
 * number, or faces printing only the template's own words, reuse them. The first letter with a
 * set of characters embeds the subset straight into itself; only when a second letter asks for
 * the same set is it embedded once more, in a scratch document ({@link EmbeddedFace}), to be
 * copied from then on: in a school's mailing more than half the subsets are asked for once (each
 * family name brings its own characters), and a copy costs PDFBox a second reading of the font.
 * Safe on any thread; two threads may make the same subset at once, and either copy is right.
 */
final class ExactFontSubsets {

    /** Subsets kept: about 30 KB each, so a few MB at most. */
    private static final int KEPT = 96;

    private record Key(Style style, BitSet codePoints) {
        Key {
            Objects.requireNonNull(style);
            codePoints = (BitSet) codePoints.clone();
        }
    }

    /** A subset made for one letter so far (its font file), or embedded already, to be copied. */
    private record Kept(byte[] fontFile, EmbeddedFace embedded) {
    }

    /** What a letter embeds for one face. */
    interface Subset {
        PDType0Font embedInto(PDDocument document) throws IOException;
    }

    private final Map<Key, Kept> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > KEPT;
        }
    };

    /** The subset of the face holding exactly these characters (each a glyph of every face). */
    Subset face(Style style, BitSet codePoints) {
        Key key = new Key(style, codePoints);
        Kept found;
        synchronized (kept) {
            found = kept.get(key);
        }
        if (found == null) {
            byte[] fontFile = BatchFontSubset.subsetBytes(LetterFonts.parsed(style), characters(key.codePoints()));
            synchronized (kept) {
                kept.putIfAbsent(key, new Kept(fontFile, null));
            }
            return document -> PDType0Font.load(document, BatchFontSubset.parse(fontFile), false);
        }
        EmbeddedFace embedded = found.embedded();
        if (embedded == null) {
            embedded = BatchFontSubset.embedded(found.fontFile());
            synchronized (kept) {
                kept.put(key, new Kept(found.fontFile(), embedded));
            }
        }
        return embedded::copyInto;
    }

    private static Set<Integer> characters(BitSet codePoints) {
        Set<Integer> set = new TreeSet<>();
        codePoints.stream().forEach(set::add);
        return set;
    }
}
