package fr.missive.app.signatures;

/**
 * The formatted text of a signature as HTML for a preview: the letters' Markdown subset as far
 * as a signature uses it ({@code **bold**}, {@code *italic*} or {@code _italic_}, line breaks),
 * everything else shown as typed.
 */
public final class SignatureHtml {

    private SignatureHtml() {
    }

    /** The signature alone, as an HTML document. */
    public static String of(String formatted) {
        return "<html><body>" + fragment(formatted) + "</body></html>";
    }

    /**
     * A plain-text message followed by the formatted signature, as the HTML alternative of an
     * e-mail; {@code imageContentId}, when given, shows the signature's image under it.
     */
    public static String message(String text, String formatted, String imageContentId) {
        StringBuilder html = new StringBuilder("<html><body><div>");
        html.append(escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br>\n")).append("</div>");
        html.append("<div>-- <br>\n").append(fragment(formatted));
        if (imageContentId != null) {
            html.append("<br>\n<img src=\"cid:").append(imageContentId).append("\" alt=\"\">");
        }
        return html.append("</div></body></html>").toString();
    }

    private static String fragment(String formatted) {
        String text = escape(formatted == null ? "" : formatted.strip());
        text = text.replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("__(.+?)__", "<b>$1</b>");
        text = text.replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*", "<i>$1</i>")
                .replaceAll("(?<!\\w)_(?!\\s)(.+?)(?<!\\s)_(?!\\w)", "<i>$1</i>");
        return text.replace("\r\n", "\n").replace("\n", "<br>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
