package fr.missive.app.contacts.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Finds the character set of a CSV file the way spreadsheets write them: a byte order mark
 * says UTF-16, or UTF-8; otherwise a file that decodes as strict UTF-8 is UTF-8 (pure ASCII
 * included), and anything else is Windows-1252, what Excel writes on a French Windows PC.
 * ISO-8859-1 is never the answer: Windows-1252 reads the same letters and also ’ Œ œ €.
 *
 * <p>Reads the whole file once (one bad byte may sit on the last line), computing its
 * {@link FileFingerprint} in the same pass.
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
        boolean validUtf8;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            crc.update(head);
            bomCharset = bomCharset(head);
            boolean utf8Expected = bomCharset == null || bomCharset == StandardCharsets.UTF_8;
            Utf8Check check = utf8Expected ? new Utf8Check() : null;
            if (check != null) {
                check.feed(head, head.length);
            }
            size = head.length;
            byte[] buffer = new byte[CHUNK];
            int n;
            while ((n = in.read(buffer)) != -1) {
                crc.update(buffer, 0, n);
                size += n;
                if (check != null) {
                    check.feed(buffer, n);
                }
            }
            validUtf8 = check == null || check.finish();
        }
        // A UTF-8 mark before bytes that are not UTF-8 was added by a tool to a Windows file.
        Charset charset = bomCharset == StandardCharsets.UTF_16LE || bomCharset == StandardCharsets.UTF_16BE
                ? bomCharset : validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new Detected(charset, bomLength(bomCharset), new FileFingerprint(size, lastModified, crc.getValue()));
    }

    /** Strict UTF-8 decoding of a stream of chunks, remembering only whether it failed. */
    private static final class Utf8Check {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Room for a chunk plus the incomplete sequence (at most 3 bytes) left by the previous one.
        private final ByteBuffer pending = ByteBuffer.allocate(CHUNK + 8);
        // A UTF-8 text never has more chars than bytes, so decoding cannot overflow this.
        private final CharBuffer chars = CharBuffer.allocate(CHUNK + 8);
        private boolean valid = true;

        void feed(byte[] data, int length) {
            if (!valid) {
                return;
            }
            pending.put(data, 0, length).flip();
            chars.clear();
            valid = !decoder.decode(pending, chars, false).isError();
            pending.compact();
        }

        boolean finish() {
            if (valid) {
                pending.flip();
                chars.clear();
                valid = !decoder.decode(pending, chars, true).isError() && !decoder.flush(chars).isError();
            }
            return valid;
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
