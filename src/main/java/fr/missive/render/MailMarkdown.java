package fr.missive.render;

import java.util.List;

/**
 * An e-mail body or signature written in the letters' Markdown, as the two alternatives of a
 * message: the HTML of the letter sent inline (same parser, same e-mail-safe markup) and its
 * readable plain text (no asterisks or backslashes). Unlike a letter, every line break of a
 * paragraph is kept: e-mail bodies and signatures were plain text typed line by line, and they
 * must read as they always did.
 */
public final class MailMarkdown {

    /** The type and spacing of the e-mail, as the inline letter has them, without its frame. */
    public static final String TEXT_STYLE = "color:#1a1a1a;font-family:Arial,Helvetica,'Liberation Sans',"
            + "sans-serif;font-size:15px;line-height:1.45;";

    private MailMarkdown() {
    }

    /** The body as HTML block elements (p, ul, ol, h1–h3, strong, em, br), to put in a document. */
    public static String html(String markdown) {
        StringBuilder out = new StringBuilder();
        HtmlBody.append(blocks(markdown), out);
        return out.toString();
    }

    /** The body as plain text, lines wrapped at 72 columns, lists marked with "- " and "1. ". */
    public static String text(String markdown) {
        List<TextBlock> blocks = blocks(markdown);
        StringBuilder out = new StringBuilder();
        PlainTextBody.append(blocks, out);
        return out.toString().stripTrailing();
    }

    /** Text as HTML, every character shown as typed. */
    public static String escape(String text) {
        return HtmlBody.escape(text == null ? "" : text, new StringBuilder()).toString();
    }

    private static List<TextBlock> blocks(String markdown) {
        return MarkdownBlocks.parse(PdfLetterRenderer.clean(markdown == null ? "" : markdown), true);
    }
}
