package fr.missive.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a block's spans into lines with the real font metrics. Words are separated by
 * ordinary spaces (no-break spaces keep words together); a word may change face in its middle;
 * a word wider than the line (a long URL) is cut where it must, preferably after a slash.
 */
final class LineBreaker {

    /** A piece of a word in one face, with its width. */
    record Piece(String text, Style style, float width) {
    }

    /** A word: pieces drawn side by side with no space between. */
    record Word(List<Piece> pieces, float width) {
    }

    /**
     * One line.
     *
     * @param justified true when the spaces are to be stretched to fill the line
     */
    record Line(List<Word> words, float naturalWidth, boolean justified) {
    }

    private final LetterFonts fonts;

    LineBreaker(LetterFonts fonts) {
        this.fonts = fonts;
    }

    float spaceWidth(float size) throws IOException {
        return fonts.width(" ", Style.REGULAR, size);
    }

    List<Line> lines(List<Span> spans, float size, float width, boolean justify) throws IOException {
        List<Line> lines = new ArrayList<>();
        float space = spaceWidth(size);
        List<Word> current = new ArrayList<>();
        float currentWidth = 0;
        for (Object token : tokens(spans, size)) {
            if (token == BREAK) {
                lines.add(new Line(List.copyOf(current), currentWidth, false));
                current.clear();
                currentWidth = 0;
                continue;
            }
            Word word = (Word) token;
            float needed = current.isEmpty() ? word.width() : currentWidth + space + word.width();
            if (needed <= width) {
                current.add(word);
                currentWidth = needed;
                continue;
            }
            float room = width - currentWidth - space;
            if (!current.isEmpty() && word.width() > width && room > 6 * space) {
                // A word longer than a line (a URL) starts where it is rather than on a new line.
                Word[] cut = cut(word, room, size);
                current.add(cut[0]);
                lines.add(new Line(List.copyOf(current), currentWidth + space + cut[0].width(), justify));
                current.clear();
                currentWidth = 0;
                word = cut[1];
            } else if (!current.isEmpty()) {
                lines.add(new Line(List.copyOf(current), currentWidth, justify));
                current.clear();
                currentWidth = 0;
            }
            while (word.width() > width) {
                Word[] cut = cut(word, width, size);
                lines.add(new Line(List.of(cut[0]), cut[0].width(), false));
                word = cut[1];
            }
            current.add(word);
            currentWidth = word.width();
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(List.copyOf(current), currentWidth, false));
        }
        return lines;
    }

    private static final Object BREAK = new Object();

    private List<Object> tokens(List<Span> spans, float size) throws IOException {
        List<Object> tokens = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (Span span : spans) {
            String text = span.text();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : 0;
                boolean end = i == text.length();
                if (end || c == ' ' || c == '\t' || c == '\n') {
                    if (i > start) {
                        String part = text.substring(start, i);
                        pieces.add(new Piece(part, span.style(), fonts.width(part, span.style(), size)));
                    }
                    if (!end) {
                        flush(pieces, tokens);
                        if (c == '\n') {
                            tokens.add(BREAK);
                        }
                    }
                    start = i + 1;
                }
            }
        }
        flush(pieces, tokens);
        return tokens;
    }

    private static void flush(List<Piece> pieces, List<Object> tokens) {
        if (!pieces.isEmpty()) {
            float width = 0;
            for (Piece piece : pieces) {
                width += piece.width();
            }
            tokens.add(new Word(List.copyOf(pieces), width));
            pieces.clear();
        }
    }

    /** Cuts a too-wide word into a head that fits {@code width} and the rest. */
    private Word[] cut(Word word, float width, float size) throws IOException {
        StringBuilder all = new StringBuilder();
        List<Style> styles = new ArrayList<>();
        for (Piece piece : word.pieces()) {
            all.append(piece.text());
            for (int i = 0; i < piece.text().length(); i++) {
                styles.add(piece.style());
            }
        }
        // Longest prefix that fits, on code point boundaries.
        int fit = 0;
        float used = 0;
        int i = 0;
        while (i < all.length()) {
            int next = all.offsetByCodePoints(i, 1);
            float w = fonts.width(all.substring(i, next), styles.get(i), size);
            if (used + w > width && fit > 0) {
                break;
            }
            used += w;
            fit = next;
            i = next;
        }
        // Prefer cutting after a slash, hyphen, '?', '&' or '=' in the last third of the head.
        for (int j = fit - 1; j > fit * 2 / 3; j--) {
            if ("/-?&=_.".indexOf(all.charAt(j)) >= 0) {
                fit = j + 1;
                break;
            }
        }
        return new Word[] {slice(all, styles, 0, fit, size), slice(all, styles, fit, all.length(), size)};
    }

    private Word slice(CharSequence text, List<Style> styles, int from, int to, float size) throws IOException {
        List<Piece> pieces = new ArrayList<>();
        float total = 0;
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || styles.get(i) != styles.get(start)) {
                String part = text.subSequence(start, i).toString();
                float w = fonts.width(part, styles.get(start), size);
                pieces.add(new Piece(part, styles.get(start), w));
                total += w;
                start = i;
            }
        }
        return new Word(pieces, total);
    }
}
