package fr.missive.render;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Font subsets made for letters that leave one by one (e-mail attachments): each face of a
 * letter embeds exactly the characters the letter prints in it, as PDFBox's own subsets do,
 * but the subset is made by {@link BatchFontSubset#subset} (FontBox's subsetter on a few dozen
 * glyphs, then a small font embedded whole: widths, ToUnicode map and compression of a few
 * dozen glyphs) instead of PDFBox's subset embedding, which first lists the width of each of
 * the face's 2,600 glyphs for every letter and rebuilds everything at saving.
 *
 * <p>Letters printing the same characters in a face share its subset: the last few made are
 * kept, keyed by the face and the exact set of characters, so that a mailing whose letters
 * differ only by a name or a number reuses most of them. Safe on any thread; two threads may
 * make the same subset at once, and either copy is right.
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

    private final Map<Key, EmbeddedFace> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, EmbeddedFace> eldest) {
            return size() > KEPT;
        }
    };

    /** The subset of the face holding exactly these characters (each a glyph of every face). */
    EmbeddedFace face(Style style, BitSet codePoints) {
        Key key = new Key(style, codePoints);
        synchronized (kept) {
            EmbeddedFace face = kept.get(key);
            if (face != null) {
                return face;
            }
        }
        EmbeddedFace made = BatchFontSubset.subset(LetterFonts.parsed(style), key.codePoints());
        synchronized (kept) {
            kept.put(key, made);
        }
        return made;
    }
}
