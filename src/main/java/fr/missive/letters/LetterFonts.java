package fr.missive.letters;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The letter's fonts: Liberation Sans (SIL Open Font License 1.1) in four faces, read from the
 * classpath (the openpdf-fonts-extra jar), never from the system, embedded as subsets.
 * The files are read once per process; each document loads its own PDType0Font from them.
 */
final class LetterFonts {

    private static final Map<Style, String> FILES = Map.of(
            Style.REGULAR, "/liberation/LiberationSans-Regular.ttf",
            Style.BOLD, "/liberation/LiberationSans-Bold.ttf",
            Style.ITALIC, "/liberation/LiberationSans-Italic.ttf",
            Style.BOLD_ITALIC, "/liberation/LiberationSans-BoldItalic.ttf");

    /** Font file bytes, read on first use. */
    private static final class Files {
        static final Map<Style, byte[]> BYTES = read();

        private static Map<Style, byte[]> read() {
            Map<Style, byte[]> bytes = new EnumMap<>(Style.class);
            for (var entry : FILES.entrySet()) {
                try (InputStream in = LetterFonts.class.getResourceAsStream(entry.getValue())) {
                    if (in == null) {
                        throw new IllegalStateException("font missing from the classpath: " + entry.getValue());
                    }
                    bytes.put(entry.getKey(), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return bytes;
        }
    }

    private final Map<Style, PDType0Font> fonts = new EnumMap<>(Style.class);

    LetterFonts(PDDocument document) throws IOException {
        for (Style style : Style.values()) {
            fonts.put(style, PDType0Font.load(document,
                    new java.io.ByteArrayInputStream(Files.BYTES.get(style)), true));
        }
    }

    PDType0Font font(Style style) {
        return fonts.get(style);
    }

    float width(String text, Style style, float size) throws IOException {
        return fonts.get(style).getStringWidth(text) / 1000f * size;
    }

    /**
     * Fails with a clear message, before anything is drawn, when the text holds characters the
     * fonts have no glyph for (rather than printing empty boxes).
     */
    void checkCovers(String text) throws IOException {
        Set<String> missing = new TreeSet<>();
        PDType0Font regular = fonts.get(Style.REGULAR);
        text.codePoints().distinct().filter(cp -> !Character.isISOControl(cp)).forEach(cp -> {
            try {
                regular.encode(new String(Character.toChars(cp)));
            } catch (IllegalArgumentException | IOException e) {
                missing.add(new String(Character.toChars(cp)) + " (U+" + String.format("%04X", cp) + ")");
            }
        });
        if (!missing.isEmpty()) {
            throw new MissiveException(UserMessage.of("letters.pdf.missingGlyphs", String.join(", ", missing)));
        }
    }
}
