package fr.missive.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The body's Markdown subset, parsed by commonmark-java, as a list of text blocks: paragraphs,
 * headings (bold), bullet and numbered lists (hanging indent, nested lists indented further),
 * quotes (indented). Soft line breaks are spaces, hard ones (two spaces or a backslash at the
 * end of a line) are kept. Raw HTML is printed as typed, never interpreted.
 */
final class MarkdownBlocks {

    static final float BODY_SIZE = 11f;
    static final float LIST_INDENT_MM = 7f;
    private static final float PARAGRAPH_SPACE_MM = 3.5f;
    private static final float ITEM_SPACE_MM = 1.2f;

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownBlocks() {
    }

    static List<TextBlock> parse(String markdown) {
        return parse(markdown, false);
    }

    /**
     * @param lineBreaksKept every line break of a paragraph is kept, as in an e-mail or a signature
     *                       typed line by line; a letter's soft breaks are spaces
     */
    static List<TextBlock> parse(String markdown, boolean lineBreaksKept) {
        Node document = PARSER.parse(markdown);
        if (lineBreaksKept) {
            keepLineBreaks(document);
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            block(child, new Place(0f, List.of(), null, PARAGRAPH_SPACE_MM), blocks);
        }
        return blocks;
    }

    private static void keepLineBreaks(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof SoftLineBreak) {
                node.insertBefore(new HardLineBreak());
                node.unlink();
            } else {
                keepLineBreaks(node);
            }
            node = next;
        }
    }

    /**
     * Where a block goes: its indent, the lists it is in (outermost first, true for a numbered
     * one), the bullet or number it starts with, and the space above it.
     */
    private record Place(float indent, List<Boolean> lists, String label, float spaceBefore) {
        Place labelled(String newLabel, float newSpace) {
            return new Place(indent, lists, newLabel, newSpace);
        }

        Place inList(boolean ordered) {
            List<Boolean> inner = new ArrayList<>(lists);
            inner.add(ordered);
            return new Place(indent + LIST_INDENT_MM, List.copyOf(inner), label, spaceBefore);
        }

        Place quoted() {
            return new Place(indent + LIST_INDENT_MM, lists, label, spaceBefore);
        }
    }

    private static void block(Node node, Place at, List<TextBlock> out) {
        if (node instanceof Paragraph) {
            out.add(new TextBlock(inlines(node), BODY_SIZE, at.indent(), at.label(), at.spaceBefore(), true, 0,
                    at.lists(), false));
        } else if (node instanceof Heading heading) {
            float size = heading.getLevel() == 1 ? 14f : heading.getLevel() == 2 ? 12.5f : BODY_SIZE;
            List<Span> spans = new ArrayList<>();
            inlines(node, true, false, spans);
            out.add(new TextBlock(spans, size, at.indent(), at.label(), PARAGRAPH_SPACE_MM + 2f, false,
                    heading.getLevel(), at.lists(), false));
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            boolean ordered = node instanceof OrderedList;
            int number = node instanceof OrderedList list ? startOf(list) : 0;
            String delimiter = node instanceof OrderedList list ? delimiterOf(list) : "";
            Place inList = at.inList(ordered);
            boolean first = true;
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                String itemLabel = ordered ? (number++) + delimiter : "•";
                float itemSpace = first ? at.spaceBefore() : ITEM_SPACE_MM;
                first = false;
                boolean labelled = false;
                for (Node inner = item.getFirstChild(); inner != null; inner = inner.getNext()) {
                    block(inner, inList.labelled(labelled ? null : itemLabel, labelled ? ITEM_SPACE_MM : itemSpace),
                            out);
                    labelled = true;
                }
                if (!labelled && item instanceof ListItem) {
                    out.add(new TextBlock(List.of(), BODY_SIZE, inList.indent(), itemLabel, itemSpace, false, 0,
                            inList.lists(), false));
                }
            }
        } else if (node instanceof BlockQuote) {
            for (Node inner = node.getFirstChild(); inner != null; inner = inner.getNext()) {
                block(inner, at.quoted(), out);
            }
        } else if (node instanceof FencedCodeBlock code) {
            out.add(literal(code.getLiteral(), at));
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(literal(code.getLiteral(), at));
        } else if (node instanceof HtmlBlock html) {
            out.add(literal(html.getLiteral(), at));
        }
        // Thematic breaks and link reference definitions print nothing.
    }

    /** Code and raw HTML blocks: printed as typed, line by line. */
    private static TextBlock literal(String text, Place at) {
        String kept = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return new TextBlock(List.of(new Span(kept, Style.REGULAR)), BODY_SIZE, at.indent(), at.label(),
                at.spaceBefore(), false, 0, at.lists(), true);
    }

    private static int startOf(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start == null ? 1 : start;
    }

    private static String delimiterOf(OrderedList list) {
        String delimiter = list.getMarkerDelimiter();
        return delimiter == null ? "." : delimiter;
    }

    private static List<Span> inlines(Node parent) {
        List<Span> spans = new ArrayList<>();
        inlines(parent, false, false, spans);
        return spans;
    }

    private static void inlines(Node parent, boolean bold, boolean italic, List<Span> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Style style = Style.of(bold, italic);
            if (node instanceof Text text) {
                out.add(new Span(text.getLiteral(), style));
            } else if (node instanceof Code code) {
                out.add(new Span(code.getLiteral(), style));
            } else if (node instanceof HtmlInline html) {
                out.add(new Span(html.getLiteral(), style));
            } else if (node instanceof SoftLineBreak) {
                out.add(new Span(" ", style));
            } else if (node instanceof HardLineBreak) {
                out.add(new Span("\n", style));
            } else if (node instanceof Emphasis) {
                inlines(node, bold, true, out);
            } else if (node instanceof StrongEmphasis) {
                inlines(node, true, italic, out);
            } else if (node instanceof Link link) {
                int before = out.size();
                inlines(node, bold, italic, out);
                String shown = textOf(out.subList(before, out.size()));
                String destination = link.getDestination();
                if (destination != null && !destination.isBlank() && !shown.equals(destination)
                        && !shown.equals(destination.replaceFirst("^mailto:", ""))) {
                    out.add(new Span(" (" + destination + ")", style));
                }
            } else {
                // An image, or any other inline: its text, in the surrounding style.
                inlines(node, bold, italic, out);
            }
        }
    }

    private static String textOf(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }
}
