package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyfDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

/**
 * The letters' font subsets without hinting ({@link UnhintedFont}): every outline, advance and
 * character of the hinted subset, simple and composite glyphs alike, with no instructions and no
 * hinting tables, in much fewer bytes.
 */
class UnhintedFontTest {

    /** Accented capitals and letters are composite glyphs in Liberation Sans; the rest simple. */
    private static final String TEXT = "Madame Éloïse SAINT-ÉTIENNE, 12 rue de l’Église — Noël, Ç, Ø, « 48 heures » 0123456789";

    @Test
    void aSubsetKeepsEveryOutlineAdvanceAndCharacterWithoutItsHintingInFarFewerBytes() throws IOException {
        for (Style style : Style.values()) {
            TrueTypeFont whole = LetterFonts.parsed(style);
            Set<Integer> characters = new TreeSet<>();
            TEXT.codePoints().forEach(characters::add);
            byte[] hintedBytes = hintedSubset(whole, characters);
            byte[] unhintedBytes = BatchFontSubset.subsetBytes(whole, characters);
            TrueTypeFont hinted = BatchFontSubset.parse(hintedBytes);
            TrueTypeFont unhinted = BatchFontSubset.parse(unhintedBytes);

            assertThat(hinted.getTableMap()).containsKeys("fpgm", "prep", "cvt ");
            assertThat(unhinted.getTableMap()).doesNotContainKeys("fpgm", "prep", "cvt ")
                    .containsKeys("glyf", "loca", "hmtx", "cmap", "name", "OS/2", "post");
            assertThat(unhinted.getNumberOfGlyphs()).isEqualTo(hinted.getNumberOfGlyphs()).isGreaterThan(40);

            int instructed = 0;
            int composite = 0;
            for (int gid = 0; gid < hinted.getNumberOfGlyphs(); gid++) {
                GlyphData before = hinted.getGlyph().getGlyph(gid);
                GlyphData after = unhinted.getGlyph().getGlyph(gid);
                assertThat(after == null).isEqualTo(before == null);
                if (before == null) {
                    continue;
                }
                assertThat(segments(after)).as("glyph %d of %s", gid, style).isEqualTo(segments(before));
                assertThat(unhinted.getAdvanceWidth(gid)).isEqualTo(hinted.getAdvanceWidth(gid));
                assertThat(instructions(after)).as("glyph %d of %s", gid, style).isZero();
                instructed += instructions(before) > 0 ? 1 : 0;
                composite += before.getNumberOfContours() < 0 ? 1 : 0;
            }
            assertThat(instructed).as("hinted glyphs in the subset made with hinting").isGreaterThan(20);
            assertThat(composite).as("composite glyphs among them").isPositive();

            CmapLookup beforeMap = hinted.getUnicodeCmapLookup();
            CmapLookup afterMap = unhinted.getUnicodeCmapLookup();
            for (int c : characters) {
                assertThat(afterMap.getGlyphId(c)).isEqualTo(beforeMap.getGlyphId(c));
            }
            assertThat(unhintedBytes.length).as("%s: %d bytes hinted", style, hintedBytes.length)
                    .isLessThan(hintedBytes.length * 3 / 4);
        }
    }

    @Test
    void aFileItCannotReadIsKeptAsItIs() {
        byte[] notAFont = "not a TrueType font".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(UnhintedFont.of(notAFont)).isSameAs(notAFont);
    }

    /** The subset as made before, with the hinting tables PDFBox keeps. */
    private static byte[] hintedSubset(TrueTypeFont whole, Set<Integer> characters) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(whole, List.of("head", "hhea", "loca", "maxp", "cvt ", "prep",
                "glyf", "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post"));
        subsetter.addAll(characters);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    private static int instructions(GlyphData glyph) {
        int[] instructions = ((GlyfDescript) glyph.getDescription()).getInstructions();
        return instructions == null ? 0 : instructions.length;
    }

    /** The outline's segments and points, composite glyphs resolved. */
    private static List<String> segments(GlyphData glyph) {
        List<String> segments = new ArrayList<>();
        double[] points = new double[6];
        for (PathIterator it = glyph.getPath().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(points);
            segments.add(type + ":" + java.util.Arrays.toString(points));
        }
        return segments;
    }
}
