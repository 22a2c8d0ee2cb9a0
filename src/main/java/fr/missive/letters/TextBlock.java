package fr.missive.letters;

import java.util.List;

/**
 * One paragraph, heading or list item of the body, ready for line breaking.
 *
 * @param indentMm     left indent of every line
 * @param label        bullet or number printed in the hanging indent, or {@code null}
 * @param spaceBeforeMm vertical space above the block (dropped at the top of a page)
 */
record TextBlock(List<Span> spans, float sizePt, float indentMm, String label, float spaceBeforeMm,
        boolean justified, boolean heading) {
}
