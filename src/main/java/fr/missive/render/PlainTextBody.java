package fr.missive.render;

import java.util.List;

/**
 * The body blocks as plain text for the text/plain alternative: lines wrapped at 72 columns,
 * bullet items as "- ", numbered ones as "1. " with the following lines under the text, nested
 * lists and quotes indented, no Markdown syntax (no asterisks, hashes or backslashes). A word
 * longer than a line (a URL) is never cut, so that it stays usable.
 */
final class PlainTextBody {

    static final int WIDTH = 72;
    private static final String QUOTE_INDENT = "    ";
    private static final String LIST_INDENT = "   ";

    private PlainTextBody() {
    }

    static void append(List<TextBlock> blocks, StringBuilder out) {
        TextBlock previous = null;
        for (TextBlock block : blocks) {
            if (previous != null) {
                boolean nextItem = block.label() != null && previous.listDepth() > 0 && block.listDepth() > 0
                        && !block.heading();
                out.append(nextItem ? "" : "\n");
            }
            block(block, out);
            previous = block;
        }
    }

    private static void block(TextBlock block, StringBuilder out) {
        int depth = block.listDepth();
        float quoteMm = block.indentMm() - depth * MarkdownBlocks.LIST_INDENT_MM;
        String indent = QUOTE_INDENT.repeat(Math.max(0, Math.round(quoteMm / MarkdownBlocks.LIST_INDENT_MM)))
                + LIST_INDENT.repeat(Math.max(0, depth - 1));
        String marker = "";
        if (depth > 0) {
            boolean ordered = block.lists().get(depth - 1);
            if (block.label() != null) {
                marker = ordered ? block.label() + " " : "- ";
            } else {
                marker = ordered ? "   " : "  ";
            }
        }
        String first = indent + marker;
        String rest = indent + " ".repeat(marker.length());
        StringBuilder text = new StringBuilder();
        block.spans().forEach(span -> text.append(span.text()));
        if (block.literal()) {
            text.toString().lines().forEach(line -> out.append(rest).append(line).append('\n'));
            return;
        }
        boolean firstLine = true;
        for (String line : text.toString().split("\n", -1)) {
            wrap(line, firstLine ? first : rest, rest, out);
            firstLine = false;
        }
    }

    /** One line of text broken at spaces into lines of at most {@link #WIDTH} columns. */
    static void wrap(String text, String first, String rest, StringBuilder out) {
        String prefix = first;
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
                out.append(prefix).append(line).append('\n');
                prefix = rest;
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line.length() > 0 ? prefix + line : prefix.stripTrailing()).append('\n');
    }
}
