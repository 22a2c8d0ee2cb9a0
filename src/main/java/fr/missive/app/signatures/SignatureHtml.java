package fr.missive.app.signatures;

/**
 * The formatted text of a signature as HTML for a preview: the letters' Markdown subset as far
 * as a signature uses it ({@code **bold**}, {@code *italic*} or {@code _italic_}, line breaks),
 * everything else shown as typed.
 */
public final class SignatureHtml {

    private SignatureHtml() {
    }

    public static String of(String formatted) {
        String text = escape(formatted == null ? "" : formatted.strip());
        text = text.replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("__(.+?)__", "<b>$1</b>");
        text = text.replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*", "<i>$1</i>")
                .replaceAll("(?<!\\w)_(?!\\s)(.+?)(?<!\\s)_(?!\\w)", "<i>$1</i>");
        return "<html><body>" + text.replace("\r\n", "\n").replace("\n", "<br>") + "</body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
