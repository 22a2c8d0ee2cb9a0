package fr.missive.model.letters;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Replaces {@code {{field}}} in a template's subject and body in a single pass: a value that
 * itself contains {@code {{…}}} is never expanded again. In the body, Markdown characters of a
 * value are escaped ("O*Neill" stays "O*Neill", not italic) and its line breaks become spaces.
 */
public final class Merge {

    /** ASCII punctuation that could start Markdown syntax; CommonMark allows escaping any of it. */
    private static final String MARKDOWN_SPECIALS = "\\`*_[]<>#!|~&-+.(){}=\"";

    private Merge() {
    }

    public static MergedLetter apply(LetterTemplate template, MergeValues values) {
        Set<String> unknown = new LinkedHashSet<>();
        boolean[] unterminated = {false};
        String subject = replace(template.subject(), values, false, unknown, unterminated);
        String body = replace(template.body(), values, true, unknown, unterminated);
        return new MergedLetter(subject, body, java.util.List.copyOf(unknown), unterminated[0]);
    }

    private static String replace(String text, MergeValues values, boolean markdown, Set<String> unknown,
            boolean[] unterminated) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            int close = text.indexOf("}}", open + 2);
            int nextOpen = text.indexOf("{{", open + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                unterminated[0] |= close < 0;
                out.append(text, i, open + 2);
                i = open + 2;
                continue;
            }
            out.append(text, i, open);
            String name = text.substring(open + 2, close).strip();
            var value = values.value(name);
            if (value.isPresent()) {
                out.append(markdown ? escapeMarkdown(value.get()) : singleLine(value.get()));
            } else {
                unknown.add(name);
                out.append(text, open, close + 2);
            }
            i = close + 2;
        }
        return out.toString();
    }

    /** The value as literal Markdown text on one line. */
    public static String escapeMarkdown(String value) {
        String line = singleLine(value);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String singleLine(String value) {
        return value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
