package fr.missive.app.contacts.importing;

import fr.missive.model.text.Excerpt;

import fr.missive.model.text.Folding;

import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens a CSV file chosen by the user and finds how it is written (character set, separator,
 * header) before anything is imported, so the user can check a preview and the mapping.
 * Anything that makes the file unusable is reported here as a {@link MissiveException}.
 */
public final class CsvInspector {

    public static final int PREVIEW_ROWS = 20;
    /** How much of the start of the file is looked at for the separator and binary content. */
    private static final int SAMPLE_CHARS = 64 * 1024;
    /** Share of control characters above which the file is taken for binary. */
    private static final double CONTROL_RATIO = 0.05;

    /**
     * Reads the whole file once to find its character set, then once to count its records.
     *
     * @throws MissiveException when the file is missing, unreadable, empty, binary, has no
     *                          header row, or has a single column that is not a name
     */
    public CsvInspection inspect(Path file) {
        return inspect(file, null, null);
    }

    /**
     * As {@link #inspect(Path)}, read with the character set or the separator the user chose in
     * the preview instead of the detected one. A byte order mark is skipped only when it
     * belongs to the chosen character set.
     *
     * @param charset   {@code null} to detect it
     * @param chosenDelimiter {@code null} to detect it
     */
    public CsvInspection inspect(Path file, Charset charset, Character chosenDelimiter) {
        String name = String.valueOf(file.getFileName());
        if (!Files.exists(file)) {
            throw fatal("import.fileNotFound", file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw fatal("import.notAFile", file.toString());
        }
        try {
            EncodingDetector.Detected detected = chosen(EncodingDetector.detect(file), charset);
            Sample sample = readSample(file, detected);
            // A ratio rather than any NUL: a few stray bytes are lines to reject, not a file to refuse.
            if (controlRatio(sample.text()) > CONTROL_RATIO) {
                throw fatal("import.binaryFile", name);
            }
            if (sample.text().isBlank()) {
                throw fatal("import.emptyFile", name);
            }
            Optional<Character> found = chosenDelimiter != null ? Optional.of(chosenDelimiter)
                    : DelimiterDetector.detect(sample.text(), sample.truncated());
            // Without any separator the file is one column; ';' then splits nothing on the first lines.
            char delimiter = found.orElse(';');
            CsvInspection inspection = readRecords(file, detected, delimiter);
            checkHeader(inspection.headers(), name);
            if (found.isEmpty() && !isNameColumn(inspection.headers())) {
                throw fatal("import.noDelimiter", name, Excerpt.of(inspection.headers().get(0)));
            }
            return inspection;
        } catch (IOException e) {
            throw new MissiveException(UserMessage.of("import.fileUnreadable", name, String.valueOf(e.getMessage())), e);
        }
    }

    private static EncodingDetector.Detected chosen(EncodingDetector.Detected detected, Charset charset) {
        if (charset == null || charset.equals(detected.charset())) {
            return detected;
        }
        return new EncodingDetector.Detected(charset, 0, detected.fingerprint());
    }

    private record Sample(String text, boolean truncated) {
    }

    private static Sample readSample(Path file, EncodingDetector.Detected detected) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(detected.bomLength());
            Reader reader = new InputStreamReader(in, detected.charset());
            char[] buffer = new char[SAMPLE_CHARS];
            int length = 0;
            int n;
            while (length < buffer.length && (n = reader.read(buffer, length, buffer.length - length)) != -1) {
                length += n;
            }
            return new Sample(new String(buffer, 0, length), length == buffer.length);
        }
    }

    /**
     * Control characters other than tab and line breaks, and the replacement character that
     * undecodable bytes become, are rare in text and common in spreadsheets, images and PDFs.
     */
    private static double controlRatio(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (!layout && (c < 0x20 || c == 0x7F || c == '\uFFFD')) {
                control++;
            }
        }
        return text.isEmpty() ? 0 : (double) control / text.length();
    }

    private static CsvInspection readRecords(Path file, EncodingDetector.Detected detected, char delimiter)
            throws IOException {
        try (CsvRowReader reader = new CsvRowReader(file, detected.charset(), detected.bomLength(), delimiter)) {
            CsvRow header = reader.nextNonBlank();
            if (header == null) {
                throw fatal("import.emptyFile", String.valueOf(file.getFileName()));
            }
            List<CsvRow> preview = new ArrayList<>();
            int count = 0;
            for (CsvRow row = reader.nextNonBlank(); row != null; row = reader.nextNonBlank()) {
                if (preview.size() < PREVIEW_ROWS) {
                    preview.add(row);
                }
                count++;
            }
            return new CsvInspection(file, detected.charset(), detected.bomLength() > 0, delimiter,
                    headers(header), preview, count, detected.fingerprint());
        }
    }

    private static List<String> headers(CsvRow header) {
        List<String> headers = new ArrayList<>(header.values().size());
        for (String value : header.values()) {
            // A second byte order mark, left by a tool that added its own, is not part of the name.
            headers.add(Folding.singleLine(value.replace("\uFEFF", "")));
        }
        return headers;
    }

    /**
     * A header row names columns. When a cell of the first row is an e-mail address, or no
     * cell has a letter, the file starts with data, and its first contact would be taken for
     * the header. (Rows of empty cells before the header are skipped like empty lines.)
     */
    private static void checkHeader(List<String> headers, String name) {
        boolean holdsAddress = headers.stream().anyMatch(h -> h.contains("@") && EmailAddress.isValid(h));
        boolean noLetter = headers.stream().noneMatch(h -> h.codePoints().anyMatch(Character::isLetter));
        if (holdsAddress || noLetter) {
            throw fatal("import.noHeader", name);
        }
    }

    private static boolean isNameColumn(List<String> headers) {
        ContactField field = ColumnMapping.suggest(headers).target(0);
        return field == ContactField.LAST_NAME || field == ContactField.FIRST_NAME;
    }

    private static MissiveException fatal(String key, Object... args) {
        return new MissiveException(UserMessage.of(key, args));
    }
}
