package fr.missive.app.contacts.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Guesses the column separator from the start of a file. French Excel writes ';', English
 * Excel ',', some exports a tab. Each candidate is counted outside quotes on the first lines;
 * the one that splits the most lines into as many columns as the header wins, provided it
 * also occurs after the header. Consistency
 * matters more than frequency: "12, rue des Écoles" in an unquoted ';' file adds commas to
 * some lines only.
 */
final class DelimiterDetector {

    static final char[] CANDIDATES = {';', ',', '\t'};
    private static final int LINES = 20;

    private DelimiterDetector() {
    }

    /** The separator, or empty when no candidate appears on the first line and a later one. */
    static Optional<Character> detect(String sample, boolean truncated) {
        List<int[]> counts = countPerLine(sample, truncated);
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        int best = -1;
        int bestConsistent = -1;
        int[] header = counts.get(0);
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (header[c] == 0) {
                continue;
            }
            int consistent = 0;
            int containing = 0;
            for (int[] line : counts.subList(1, counts.size())) {
                consistent += line[c] == header[c] ? 1 : 0;
                containing += line[c] > 0 ? 1 : 0;
            }
            // A separator found in the header but on no other line is a comma of a sentence.
            if (counts.size() > 1 && containing == 0) {
                continue;
            }
            // Strictly better consistency wins; on a tie, the one giving more columns.
            if (consistent > bestConsistent || consistent == bestConsistent && header[c] > header[best]) {
                best = c;
                bestConsistent = consistent;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(CANDIDATES[best]);
    }

    /**
     * For each non-blank logical line (a quoted line break does not end a line), how many times
     * each candidate occurs outside quotes. A line cut by the end of a truncated sample is left
     * out, its counts being partial, unless it is the header and nothing else was read.
     */
    private static List<int[]> countPerLine(String sample, boolean truncated) {
        List<int[]> lines = new ArrayList<>();
        int[] current = new int[CANDIDATES.length];
        boolean inQuotes = false;
        boolean blank = true;
        for (int i = 0; i < sample.length() && lines.size() < LINES; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
                if (!blank) {
                    lines.add(current);
                }
                current = new int[CANDIDATES.length];
                blank = true;
                continue;
            } else if (!inQuotes) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (ch == CANDIDATES[c]) {
                        current[c]++;
                    }
                }
            }
            if (!Character.isWhitespace(ch)) {
                blank = false;
            }
        }
        // A header wider than the whole sample (20,000 columns) still shows its separators.
        if (!blank && (!truncated || lines.isEmpty()) && lines.size() < LINES) {
            lines.add(current);
        }
        return lines;
    }
}
