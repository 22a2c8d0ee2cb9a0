package fr.missive.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints rows as left-aligned columns separated by two spaces, for a terminal. */
final class TablePrinter {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TablePrinter(List<String> header) {
        this.header = header;
    }

    void add(List<String> row) {
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        measure(header, widths);
        rows.forEach(r -> measure(r, widths));
        printRow(out, header, widths);
        rows.forEach(r -> printRow(out, r, widths));
    }

    private static void measure(List<String> row, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], cell(row, i).length());
        }
    }

    private static String cell(List<String> row, int i) {
        String value = i < row.size() && row.get(i) != null ? row.get(i) : "";
        return value.replaceAll("\\R", " ");
    }

    private static void printRow(PrintWriter out, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String value = cell(row, i);
            line.append(value);
            if (i < widths.length - 1) {
                line.append(" ".repeat(widths[i] - value.length() + 2));
            }
        }
        out.println(line.toString().stripTrailing());
    }
}
