package fr.missive.ui.richtext;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * E-mail bodies and signatures were typed as plain text, where a line break is a line break;
 * Markdown would join the lines of a paragraph. Before such a text is shown in the editor, each
 * line break inside a paragraph is made a hard one ({@code \} at the end of the line), which the
 * editor shows as a new line and which every renderer keeps: the text reads as it always did.
 */
public final class LineBreaks {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private LineBreaks() {
    }

    /** The text with every soft line break made hard; everything else as it was. */
    public static String hard(String text) {
        if (text == null || text.indexOf('\n') < 0) {
            return text == null ? "" : text;
        }
        String unix = text.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(unix);
        List<Integer> ends = new java.util.ArrayList<>();
        PARSER.parse(unix).accept(new AbstractVisitor() {
            @Override
            public void visit(SoftLineBreak soft) {
                int end = endOf(soft.getPrevious());
                int lineEnd = end < 0 ? -1 : unix.indexOf('\n', end);
                if (lineEnd >= 0) {
                    ends.add(lineEnd);
                }
            }
        });
        // From the end, so that each insertion leaves the positions before it valid.
        for (int i = ends.size() - 1; i >= 0; i--) {
            out.insert((int) ends.get(i), "\\");
        }
        return out.toString();
    }

    /** Just after the last character of an inline's source, or -1 when the parser kept none. */
    private static int endOf(Node node) {
        if (node == null) {
            return -1;
        }
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return -1;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return last.getInputIndex() + last.getLength();
    }
}
