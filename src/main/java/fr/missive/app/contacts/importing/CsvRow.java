package fr.missive.app.contacts.importing;

import fr.missive.model.text.Folding;

import java.util.List;

/**
 * One record of a CSV file, values as written (not trimmed).
 *
 * @param line the physical line of the file where the record starts, the first line being 1;
 *             a record with a line break inside a quoted value spans several lines
 */
public record CsvRow(int line, List<String> values) {

    public CsvRow {
        values = List.copyOf(values);
    }

    /** The value of a column, or "" when the row is shorter than that. */
    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }

    /** True for an empty line, and for a line of delimiters and spaces only. */
    public boolean isBlank() {
        for (String v : values) {
            if (!Folding.isBlank(v)) {
                return false;
            }
        }
        return true;
    }
}
