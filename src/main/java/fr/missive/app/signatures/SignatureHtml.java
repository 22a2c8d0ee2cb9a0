package fr.missive.app.signatures;

import fr.missive.render.MailMarkdown;

/**
 * A signature and the message it closes as HTML, through the renderer of the letters sent
 * inline: the formatted text is the letters' Markdown (bold, italic, lists), each of its line
 * breaks kept; anything else (tags typed in it) is shown as typed.
 */
public final class SignatureHtml {

    private SignatureHtml() {
    }

    /** The signature alone, as an HTML document. */
    public static String of(String formatted) {
        return "<html><body>" + MailMarkdown.html(formatted) + "</body></html>";
    }

    /**
     * The HTML alternative of an e-mail: the body (Markdown) and, under the usual "-- " line, the
     * formatted signature, else the plain one line by line; {@code imageContentId}, when given,
     * shows the signature's image under it.
     */
    public static String message(String body, String formattedSignature, String plainSignature,
                                 String imageContentId) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n</head>\n"
                + "<body style=\"margin:0;padding:0;\">\n<div style=\"padding:8px;")
                .append(MailMarkdown.TEXT_STYLE).append("\">\n").append(MailMarkdown.html(body));
        boolean formatted = formattedSignature != null && !formattedSignature.isBlank();
        boolean plain = plainSignature != null && !plainSignature.isBlank();
        if (formatted || plain || imageContentId != null) {
            html.append("<div>-- <br>\n");
            if (formatted) {
                html.append(MailMarkdown.html(formattedSignature));
            } else if (plain) {
                html.append("<p style=\"margin:0;\">")
                        .append(MailMarkdown.escape(plainSignature.strip()).replace("\r\n", "\n").replace("\n", "<br>"))
                        .append("</p>\n");
            }
            if (imageContentId != null) {
                html.append("<img src=\"cid:").append(imageContentId).append("\" alt=\"\">\n");
            }
            html.append("</div>\n");
        }
        return html.append("</div>\n</body>\n</html>\n").toString();
    }
}
