package fr.missive.app.compose;

import fr.missive.app.ValidationException;
import fr.missive.model.mail.HeaderText;
import fr.missive.model.text.Excerpt;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Attachment;
import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A file the user chose, as an attachment: its bytes and the MIME type a mail program expects
 * of it, so that the recipient's program opens a PDF as a PDF.
 */
public final class AttachmentFiles {

    /**
     * The documents a secretariat sends, by extension: the operating system's own table (which
     * {@link Files#probeContentType} reads) differs between machines and may lack the office ones.
     */
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("zip", "application/zip"));

    private AttachmentFiles() {
    }

    /** The MIME type for the file's name: the table above, else the system's guess, else octet-stream. */
    public static String mimeType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String known = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        try {
            String probed = Files.probeContentType(file);
            if (probed != null) {
                return probed;
            }
        } catch (IOException e) {
            // The name-based guess below still applies.
        }
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed == null ? "application/octet-stream" : guessed;
    }

    /**
     * Refuses a file whose name cannot be an attachment's: a line break in it would end the
     * attachment's header in the message.
     *
     * @throws ValidationException naming the file
     */
    public static void checkName(Path file) {
        String name = file.getFileName().toString();
        if (HeaderText.hasForbiddenCharacter(name)) {
            throw ValidationException.of("attach", UserMessage.of("document.fileNameForbidden", Excerpt.of(name)));
        }
    }

    /** Reads the file whole; says in the user's words which file could not be read. */
    public static Attachment read(Path file) {
        checkName(file);
        try {
            return new Attachment(file.getFileName().toString(), mimeType(file), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new MissiveException(UserMessage.of("document.fileUnreadable", file.toString()));
        }
    }
}
