package fr.missive.ui.richtext;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the editable document: a paragraph, a heading, a list item, or a line of a block
 * the editor does not edit as rich text (a quote, code, raw HTML, a link: kept as its Markdown).
 *
 * @param level     heading level (1–6), list depth (1 for an outer list), otherwise 0
 * @param number    the number of a numbered item, as read (the writer renumbers from the first)
 * @param marker    the list marker: {@code -}, {@code *}, {@code +} or the {@code .}/{@code )} after a number
 * @param continued true when the line follows the previous one after a hard line break, in the
 *                  same paragraph or item (Shift+Enter), rather than starting a new one
 */
record Para(Kind kind, int level, int number, char marker, boolean continued, List<Run> runs) {

    enum Kind { BODY, HEADING, BULLET, ORDERED, RAW }

    Para {
        runs = normalised(runs);
    }

    static Para body(List<Run> runs) {
        return new Para(Kind.BODY, 0, 0, ' ', false, runs);
    }

    boolean listItem() {
        return kind == Kind.BULLET || kind == Kind.ORDERED;
    }

    Para withContinued(boolean value) {
        return new Para(kind, level, number, marker, value, runs);
    }

    Para withRuns(List<Run> newRuns) {
        return new Para(kind, level, number, marker, continued, newRuns);
    }

    String plainText() {
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.isField() ? "{{" + r.field() + "}}" : r.text()));
        return text.toString();
    }

    /** Adjacent text runs of one style become one, empty ones go: equal content, equal records. */
    private static List<Run> normalised(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run run : runs) {
            if (!run.isField() && run.text().isEmpty()) {
                continue;
            }
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !last.isField() && !run.isField() && last.sameStyle(run)) {
                out.set(out.size() - 1, Run.text(last.text() + run.text(), run.bold(), run.italic()));
            } else {
                out.add(run);
            }
        }
        return List.copyOf(out);
    }
}
