package fr.missive.render;

import fr.missive.render.ImageScaler.Scaled;
import fr.missive.model.letters.LetterContent;
import fr.missive.model.letters.MailBody;
import fr.missive.model.mail.InlineImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A merged letter as an e-mail body, from the same parsed blocks as its PDF: letterhead (logo
 * as an inline image, institution's name and details), place and date, "Objet :" line, the
 * text, and the signature block. The HTML has no style sheet, script, web font or remote image:
 * mail clients block those or strip them; the logo travels in the message and is shown by
 * {@code cid:} reference. The plain-text alternative says the same words.
 */
public final class HtmlMailBodyRenderer implements MailBodyRenderer {

    public static final String LOGO_CONTENT_ID = "logo@missive";
    public static final String SIGNATURE_CONTENT_ID = "signature@missive";

    private static final String FRAME = "max-width:640px;margin:0 auto;padding:16px;background-color:#ffffff;"
            + "color:#1a1a1a;font-family:Arial,Helvetica,'Liberation Sans',sans-serif;font-size:15px;"
            + "line-height:1.45;";
    private static final String IMAGE = "display:block;border:0;outline:none;text-decoration:none;";

    private final LetterImages images = new LetterImages(LetterImages.SCREEN_DPI);

    @Override
    public MailBody render(LetterContent letter) {
        List<TextBlock> blocks = MarkdownBlocks.parse(PdfLetterRenderer.clean(letter.body()));
        Scaled logo = letter.logoIfAny().map(images::logo).orElse(null);
        byte[] signatureBytes = letter.signatureImage();
        Scaled signature = signatureBytes == null ? null : images.signature(signatureBytes);
        List<InlineImage> inline = new ArrayList<>();
        if (logo != null) {
            inline.add(new InlineImage(LOGO_CONTENT_ID, logo.mediaType(), logo.bytes()));
        }
        if (signature != null) {
            inline.add(new InlineImage(SIGNATURE_CONTENT_ID, signature.mediaType(), signature.bytes()));
        }
        return new MailBody(html(letter, blocks, logo, signature), text(letter, blocks), inline);
    }

    private static String html(LetterContent letter, List<TextBlock> blocks, Scaled logo, Scaled signature) {
        StringBuilder html = new StringBuilder(8192);
        String name = PdfLetterRenderer.clean(letter.institution().name());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(letter.french() ? "fr" : "en").append("\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlBody.escape(PdfLetterRenderer.clean(letter.subject().isEmpty() ? name : letter.subject()), html);
        html.append("</title>\n</head>\n<body style=\"margin:0;padding:0;background-color:#ffffff;\">\n")
                .append("<div style=\"").append(FRAME).append("\">\n");

        html.append("<div style=\"margin:0 0 20px 0;\">");
        if (logo != null) {
            image(LOGO_CONTENT_ID, logo, name, LetterImages.LOGO_WIDTH_MM, LetterImages.LOGO_HEIGHT_MM, html);
        }
        html.append("<div style=\"margin:6px 0 2px 0;font-size:17px;font-weight:bold;\">");
        HtmlBody.escape(name, html).append("</div>");
        lines(LetterParts.letterheadDetails(letter), "font-size:13px;color:#444444;", html);
        html.append("</div>\n");

        if (!letter.placeAndDate().isEmpty()) {
            html.append("<p style=\"").append(HtmlBody.PARAGRAPH).append("text-align:right;\">");
            HtmlBody.escape(PdfLetterRenderer.clean(letter.placeAndDate()), html).append("</p>\n");
        }
        if (!letter.subject().isEmpty()) {
            html.append("<p style=\"margin:0 0 16px 0;font-weight:bold;\">");
            HtmlBody.escape(LetterParts.subjectLabel(letter) + PdfLetterRenderer.clean(letter.subject()), html)
                    .append("</p>\n");
        }
        HtmlBody.append(blocks, html);
        html.append('\n');
        signature(letter, signature, html);
        html.append("</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void signature(LetterContent letter, Scaled signature, StringBuilder html) {
        String function = PdfLetterRenderer.clean(letter.signatureFunction());
        String name = PdfLetterRenderer.clean(letter.signatureName());
        if (function.isEmpty() && name.isEmpty()) {
            return;
        }
        html.append("<div style=\"margin:24px 0 0 0;\">");
        if (!function.isEmpty()) {
            lines(List.of(function), "", html);
        }
        if (signature != null) {
            html.append("<div style=\"margin:4px 0;\">");
            image(SIGNATURE_CONTENT_ID, signature, name, LetterImages.SIGNATURE_WIDTH_MM,
                    LetterImages.SIGNATURE_HEIGHT_MM, html);
            html.append("</div>");
        }
        if (!name.isEmpty()) {
            html.append("<div style=\"font-weight:bold;\">");
            HtmlBody.escape(name, html).append("</div>");
        }
        html.append("</div>\n");
    }

    private static void lines(List<String> lines, String style, StringBuilder html) {
        if (lines.isEmpty()) {
            return;
        }
        html.append(style.isEmpty() ? "<div>" : "<div style=\"" + style + "\">");
        for (int i = 0; i < lines.size(); i++) {
            HtmlBody.escape(lines.get(i), html).append(i + 1 < lines.size() ? "<br>" : "");
        }
        html.append("</div>");
    }

    /** The image fitted to the box it has in the letter, measured in CSS pixels. */
    private static void image(String contentId, Scaled image, String alt, float boxWidthMm, float boxHeightMm,
            StringBuilder html) {
        double scale = Math.min((double) LetterImages.pixels(boxWidthMm, LetterImages.CSS_DPI) / image.width(),
                (double) LetterImages.pixels(boxHeightMm, LetterImages.CSS_DPI) / image.height());
        long width = Math.max(1, Math.round(image.width() * scale));
        long height = Math.max(1, Math.round(image.height() * scale));
        html.append("<img src=\"cid:").append(contentId).append("\" alt=\"");
        HtmlBody.escape(alt, html).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" style=\"").append(IMAGE).append("width:").append(width).append("px;height:")
                .append(height).append("px;\">");
    }

    private static String text(LetterContent letter, List<TextBlock> blocks) {
        StringBuilder text = new StringBuilder(4096);
        text.append(PdfLetterRenderer.clean(letter.institution().name())).append('\n');
        LetterParts.letterheadDetails(letter).forEach(line -> text.append(line).append('\n'));
        if (!letter.placeAndDate().isEmpty()) {
            text.append('\n').append(PdfLetterRenderer.clean(letter.placeAndDate())).append('\n');
        }
        if (!letter.subject().isEmpty()) {
            text.append('\n');
            PlainTextBody.wrap(LetterParts.subjectLabel(letter) + PdfLetterRenderer.clean(letter.subject()), "", "",
                    text);
        }
        if (!blocks.isEmpty()) {
            text.append('\n');
            PlainTextBody.append(blocks, text);
        }
        String function = PdfLetterRenderer.clean(letter.signatureFunction());
        String name = PdfLetterRenderer.clean(letter.signatureName());
        if (!function.isEmpty() || !name.isEmpty()) {
            text.append('\n');
            for (String line : List.of(function, name)) {
                if (!line.isEmpty()) {
                    text.append(line).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** The HTML of a letter with a short message (plain text, line breaks kept) as a paragraph above it. */
    public static String withIntro(String html, String intro) {
        int body = html.indexOf("<body");
        int open = body < 0 ? -1 : html.indexOf('>', body);
        StringBuilder paragraph = new StringBuilder("<p style=\"font-family:Arial,Helvetica,sans-serif;"
                + "font-size:14px;margin:16px;\">");
        String[] lines = intro.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            HtmlBody.escape(lines[i], paragraph).append(i + 1 < lines.length ? "<br>" : "");
        }
        paragraph.append("</p>\n");
        return open < 0 ? paragraph + html : html.substring(0, open + 1) + "\n" + paragraph + html.substring(open + 1);
    }
}
