package fr.missive.app.contacts.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Finds the character set of a CSV file the way spreadsheets write them: a byte order mark
 * says UTF-16; otherwise the file is UTF-8 (pure ASCII included) unless it reads better as
 * Windows-1252, what Excel writes on a French Windows PC. ISO-8859-1 is never the answer:
 * Windows-1252 reads the same letters and also ’ Œ œ €.
 *
 * <p>The choice is made line by line over the whole file, never on a sample (one stray byte
 * may sit on line 50,002): lines holding valid UTF-8 sequences (é as two bytes) vote for UTF-8,
 * lines holding bytes that are not UTF-8 but read as Windows-1252 text (é as one byte, no
 * control character) vote for Windows-1252, and the majority wins, UTF-8 on a tie. So a few
 * stray bytes or a block of binary garbage never switch a UTF-8 file to Windows-1252; the lines
 * that do not decode are then rejected one by one by the import ({@link RowText}).
 *
 * <p>Reads the whole file once, computing its {@link FileFingerprint} in the same pass.
 */
final class EncodingDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CHUNK = 64 * 1024;

    /** The charset found, the length of the byte order mark to skip, and the fingerprint. */
    record Detected(Charset charset, int bomLength, FileFingerprint fingerprint) {
    }

    private EncodingDetector() {
    }

    static Detected detect(Path file) throws IOException {
        var lastModified = Files.getLastModifiedTime(file).toInstant();
        CRC32 crc = new CRC32();
        long size;
        Charset bomCharset;
        LineVotes votes;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            crc.update(head);
            bomCharset = bomCharset(head);
            boolean utf8Expected = bomCharset == null || bomCharset == StandardCharsets.UTF_8;
            votes = utf8Expected ? new LineVotes() : null;
            if (votes != null) {
                votes.feed(head, bomLength(bomCharset), head.length);
            }
            size = head.length;
            byte[] buffer = new byte[CHUNK];
            int n;
            while ((n = in.read(buffer)) != -1) {
                crc.update(buffer, 0, n);
                size += n;
                if (votes != null) {
                    votes.feed(buffer, 0, n);
                }
            }
            if (votes != null) {
                votes.endLine();
            }
        }
        Charset charset = bomCharset == StandardCharsets.UTF_16LE || bomCharset == StandardCharsets.UTF_16BE
                ? bomCharset : votes.windows1252Lines > votes.utf8Lines ? WINDOWS_1252 : StandardCharsets.UTF_8;
        return new Detected(charset, bomLength(bomCharset), new FileFingerprint(size, lastModified, crc.getValue()));
    }

    /**
     * Strict UTF-8 validation of a stream of chunks, line by line (a line feed never occurs
     * inside a UTF-8 sequence), counting the lines that vote for each character set.
     * Hand-written rather than a CharsetDecoder, which tells neither where nor how often.
     */
    static final class LineVotes {
        /** Lines with at least one multi-byte UTF-8 sequence and nothing invalid. */
        int utf8Lines;
        /** Lines with bytes that are not UTF-8 yet read as Windows-1252 text. */
        int windows1252Lines;
        /** Lines with bytes that are neither: garbage, voting for nothing. */
        int garbageLines;

        private int pending;
        private int lowerBound = 0x80;
        private int upperBound = 0xBF;
        private boolean multiByte;
        private boolean invalid;
        private boolean notWindows1252;

        void feed(byte[] data, int from, int to) {
            for (int i = from; i < to; i++) {
                int b = data[i] & 0xFF;
                if (pending > 0) {
                    if (b >= lowerBound && b <= upperBound) {
                        lowerBound = 0x80;
                        upperBound = 0xBF;
                        if (--pending == 0) {
                            multiByte = true;
                        }
                        continue;
                    }
                    // The sequence is cut short; this byte starts afresh.
                    invalid = true;
                    pending = 0;
                    lowerBound = 0x80;
                    upperBound = 0xBF;
                }
                if (b < 0x80) {
                    if (b == '\n') {
                        endLine();
                    } else if (b < 0x20 && b != '\t' && b != '\r' || b == 0x7F) {
                        notWindows1252 = true;
                    }
                } else {
                    lead(b);
                    if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                        notWindows1252 = true;
                    }
                }
            }
        }

        private void lead(int b) {
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                // No overlong forms (E0 80…), no surrogates (ED A0…).
                lowerBound = b == 0xE0 ? 0xA0 : 0x80;
                upperBound = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                lowerBound = b == 0xF0 ? 0x90 : 0x80;
                upperBound = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                invalid = true;
            }
        }

        void endLine() {
            if (pending > 0) {
                invalid = true;
            }
            if (invalid) {
                if (notWindows1252) {
                    garbageLines++;
                } else {
                    windows1252Lines++;
                }
            } else if (multiByte) {
                utf8Lines++;
            }
            pending = 0;
            lowerBound = 0x80;
            upperBound = 0xBF;
            multiByte = false;
            invalid = false;
            notWindows1252 = false;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int bomLength(Charset bomCharset) {
        return bomCharset == null ? 0 : bomCharset == StandardCharsets.UTF_8 ? 3 : 2;
    }
}
