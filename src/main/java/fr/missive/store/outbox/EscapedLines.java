package fr.missive.store.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists and name-value maps kept in one text column, one item a line: a tab, a line break or a
 * backslash inside a value is escaped, so any text a contact field holds comes back the same.
 */
final class EscapedLines {

    private EscapedLines() {
    }

    static String ofList(List<String> items) {
        StringBuilder text = new StringBuilder();
        for (String item : items) {
            text.append(text.length() == 0 ? "" : "\n").append(escape(item));
        }
        return text.toString();
    }

    static List<String> toList(String text) {
        List<String> items = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return items;
        }
        for (String line : text.split("\n", -1)) {
            items.add(unescape(line));
        }
        return items;
    }

    /** "name TAB value" a line, in the map's order. */
    static String ofMap(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(text.length() == 0 ? "" : "\n")
                .append(escape(name)).append('\t').append(escape(value)));
        return text.toString();
    }

    static Map<String, String> toMap(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        // An escaped name or value holds no tab: the first one on a line separates them.
        for (String line : text.split("\n", -1)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.put(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1)));
            }
        }
        return values;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
