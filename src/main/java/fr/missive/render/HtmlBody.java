package fr.missive.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The body blocks as e-mail-safe HTML: only elements every mail client knows (p, h1–h3, ul, ol,
 * li, strong, em, br), styles inline since many clients drop style sheets, every value escaped.
 * Lists are real nested lists, rebuilt from the list path each block carries.
 */
final class HtmlBody {

    static final String PARAGRAPH = "margin:0 0 12px 0;";
    private static final String LIST = "margin:0 0 12px 0;padding:0 0 0 26px;";
    private static final String ITEM = "margin:0 0 4px 0;";
    private static final String IN_ITEM = "margin:0 0 4px 0;";
    private static final String QUOTE = "border-left:3px solid #cccccc;padding:0 0 0 10px;color:#444444;";
    private static final String LITERAL = "white-space:pre-wrap;font-family:Consolas,'Courier New',monospace;"
            + "font-size:14px;";

    private final StringBuilder out;
    /** The lists open now, outermost first: true for a numbered one. Each has one item open. */
    private final List<Boolean> open = new ArrayList<>();

    private HtmlBody(StringBuilder out) {
        this.out = out;
    }

    static void append(List<TextBlock> blocks, StringBuilder out) {
        HtmlBody body = new HtmlBody(out);
        for (TextBlock block : blocks) {
            body.block(block);
        }
        body.closeTo(0);
    }

    /**
     * A block with a label starts an item of its innermost list: the item open in that list, if
     * any, is closed first. A block without one continues the item it is in, or stands outside
     * any list.
     */
    private void block(TextBlock block) {
        List<Boolean> lists = block.lists();
        int depth = lists.size();
        int same = 0;
        while (same < open.size() && same < depth && open.get(same).equals(lists.get(same))) {
            same++;
        }
        if (block.label() != null && same == depth && depth > 0) {
            closeTo(depth);
            out.append("</li><li style=\"").append(ITEM).append("\">");
        } else {
            closeTo(same);
            while (open.size() < depth) {
                boolean ordered = lists.get(open.size());
                out.append(ordered ? "<ol" : "<ul");
                int start = ordered && open.size() == depth - 1 ? startOf(block.label()) : 1;
                if (start != 1) {
                    out.append(" start=\"").append(start).append('"');
                }
                out.append(" style=\"").append(LIST).append("\"><li style=\"").append(ITEM).append("\">");
                open.add(ordered);
            }
        }
        paragraph(block, depth > 0);
    }

    private void closeTo(int depth) {
        while (open.size() > depth) {
            boolean ordered = open.remove(open.size() - 1);
            out.append("</li>").append(ordered ? "</ol>" : "</ul>");
        }
    }

    private static int startOf(String label) {
        int digits = 0;
        while (label != null && digits < label.length() && Character.isDigit(label.charAt(digits))) {
            digits++;
        }
        try {
            return digits == 0 ? 1 : Integer.parseInt(label.substring(0, digits));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void paragraph(TextBlock block, boolean inItem) {
        boolean quoted = block.indentMm() > block.listDepth() * MarkdownBlocks.LIST_INDENT_MM + 0.01f;
        String style = (inItem ? IN_ITEM : PARAGRAPH) + (quoted ? QUOTE : "");
        if (block.heading()) {
            int level = Math.min(block.headingLevel(), 3);
            String size = level == 1 ? "20px" : level == 2 ? "17px" : "15px";
            out.append("<h").append(level).append(" style=\"margin:18px 0 8px 0;font-size:").append(size)
                    .append(";font-weight:bold;").append(quoted ? QUOTE : "").append("\">");
            spans(block.spans(), true);
            out.append("</h").append(level).append(">\n");
        } else if (block.literal()) {
            out.append("<div style=\"").append(style).append(LITERAL).append("\">");
            spans(block.spans(), false);
            out.append("</div>\n");
        } else {
            out.append("<p style=\"").append(style).append("\">");
            spans(block.spans(), false);
            out.append("</p>\n");
        }
    }

    /** Bold and italic runs; a heading is bold already. */
    private void spans(List<Span> spans, boolean heading) {
        for (Span span : spans) {
            boolean bold = span.style().bold() && !heading;
            boolean italic = span.style().italic();
            out.append(bold ? "<strong>" : "").append(italic ? "<em>" : "");
            String[] lines = span.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append("<br>");
                }
                escape(lines[i], out);
            }
            out.append(italic ? "</em>" : "").append(bold ? "</strong>" : "");
        }
    }

    /** Text and attribute values: the five characters HTML gives a meaning to. */
    static StringBuilder escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
