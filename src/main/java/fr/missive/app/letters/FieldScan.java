package fr.missive.app.letters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code {{field}}} of a subject or body, where they are, and the first {@code {{} left
 * open: what the editor underlines and what a save refuses. A {@code {{} followed by another
 * {@code {{} before any {@code }}} counts as open, as the merge would print it as typed.
 *
 * @param uses       every field in order, repeats included
 * @param openedAt   the first {@code {{} that is never closed, if any
 */
public record FieldScan(List<FieldScan.Use> uses, Optional<Use> openedAt) {

    /**
     * One field written in the text.
     *
     * @param start offset of the opening braces; {@code end} is just after the closing ones
     * @param line  1-based line of the opening braces
     */
    public record Use(String name, int start, int end, int line) {
    }

    public FieldScan {
        uses = List.copyOf(uses);
    }

    public static FieldScan of(String text) {
        List<Use> uses = new ArrayList<>();
        Use open = null;
        int line = 1;
        int lineCountedTo = 0;
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("{{", i);
            if (start < 0) {
                break;
            }
            line += countLineBreaks(text, lineCountedTo, start);
            lineCountedTo = start;
            int close = text.indexOf("}}", start + 2);
            int nextOpen = text.indexOf("{{", start + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                if (open == null) {
                    open = new Use("", start, start + 2, line);
                }
                i = start + 2;
                continue;
            }
            uses.add(new Use(text.substring(start + 2, close).strip(), start, close + 2, line));
            i = close + 2;
        }
        return new FieldScan(uses, Optional.ofNullable(open));
    }

    /** The names used, in order of first use, without repeats. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        uses.forEach(u -> names.add(u.name()));
        return names;
    }

    private static int countLineBreaks(String text, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
