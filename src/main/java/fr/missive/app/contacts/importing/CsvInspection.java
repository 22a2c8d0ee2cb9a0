package fr.missive.app.contacts.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link CsvInspector} found in a file: enough to show a preview, choose the mapping, and
 * read the file again the same way for the import.
 *
 * @param byteOrderMark whether the file starts with a byte order mark (skipped when reading)
 * @param headers       the values of the header record, on one line each and trimmed
 * @param preview       the first data records, at most {@link CsvInspector#PREVIEW_ROWS}
 * @param recordCount   how many data records follow the header, blank lines not counted
 */
public record CsvInspection(Path file, Charset charset, boolean byteOrderMark, char delimiter, List<String> headers,
                            List<CsvRow> preview, int recordCount, FileFingerprint fingerprint) {

    public CsvInspection {
        headers = List.copyOf(headers);
        preview = List.copyOf(preview);
    }

    /** The mapping guessed from the headers; see {@link ColumnMapping#suggest}. */
    public ColumnMapping suggestedMapping() {
        return ColumnMapping.suggest(headers);
    }

    int bomLength() {
        if (!byteOrderMark) {
            return 0;
        }
        // A UTF-8 mark is also skipped in a file found to be Windows-1252 after it.
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE) ? 2 : 3;
    }

    CsvRowReader openReader() throws IOException {
        return new CsvRowReader(file, charset, bomLength(), delimiter);
    }
}
