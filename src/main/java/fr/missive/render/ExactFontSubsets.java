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
 * letter embeds the characters the letter prints in it, as PDFBox's own subsets do, but the
 * subset is made by {@link BatchFontSubset#subsetBytes} (FontBox's subsetter on a few
 * dozen glyphs, then a small font embedded whole: widths, ToUnicode map and compression of a few
 * dozen glyphs) instead of PDFBox's subset embedding, which first lists the width of each of
 * the face's 2,600 glyphs for every letter and rebuilds everything at saving.
 *
 * <p>Letters printing the same characters in a face share its subset: the last few made are
 * kept, keyed by the face and the set of characters, so that letters differing only by a number,
 * or faces printing only the template's own words, reuse them. In a face printing
 * {@value #WIDENED_FROM} characters or more (the letter's text, the names in bold), the set is
 * widened to the whole ASCII alphabet of each case it uses and to every digit when it uses one:
 * in a school's mailing each family name brings its own letters, and without this nearly every
 * letter made its own subsets (measured: 1,892 subsets made for 3,000 faces of 1,000 letters);
 * with it, the subsets differ only by the accented letters of the names, for about a fifth more
 * glyph data (the subsets are unhinted, {@link UnhintedFont}: a letter's attachment is still half
 * what it was with exact hinted subsets; docs/performance.md). A face printing fewer characters,
 * a phrase of the template in italics, keeps exactly its own.
 *
 * <p>The first letter with a set of characters embeds the subset straight into itself; only when
 * a second letter asks for the same set is it embedded once more, in a scratch document
 * ({@link EmbeddedFace}), to be copied from then on: a set asked for once (a name with a rare
 * letter) costs no second reading of the font.
 * Safe on any thread; two threads may make the same subset at once, and either copy is right.
 */
final class ExactFontSubsets {

    /** Subsets kept: about 30 KB each, so a few MB at most. */
    private static final int KEPT = 96;
    /** Below this many characters a face is left exact: see the class's comment. */
    private static final int WIDENED_FROM = 16;

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
        Key key = new Key(style, widened(codePoints));
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

    /** The characters, with every ASCII letter of each case used and every digit when one is used. */
    private static BitSet widened(BitSet codePoints) {
        if (codePoints.cardinality() < WIDENED_FROM) {
            return codePoints;
        }
        BitSet wide = (BitSet) codePoints.clone();
        widen(wide, codePoints, 'a', 'z');
        widen(wide, codePoints, 'A', 'Z');
        widen(wide, codePoints, '0', '9');
        return wide;
    }

    private static void widen(BitSet wide, BitSet used, char first, char last) {
        int next = used.nextSetBit(first);
        if (next >= 0 && next <= last) {
            wide.set(first, last + 1);
        }
    }

    private static Set<Integer> characters(BitSet codePoints) {
        Set<Integer> set = new TreeSet<>();
        codePoints.stream().forEach(set::add);
        return set;
    }
}
