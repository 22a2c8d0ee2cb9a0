package fr.missive.app.contacts.importing;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.text.SpreadsheetCells;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the records of a CSV file with Apache Commons CSV, telling the physical line each
 * starts on. Empty lines are returned as blank rows rather than skipped by the parser: the
 * parser's line count only gives a record's first line when every line is a record.
 */
final class CsvRowReader implements Closeable {

    /** Longer values (addresses, e-mail addresses) are rarely repeated. */
    private static final int SHARED_LENGTH = 40;
    /** At most this many distinct values are remembered, whatever the file. */
    private static final int SHARED_VALUES = 50_000;

    private final Map<String, String> repeated = new HashMap<>();
    private final Path file;
    private final CheckedInputStream bytes;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesBefore;

    CsvRowReader(Path file, Charset charset, int bomLength, char delimiter) throws IOException {
        this.file = file;
        InputStream in = Files.newInputStream(file);
        try {
            bytes = new CheckedInputStream(in, new CRC32());
            bytes.readNBytes(bomLength);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setQuote('"')
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false)
                    .setTrim(false)
                    // Accept "12"bis rather than refuse the file for a stray quote.
                    .setTrailingData(true)
                    .get();
            parser = CSVParser.builder().setReader(new InputStreamReader(bytes, charset)).setFormat(format).get();
            records = parser.iterator();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The next record, or {@code null} at the end of the file.
     *
     * @throws MissiveException when a quoted value is never closed
     * @throws IOException      when the file cannot be read any more
     */
    CsvRow next() throws IOException {
        int start = (int) linesBefore + 1;
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw new MissiveException(UserMessage.of("import.unclosedQuote", file.getFileName().toString(),
                        String.valueOf(start)), e);
            }
            throw e.getCause();
        }
        linesBefore = parser.getCurrentLineNumber();
        return new CsvRow(start, restored(record.toList()));
    }

    /**
     * The cells without the apostrophe Missive's own exports put before a formula character; a
     * short value seen before (a class, a town, a first name, "Oui") is the same String as then.
     */
    private List<String> restored(List<String> cells) {
        List<String> restored = new ArrayList<>(cells.size());
        for (String cell : cells) {
            restored.add(shared(SpreadsheetCells.restore(cell)));
        }
        return restored;
    }

    /**
     * A dry run keeps every new contact in memory (DryRunStaging): 100,000 pupils with their
     * guardians hold a String per cell, most of them repeats. Shared, such a dry run fits in
     * {@code -Xmx180m}, not without (measured); a real import, which writes its contacts in
     * batches, is as fast either way.
     */
    private String shared(String cell) {
        if (cell.length() > SHARED_LENGTH) {
            return cell;
        }
        String seen = repeated.get(cell);
        if (seen != null) {
            return seen;
        }
        if (repeated.size() < SHARED_VALUES) {
            repeated.put(cell, cell);
        }
        return cell;
    }

    /** The next record that is not blank, or {@code null} at the end of the file. */
    CsvRow nextNonBlank() throws IOException {
        CsvRow row;
        do {
            row = next();
        } while (row != null && row.isBlank());
        return row;
    }

    /** CRC-32 of every byte of the file, once {@link #next()} has returned {@code null}. */
    long checksum() throws IOException {
        byte[] rest = new byte[8192];
        while (bytes.read(rest) != -1) {
            // The parser stops at the end of the text; count any bytes it left unread.
        }
        return bytes.getChecksum().getValue();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
