package fr.missive.model.sentlog;

import java.util.List;

/**
 * What a logged message says, read back from its MIME bytes.
 *
 * @param to          the To header, as displayed (name and address)
 * @param cc          the Cc header
 * @param text        the plain-text body (from the HTML one when there is no plain text)
 * @param attachments the attachments' file names
 */
public record SentContent(List<String> to, List<String> cc, String text, List<String> attachments) {

    public SentContent {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        text = text == null ? "" : text;
        attachments = List.copyOf(attachments);
    }
}
