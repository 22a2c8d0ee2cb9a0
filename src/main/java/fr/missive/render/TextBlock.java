package fr.missive.render;

import java.util.List;

/**
 * One paragraph, heading or list item of the body, ready for line breaking (PDF) or for markup
 * (e-mail): both are made from the same blocks.
 *
 * @param indentMm      left indent of every line
 * @param label         bullet or number printed in the hanging indent, or {@code null}; a block
 *                      with a label starts a list item, one without continues it
 * @param spaceBeforeMm vertical space above the block (dropped at the top of a page)
 * @param headingLevel  1 to 6 for a heading, 0 otherwise
 * @param lists         the lists the block is in, outermost first: true for a numbered list
 * @param literal       printed as typed, line breaks kept (code and raw HTML blocks)
 */
record TextBlock(List<Span> spans, float sizePt, float indentMm, String label, float spaceBeforeMm,
        boolean justified, int headingLevel, List<Boolean> lists, boolean literal) {

    TextBlock {
        spans = List.copyOf(spans);
        lists = List.copyOf(lists);
    }

    /** A single unjustified line of text outside the body, such as the subject line. */
    static TextBlock line(List<Span> spans, float sizePt) {
        return new TextBlock(spans, sizePt, 0f, null, 0f, false, 0, List.of(), false);
    }

    boolean heading() {
        return headingLevel > 0;
    }

    int listDepth() {
        return lists.size();
    }
}
