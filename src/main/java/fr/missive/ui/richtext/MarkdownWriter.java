package fr.missive.ui.richtext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Writes the editor's lines back as Markdown. A block read from the stored body and left as it
 * was is written with its original text; the others in one plain style: {@code **bold**},
 * {@code *italic*}, {@code ## heading}, {@code - item}, {@code 1. item}, a blank line between
 * paragraphs, a backslash before a hard line break, and a backslash before any character that
 * would otherwise be read as Markdown (a {@code *} typed in the text stays a star) or, for a
 * second brace, as the start of a field: braces typed in the text never make a field.
 */
final class MarkdownWriter {

    private MarkdownWriter() {
    }

    /** Every line written anew, whatever it came from. */
    static String canonical(List<Para> paras) {
        return new Lines().write(paras);
    }

    /**
     * The lines as Markdown, keeping the original text of each untouched block of {@code source}.
     *
     * @param origins for each line, the block it was read from, or {@code null} for a new one
     */
    static String write(List<Para> paras, List<MarkdownSource.Block> origins, MarkdownSource source) {
        List<Group> groups = groups(paras, origins);
        settleLists(groups);
        StringBuilder out = new StringBuilder(source.leading());
        Group previous = null;
        List<Para> pending = new ArrayList<>();
        for (Group group : groups) {
            if (!group.intact) {
                pending.addAll(group.paras);
                continue;
            }
            previous = flush(out, pending, previous);
            if (previous != null) {
                boolean next = previous.intact && previous.origin.index() + 1 == group.origin.index();
                out.append(next ? group.origin.separatorBefore() : "\n\n");
            }
            out.append(group.origin.source());
            previous = group;
        }
        flush(out, pending, previous);
        return out + source.trailing();
    }

    private static Group flush(StringBuilder out, List<Para> pending, Group previous) {
        String written = canonical(pending);
        pending.clear();
        if (written.isEmpty()) {
            return previous;
        }
        if (previous != null) {
            out.append("\n\n");
        }
        out.append(written);
        return new Group(null, List.of(), false);
    }

    private static final class Group {
        final MarkdownSource.Block origin;
        final List<Para> paras;
        boolean intact;

        Group(MarkdownSource.Block origin, List<Para> paras, boolean intact) {
            this.origin = origin;
            this.paras = paras;
            this.intact = intact;
        }

        Para first() {
            return paras.get(0);
        }

        Para last() {
            return paras.get(paras.size() - 1);
        }
    }

    private static List<Group> groups(List<Para> paras, List<MarkdownSource.Block> origins) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            MarkdownSource.Block origin = origins.get(i);
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.origin == origin && origin != null) {
                last.paras.add(paras.get(i));
            } else {
                List<Para> lines = new ArrayList<>();
                lines.add(paras.get(i));
                groups.add(new Group(origin, lines, false));
            }
        }
        for (Group group : groups) {
            long copies = groups.stream().filter(g -> g.origin == group.origin).count();
            group.intact = group.origin != null && copies == 1 && group.origin.paras().equals(group.paras);
        }
        return groups;
    }

    /**
     * An edited list item joins the list written before or after it, and a line after a hard
     * break joins its paragraph: those neighbours are written anew with it, as one list.
     */
    private static void settleLists(List<Group> groups) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < groups.size(); i++) {
                Group before = groups.get(i - 1);
                Group after = groups.get(i);
                boolean joined = after.first().continued()
                        || (before.last().listItem() && after.first().listItem());
                if (joined && before.intact != after.intact) {
                    before.intact = false;
                    after.intact = false;
                    changed = true;
                }
            }
        }
    }

    /** The plain writing of a run of lines. */
    private static final class Lines {
        private final StringBuilder out = new StringBuilder();
        private final int[] contentColumn = new int[64];
        private final char[] listMarker = new char[64];
        private final int[] listNumber = new int[64];
        private int depth;
        private Para previous;

        String write(List<Para> paras) {
            for (Para para : paras) {
                if (para.kind() == Para.Kind.BODY && para.runs().isEmpty() && !para.continued()) {
                    continue;
                }
                line(para);
                previous = para;
            }
            return out.toString();
        }

        private void line(Para para) {
            boolean first = previous == null;
            if (para.continued() && !first && previous.kind() != Para.Kind.HEADING
                    && para.kind() != Para.Kind.HEADING) {
                if (para.kind() == Para.Kind.RAW) {
                    out.append('\n').append(para.plainText());
                } else if (!para.runs().isEmpty()) {
                    out.append("\\\n").append(" ".repeat(previous.listItem() ? contentColumn[depth] : 0));
                    inline(para);
                }
                return;
            }
            if (!first) {
                out.append(previous.listItem() && para.listItem() ? "\n" : "\n\n");
            }
            if (!para.listItem()) {
                depth = 0;
            }
            switch (para.kind()) {
                case HEADING -> {
                    out.append("#".repeat(Math.max(1, Math.min(6, para.level()))));
                    if (!para.runs().isEmpty()) {
                        out.append(' ');
                    }
                    // A heading is one line in Markdown: its soft breaks are spaces.
                    inline(para.withRuns(para.runs().stream().map(r -> r.isField() ? r
                            : Run.text(r.text().replace('\n', ' '), r.bold(), r.italic())).toList()));
                    // A "#" ending a heading line would be read as its closing sequence.
                    int last = out.length() - 1;
                    if (out.charAt(last) == '#' && out.charAt(last - 1) != '\\' && out.charAt(last - 1) != '#') {
                        out.insert(last, '\\');
                    }
                }
                case BULLET, ORDERED -> item(para);
                case RAW -> out.append(para.plainText());
                default -> inline(para);
            }
        }

        private void item(Para para) {
            int level = Math.max(1, Math.min(para.level(), depth + 1));
            boolean startsList = level > depth || listMarker[level] == 0
                    || listMarker[level] != markerOf(para);
            if (startsList) {
                listMarker[level] = markerOf(para);
                listNumber[level] = para.kind() == Para.Kind.ORDERED ? Math.max(0, para.number()) : 0;
            } else if (para.kind() == Para.Kind.ORDERED) {
                listNumber[level]++;
            }
            for (int d = level + 1; d < listMarker.length; d++) {
                listMarker[d] = 0;
            }
            depth = level;
            int column = level == 1 ? 0 : contentColumn[level - 1];
            String mark = para.kind() == Para.Kind.ORDERED ? listNumber[level] + String.valueOf(listMarker[level])
                    : String.valueOf(listMarker[level]);
            contentColumn[level] = column + mark.length() + 1;
            out.append(" ".repeat(column)).append(mark);
            if (!para.runs().isEmpty()) {
                out.append(' ');
            }
            inline(para);
        }

        private static char markerOf(Para para) {
            char m = para.marker();
            if (para.kind() == Para.Kind.ORDERED) {
                return m == ')' ? ')' : '.';
            }
            return m == '*' || m == '+' ? m : '-';
        }

        private void inline(Para para) {
            new Inline(out, " ".repeat(para.listItem() ? contentColumn[depth] : 0)).write(para.runs());
        }
    }

    /** Bold and italic markers opened and closed around runs, and the text escaped. */
    private static final class Inline {
        private static final String STRONG = "**";
        private static final String EMPHASIS = "*";

        private final StringBuilder out;
        private final String continuation;
        private final Deque<String> open = new ArrayDeque<>();
        private final int lineFrom;
        private int lineStart;

        Inline(StringBuilder out, String continuation) {
            this.out = out;
            this.continuation = continuation;
            this.lineFrom = out.length();
            this.lineStart = out.length();
        }

        void write(List<Run> runs) {
            for (Run run : runs) {
                if (!run.isField()) {
                    // Spaces a styled run starts with go before its marker, where Markdown wants them.
                    String t = run.text();
                    int lead = 0;
                    while (lead < t.length() && (t.charAt(lead) == ' ' || t.charAt(lead) == '\n')) {
                        lead++;
                    }
                    if (lead == t.length()) {
                        // Spaces between two runs: any marker they are not in closes before them.
                        closeUnwanted(run.bold(), run.italic());
                    }
                    text(t.substring(0, lead));
                    if (lead < t.length()) {
                        style(run.bold(), run.italic());
                        text(t.substring(lead));
                    }
                    continue;
                }
                style(run.bold(), run.italic());
                if (run.isField()) {
                    if (out.length() > lineFrom && out.charAt(out.length() - 1) == '{') {
                        // "{" then "{{field}}" would read as a field named "{field": the merge knows no
                        // backslash, so this brace is written as an entity the letter prints as "{".
                        out.setLength(out.length() - (escapedAtEnd() ? 2 : 1));
                        out.append(MarkdownReader.ENTITY);
                    }
                    out.append("{{").append(run.field()).append("}}");
                }
            }
            style(false, false);
            trimTrailing();
        }

        private boolean escapedAtEnd() {
            return out.length() >= 2 && out.charAt(out.length() - 2) == '\\';
        }

        /** Closes the markers no longer wanted, then opens the missing ones. */
        private void style(boolean bold, boolean italic) {
            List<String> wanted = closeUnwanted(bold, italic);
            for (String marker : wanted) {
                if (!open.contains(marker)) {
                    out.append(marker);
                    open.push(marker);
                }
            }
        }

        private List<String> closeUnwanted(boolean bold, boolean italic) {
            List<String> wanted = new ArrayList<>();
            if (bold) {
                wanted.add(STRONG);
            }
            if (italic) {
                wanted.add(EMPHASIS);
            }
            List<String> stack = new ArrayList<>(open);
            java.util.Collections.reverse(stack);
            int keep = 0;
            while (keep < stack.size() && wanted.contains(stack.get(keep))) {
                keep++;
            }
            if (keep < stack.size()) {
                String spaces = trimTrailing();
                while (open.size() > keep) {
                    out.append(open.pop());
                }
                out.append(spaces);
                if (spaces.indexOf('\n') >= 0) {
                    lineStart = out.length();
                }
            }
            return wanted;
        }

        /** Removes the spaces (and soft breaks) the text ends with and returns them. */
        private String trimTrailing() {
            int end = out.length();
            int from = end;
            while (from > lineFrom && (out.charAt(from - 1) == ' ' || out.charAt(from - 1) == '\n')) {
                from--;
            }
            String removed = out.substring(from, end);
            out.setLength(from);
            if (lineStart > out.length()) {
                lineStart = out.length();
            }
            return removed;
        }

        private void text(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean atLineStart = out.length() == lineStart || onlyMarkersSince(lineStart);
                if (c == '\n') {
                    trimLineEnd();
                    out.append('\n').append(continuation);
                    lineStart = out.length();
                    continue;
                }
                if (atLineStart && (c == ' ' || c == '\t') && out.length() == lineStart) {
                    continue;
                }
                if (atLineStart && (c == '#' || c == '-' || c == '+' || c == '=')) {
                    out.append('\\').append(c);
                } else if (atLineStart && Character.isDigit(c)) {
                    int j = i;
                    while (j < text.length() && Character.isDigit(text.charAt(j))) {
                        j++;
                    }
                    out.append(text, i, j);
                    if (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                        out.append('\\').append(text.charAt(j));
                        j++;
                    }
                    i = j - 1;
                } else if ("\\`*_[]<>&".indexOf(c) >= 0) {
                    out.append('\\').append(c);
                } else if (c == '{' && out.length() > lineFrom && out.charAt(out.length() - 1) == '{'
                        && !escapedAtEnd()) {
                    out.append("\\{");
                } else {
                    out.append(c);
                }
            }
        }

        private boolean onlyMarkersSince(int from) {
            for (int k = from; k < out.length(); k++) {
                if (out.charAt(k) != '*') {
                    return false;
                }
            }
            return true;
        }

        private void trimLineEnd() {
            while (out.length() > lineStart && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }
    }
}
