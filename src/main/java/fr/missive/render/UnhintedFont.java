package fr.missive.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeMap;

/**
 * A TrueType font file without its hinting: the instructions of each glyph, and the tables only
 * they use ({@code fpgm}, {@code prep}, {@code cvt }). Hinting adjusts outlines to a screen's
 * pixel grid at small sizes; PDF viewers and printers draw embedded fonts with their own
 * rasterisers, and a letter is read at print resolution or zoomed. In Liberation Sans it is
 * two thirds of a Latin glyph (151 of 224 bytes on average, ids 36 to 99 of the Regular face), so
 * every letter's embedded subsets are that much smaller. Outlines, metrics, character map and
 * names are kept byte for byte.
 */
final class UnhintedFont {

    private static final Set<String> HINTING_TABLES = Set.of("fpgm", "prep", "cvt ");
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private UnhintedFont() {
    }

    /** The font file without hinting; a file it cannot read is returned as it is. */
    static byte[] of(byte[] font) {
        try {
            return strip(ByteBuffer.wrap(font));
        } catch (RuntimeException e) {
            // Malformed for this reader (never so for FontBox's subsets): hinted is still right.
            return font;
        }
    }

    private static byte[] strip(ByteBuffer font) {
        int sfntVersion = font.getInt(0);
        int count = font.getShort(4) & 0xFFFF;
        TreeMap<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            byte[] tag = new byte[4];
            font.get(record, tag);
            int offset = font.getInt(record + 8);
            int length = font.getInt(record + 12);
            byte[] data = new byte[length];
            font.get(offset, data);
            tables.put(new String(tag, StandardCharsets.ISO_8859_1), data);
        }
        byte[] head = tables.get("head");
        byte[] maxp = tables.get("maxp");
        if (head == null || maxp == null || !tables.containsKey("glyf") || !tables.containsKey("loca")) {
            return font.array();
        }
        boolean longOffsets = ByteBuffer.wrap(head).getShort(50) != 0;
        int glyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xFFFF;
        rewriteGlyphs(tables, glyphs, longOffsets);
        HINTING_TABLES.forEach(tables::remove);
        if (ByteBuffer.wrap(maxp).getInt(0) == 0x00010000 && maxp.length >= 28) {
            ByteBuffer.wrap(maxp).putShort(26, (short) 0); // maxSizeOfInstructions
        }
        return write(sfntVersion, tables);
    }

    /** Each glyph without its instructions, padded to four bytes; the location table to match. */
    private static void rewriteGlyphs(TreeMap<String, byte[]> tables, int glyphs, boolean longOffsets) {
        ByteBuffer loca = ByteBuffer.wrap(tables.get("loca"));
        byte[] glyf = tables.get("glyf");
        ByteArrayOutputStream out = new ByteArrayOutputStream(glyf.length);
        int[] offsets = new int[glyphs + 1];
        for (int g = 0; g < glyphs; g++) {
            int from = longOffsets ? loca.getInt(4 * g) : (loca.getShort(2 * g) & 0xFFFF) * 2;
            int to = longOffsets ? loca.getInt(4 * (g + 1)) : (loca.getShort(2 * (g + 1)) & 0xFFFF) * 2;
            offsets[g] = out.size();
            if (to > from) {
                byte[] unhinted = withoutInstructions(ByteBuffer.wrap(glyf, from, to - from).slice());
                out.writeBytes(unhinted);
                while (out.size() % 4 != 0) {
                    out.write(0);
                }
            }
        }
        offsets[glyphs] = out.size();
        ByteBuffer newLoca = ByteBuffer.allocate((glyphs + 1) * (longOffsets ? 4 : 2));
        for (int offset : offsets) {
            if (longOffsets) {
                newLoca.putInt(offset);
            } else {
                newLoca.putShort((short) (offset / 2));
            }
        }
        tables.put("glyf", out.toByteArray());
        tables.put("loca", newLoca.array());
    }

    private static byte[] withoutInstructions(ByteBuffer glyph) {
        int contours = glyph.getShort(0);
        if (contours >= 0) {
            int at = 10 + 2 * contours;
            int instructions = glyph.getShort(at) & 0xFFFF;
            byte[] simple = new byte[glyph.limit() - instructions];
            glyph.get(0, simple, 0, at);
            // instructionLength stays zero
            glyph.get(at + 2 + instructions, simple, at + 2, glyph.limit() - at - 2 - instructions);
            return simple;
        }
        byte[] composite = new byte[glyph.limit()];
        glyph.get(0, composite);
        ByteBuffer edit = ByteBuffer.wrap(composite);
        int at = 10;
        int flags;
        do {
            flags = edit.getShort(at) & 0xFFFF;
            edit.putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        return Arrays.copyOf(composite, at);
    }

    /** The tables in a font file: directory sorted by tag, each table on four bytes, checksums. */
    private static byte[] write(int sfntVersion, TreeMap<String, byte[]> tables) {
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        int size = 12 + 16 * count;
        for (byte[] data : tables.values()) {
            size += padded(data.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(sfntVersion).putShort((short) count).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
        byte[] head = tables.get("head");
        ByteBuffer.wrap(head).putInt(8, 0); // checkSumAdjustment, computed last
        int offset = 12 + 16 * count;
        for (var table : tables.entrySet()) {
            byte[] data = table.getValue();
            out.put(table.getKey().getBytes(StandardCharsets.ISO_8859_1))
                    .putInt(checksum(data)).putInt(offset).putInt(data.length);
            offset += padded(data.length);
        }
        int headAt = 0;
        for (var table : tables.entrySet()) {
            if (table.getKey().equals("head")) {
                headAt = out.position();
            }
            out.put(table.getValue());
            out.position(out.position() + padded(table.getValue().length) - table.getValue().length);
        }
        byte[] file = out.array();
        ByteBuffer.wrap(file).putInt(headAt + 8, (int) (0xB1B0AFBAL - (checksum(file) & 0xFFFFFFFFL)));
        return file;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static int checksum(byte[] data) {
        int sum = 0;
        ByteBuffer padded = ByteBuffer.wrap(Arrays.copyOf(data, padded(data.length)));
        while (padded.hasRemaining()) {
            sum += padded.getInt();
        }
        return sum;
    }
}
