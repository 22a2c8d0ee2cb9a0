package fr.missive.ui.letters;

/**
 * What a toolbar button does to the body text: one replacement of a range, and the selection
 * after it. Pure text in, text out, so each button is tested without a window.
 *
 * @param start       first character replaced
 * @param end         just after the last character replaced
 * @param replacement what goes in their place
 * @param selectStart selection after the edit
 * @param selectEnd   selection after the edit
 */
record MarkdownEdit(int start, int end, String replacement, int selectStart, int selectEnd) {

    /** Bold or italic: the selection between {@code marker}s, or an empty pair with the caret inside. */
    static MarkdownEdit wrap(String text, int selStart, int selEnd, String marker) {
        int from = Math.min(selStart, selEnd);
        int to = Math.max(selStart, selEnd);
        String selected = text.substring(from, to);
        // Spaces selected by a double-click stay outside the markers, where Markdown needs them.
        int lead = 0;
        while (lead < selected.length() && selected.charAt(lead) == ' ') {
            lead++;
        }
        int trail = selected.length();
        while (trail > lead && selected.charAt(trail - 1) == ' ') {
            trail--;
        }
        String inner = selected.substring(lead, trail);
        String replacement = selected.substring(0, lead) + marker + inner + marker + selected.substring(trail);
        int innerStart = from + lead + marker.length();
        return new MarkdownEdit(from, to, replacement, innerStart, innerStart + inner.length());
    }

    /** A list or heading: {@code prefix} (with {@code #} replaced by 1, 2 …) before each line of the selection. */
    static MarkdownEdit prefixLines(String text, int selStart, int selEnd, String prefix) {
        int from = Math.min(selStart, selEnd);
        int to = Math.max(selStart, selEnd);
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = to > from && text.charAt(to - 1) == '\n' ? to - 1 : text.indexOf('\n', to);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String[] lines = text.substring(lineStart, lineEnd).split("\n", -1);
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            if (line.isBlank() && lines.length > 1) {
                out.append(line);
                continue;
            }
            out.append(prefix.replace("#.", number++ + ".")).append(stripPrefix(line));
        }
        String replacement = out.toString();
        int caret = lineStart + replacement.length();
        return new MarkdownEdit(lineStart, lineEnd, replacement, lines.length == 1 ? caret : lineStart, caret);
    }

    /** A line already marked as a list item or heading gets the new mark instead of two. */
    private static String stripPrefix(String line) {
        return line.replaceFirst("^(#{1,6} |[-*+] |\\d{1,9}[.)] )", "");
    }

    /** {@code {{name}}} in place of the selection, the caret after it. */
    static MarkdownEdit insertField(int selStart, int selEnd, String name) {
        int from = Math.min(selStart, selEnd);
        String field = "{{" + name + "}}";
        return new MarkdownEdit(from, Math.max(selStart, selEnd), field, from + field.length(), from + field.length());
    }
}
