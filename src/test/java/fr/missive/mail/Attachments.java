package fr.missive.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The attachments of a received message, read back for tests as "name type content". */
public final class Attachments {

    private Attachments() {
    }

    /** "name type content" for each attachment of the top-level multipart, content as UTF-8. */
    public static List<String> of(MimeMessage message) {
        try {
            Multipart parts = (Multipart) message.getContent();
            List<String> found = new ArrayList<>();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    found.add(part.getFileName() + " " + part.getContentType().split(";")[0].strip() + " "
                            + new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
