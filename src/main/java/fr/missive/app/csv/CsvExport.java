package fr.missive.app.csv;

import fr.missive.model.text.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file Missive writes goes through here, so that no cell can reach a spreadsheet as
 * a formula ({@link SpreadsheetCells#neutralise}). The writer stays the caller's: it is not
 * closed (standard output, for the command line), only flushed.
 */
public final class CsvExport {

    private final CSVPrinter printer;

    /** Starts the file with its header row. */
    public CsvExport(Writer out, char delimiter, List<String> header) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try {
            printer = new CSVPrinter(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(header);
    }

    /** One row; each value is written as its text, {@code null} as an empty cell. */
    public void row(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(value == null ? "" : SpreadsheetCells.neutralise(String.valueOf(value)));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
