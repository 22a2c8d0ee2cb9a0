package fr.missive.model.text;

/**
 * The start of a text quoted in a message: a value or a line of a file can be megabytes long,
 * and a message that quotes it whole is as long as the input and says nothing more.
 */
public final class Excerpt {

    /** Enough to recognise a name, an address or a header; short enough for one line of a report. */
    public static final int MAX_LENGTH = 80;

    private Excerpt() {
    }

    /** The text on one line, cut after {@link #MAX_LENGTH} characters with "…". */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        // Fold only the start: folding a 5 MB line to keep 80 characters would be wasted work.
        String head = text.length() > 4 * MAX_LENGTH ? text.substring(0, 4 * MAX_LENGTH) : text;
        String line = Folding.singleLine(head);
        if (line.length() <= MAX_LENGTH && head.length() == text.length()) {
            return line;
        }
        int end = Math.min(line.length(), MAX_LENGTH);
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end).strip() + "…";
    }
}
