package fr.missive.ui.richtext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What Word, LibreOffice and web browsers put on the clipboard as {@code text/html}, reduced to
 * what a letter can hold: paragraphs, line breaks, headings, bulleted and numbered lists (real
 * {@code <ul>}/{@code <ol>}, or Word's {@code mso-list} paragraphs with their typed bullet), bold
 * and italic (tags, or a {@code font-weight}/{@code font-style} in a style). Fonts, colours,
 * sizes, images and tables go: a table cell becomes a paragraph. {@code {{code}}} of a known
 * field becomes a field; any other braces stay text.
 */
final class HtmlPaste {

    private static final Pattern MSO_LEVEL = Pattern.compile("mso-list:\\s*l\\d+\\s*level(\\d+)");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]");
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");

    private final Predicate<String> known;
    private final List<Para> out = new ArrayList<>();
    private List<Run> line = new ArrayList<>();
    private Para.Kind kind = Para.Kind.BODY;
    private int level;
    private boolean continued;

    private HtmlPaste(Predicate<String> known) {
        this.known = known;
    }

    static List<Para> read(String html, Predicate<String> known) {
        Document doc = Jsoup.parse(html);
        HtmlPaste paste = new HtmlPaste(known);
        paste.block(doc.body(), 0, null);
        paste.endLine();
        return List.copyOf(paste.out);
    }

    /** Plain text: one paragraph per line, known {@code {{fields}}} as fields. */
    static List<Para> plain(String text, Predicate<String> known) {
        HtmlPaste paste = new HtmlPaste(known);
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (String l : lines) {
            paste.text(l, false, false);
            paste.endLine();
            paste.out.add(null);
        }
        List<Para> paras = new ArrayList<>();
        boolean empty = true;
        for (Para p : paste.out) {
            if (p == null) {
                if (empty) {
                    paras.add(Para.body(List.of()));
                }
                empty = true;
            } else {
                paras.add(p);
                empty = false;
            }
        }
        // Each line of plain text made one paragraph, an empty line none more.
        paras.removeIf(p -> p.runs().isEmpty() && paras.size() > 1);
        return paras.isEmpty() ? List.of(Para.body(List.of())) : List.copyOf(paras);
    }

    private void block(Element element, int listDepth, Para.Kind listKind) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                text(collapse(text.getWholeText()), false, false);
            } else if (child instanceof Element e) {
                element(e, listDepth, listKind, false, false);
            }
        }
    }

    private void element(Element e, int listDepth, Para.Kind listKind, boolean bold, boolean italic) {
        String tag = e.normalName();
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("mso-list:ignore") || style.contains("display:none")) {
            return;
        }
        switch (tag) {
            case "head", "style", "script", "img", "title", "meta", "link", "svg", "o:p" -> {
                return;
            }
            case "br" -> {
                if (!line.isEmpty()) {
                    Para.Kind k = kind;
                    int l = level;
                    endLine();
                    kind = k;
                    level = l;
                    continued = true;
                }
                return;
            }
            case "ul", "ol" -> {
                endLine();
                for (Element item : e.children()) {
                    if (item.normalName().equals("li")) {
                        endLine();
                        kind = tag.equals("ol") ? Para.Kind.ORDERED : Para.Kind.BULLET;
                        level = listDepth + 1;
                        inline(item, listDepth + 1, kind, bold, italic);
                        endLine();
                    } else {
                        element(item, listDepth + 1, tag.equals("ol") ? Para.Kind.ORDERED : Para.Kind.BULLET,
                                bold, italic);
                    }
                }
                return;
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                endLine();
                kind = Para.Kind.HEADING;
                level = tag.charAt(1) - '0';
                inline(e, listDepth, listKind, false, false);
                endLine();
                return;
            }
            case "p", "div", "li", "td", "th", "blockquote", "pre", "address", "section", "article", "dt", "dd",
                    "caption" -> {
                if (!line.isEmpty()) {
                    endLine();
                }
                Matcher word = MSO_LEVEL.matcher(style);
                if (word.find()) {
                    // Word: a list item is a paragraph naming its level, its bullet typed in a hidden span.
                    kind = wordNumbered(e) ? Para.Kind.ORDERED : Para.Kind.BULLET;
                    level = Integer.parseInt(word.group(1));
                }
                inline(e, listDepth, listKind, bold, italic);
                endLine();
                return;
            }
            default -> inline(e, listDepth, listKind, bold || isBold(tag, style), italic || isItalic(tag, style));
        }
    }

    private void inline(Element e, int listDepth, Para.Kind listKind, boolean bold, boolean italic) {
        String tag = e.normalName();
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        boolean b = (bold || isBold(tag, style)) && !style.contains("font-weight:normal")
                && !style.contains("font-weight:400");
        boolean i = (italic || isItalic(tag, style)) && !style.contains("font-style:normal");
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text) {
                text(collapse(text.getWholeText()), b, i);
            } else if (child instanceof Element inner) {
                String innerTag = inner.normalName();
                if (isBlock(innerTag)) {
                    element(inner, listDepth, listKind, b, i);
                } else {
                    String innerStyle = inner.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
                    if (innerStyle.contains("mso-list:ignore") || innerTag.equals("img") || innerTag.equals("o:p")
                            || innerTag.equals("style") || innerTag.equals("script")) {
                        continue;
                    }
                    if (innerTag.equals("br")) {
                        element(inner, listDepth, listKind, b, i);
                    } else {
                        inline(inner, listDepth, listKind, b, i);
                    }
                }
            }
        }
    }

    private static boolean isBlock(String tag) {
        return switch (tag) {
            case "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tr",
                    "td", "th", "blockquote", "pre", "section", "article", "address", "dl", "dt", "dd" -> true;
            default -> false;
        };
    }

    private static boolean isBold(String tag, String style) {
        return tag.equals("b") || tag.equals("strong") || style.contains("font-weight:bold")
                || style.matches(".*font-weight:[6-9]00.*");
    }

    private static boolean isItalic(String tag, String style) {
        return tag.equals("i") || tag.equals("em") || style.contains("font-style:italic");
    }

    private static boolean wordNumbered(Element paragraph) {
        for (Element span : paragraph.select("span")) {
            if (span.attr("style").toLowerCase(Locale.ROOT).replace(" ", "").contains("mso-list:ignore")) {
                return NUMBERED.matcher(span.text()).find();
            }
        }
        return false;
    }

    private static String collapse(String text) {
        return text.replaceAll("[ \\t\\r\\n]+", " ");
    }

    private void text(String text, boolean bold, boolean italic) {
        String t = line.isEmpty() ? text.stripLeading() : text;
        if (t.isEmpty()) {
            return;
        }
        Matcher m = FIELD.matcher(t);
        int at = 0;
        while (m.find()) {
            if (known.test(m.group(1))) {
                line.add(Run.text(t.substring(at, m.start()), bold, italic));
                line.add(Run.field(m.group(1), bold, italic));
                at = m.end();
            }
        }
        line.add(Run.text(t.substring(at), bold, italic));
    }

    private void endLine() {
        List<Run> runs = trimmed(line);
        if (!runs.isEmpty()) {
            out.add(new Para(kind, kind == Para.Kind.BODY ? 0 : Math.max(1, level), kind == Para.Kind.ORDERED ? 1 : 0,
                    kind == Para.Kind.ORDERED ? '.' : kind == Para.Kind.BULLET ? '-' : ' ', continued && !out.isEmpty(),
                    runs));
        }
        line = new ArrayList<>();
        kind = Para.Kind.BODY;
        level = 0;
        continued = false;
    }

    /** Without the spaces (and no-break spaces Word pads with) at either end. */
    private static List<Run> trimmed(List<Run> runs) {
        List<Run> out = new ArrayList<>(Para.body(runs).runs());
        while (!out.isEmpty() && !out.get(out.size() - 1).isField()) {
            Run last = out.get(out.size() - 1);
            String t = last.text().replaceAll("[\\s\\u00A0]+$", "");
            if (t.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, Run.text(t, last.bold(), last.italic()));
                break;
            }
        }
        while (!out.isEmpty() && !out.get(0).isField()) {
            Run first = out.get(0);
            String t = first.text().replaceAll("^[\\s\\u00A0]+", "");
            if (t.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, Run.text(t, first.bold(), first.italic()));
                break;
            }
        }
        return out;
    }
}
