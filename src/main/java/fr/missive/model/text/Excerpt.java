package fr.missive.model.text;

/**
 * The start of a text quoted in a message: a value or a line of a file can be megabytes long,
 * and a message that quotes it whole is as long as the input and says nothing more.
 */
public final class Excerpt {

    /** Enough to recognise a name, an address or a header; short enough for one line of a report. */
    public static final int MAX_LENGTH = 80;

    /** A list of names (a file's headers) the reader chooses from: a usual file's list stays whole. */
    public static final int LIST_MAX_LENGTH = 400;

    private Excerpt() {
    }

    /** The text on one line, cut after {@link #MAX_LENGTH} characters with "…". */
    public static String of(String text) {
        return of(text, MAX_LENGTH);
    }

    /** The names joined by commas on one line, cut after {@link #LIST_MAX_LENGTH} characters with "…". */
    public static String ofList(Iterable<String> names) {
        StringBuilder joined = new StringBuilder();
        for (String name : names) {
            if (joined.length() > 4 * LIST_MAX_LENGTH) {
                break; // a 20,000-column header: the rest would be cut anyway
            }
            if (joined.length() > 0) {
                joined.append(", ");
            }
            joined.append(name);
        }
        return of(joined.toString(), LIST_MAX_LENGTH);
    }

    private static String of(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        // Fold only the start: folding a 5 MB line to keep 80 characters would be wasted work.
        String head = text.length() > 4 * maxLength ? text.substring(0, 4 * maxLength) : text;
        String line = Folding.singleLine(head);
        if (line.length() <= maxLength && head.length() == text.length()) {
            return line;
        }
        int end = Math.min(line.length(), maxLength);
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end).strip() + "…";
    }
}
