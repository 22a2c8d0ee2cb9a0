package fr.missive.ui.richtext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a letter body with the parser the PDF uses (commonmark-java, no extension), so the
 * editor shows the same paragraphs, headings, lists, bold and italic the letter prints. What the
 * editor cannot show as rich text (quotes, code, raw HTML, links, images, lists whose items hold
 * more than a paragraph) is kept as {@link Para.Kind#RAW} lines of Markdown.
 */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    /** As the merge reads them: from {@code {{} to the next {@code }}}, with no other {@code {{} between. */
    private static final Pattern FIELD = Pattern.compile("\\{\\{((?:(?!\\{\\{).)*?)}}");
    /**
     * Stands, twice, for an escaped brace while the text is parsed: the merge sees {@code \{} as no
     * field, so the editor must not see one either once the parser has dropped the backslash.
     */
    private static final char ESCAPED_BRACE = '\uE000';
    private static final char ENTITY_BRACE_MARK = '\uE001';
    /** How the writer spells a brace just before a field, where a backslash would not do. */
    static final String ENTITY = "&#123;";
    private static final Pattern ENTITY_BRACE = Pattern.compile("(?<!\\\\)&#123;");

    private MarkdownReader() {
    }

    static MarkdownSource read(String markdown) {
        String text = markdown == null ? "" : markdown;
        Node document = PARSER.parse(hideEscapedBraces(text));
        List<MarkdownSource.Block> blocks = new ArrayList<>();
        int end = 0;
        String leading = "";
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                continue;
            }
            int start = spans.get(0).getInputIndex();
            SourceSpan last = spans.get(spans.size() - 1);
            int stop = last.getInputIndex() + last.getLength();
            String separator = text.substring(end, start);
            if (blocks.isEmpty()) {
                leading = separator;
                separator = "";
            }
            String source = text.substring(start, stop);
            blocks.add(new MarkdownSource.Block(blocks.size(), source, separator, parasOf(node, source)));
            end = stop;
        }
        return new MarkdownSource(blocks, leading, text.substring(end));
    }

    /** Same length, so that the parser's offsets still point into {@code text}. */
    private static String hideEscapedBraces(String text) {
        return ENTITY_BRACE.matcher(text).replaceAll(String.valueOf(ENTITY_BRACE_MARK).repeat(ENTITY.length()))
                .replace("\\{", String.valueOf(ESCAPED_BRACE).repeat(2));
    }

    private static List<Para> parasOf(Node node, String source) {
        List<Para> out = new ArrayList<>();
        try {
            block(node, 0, out);
            return out;
        } catch (NotRich e) {
            return raw(source);
        }
    }

    /** A block kept as typed, one line of Markdown per paragraph of the editor. */
    static List<Para> raw(String source) {
        List<Para> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.add(new Para(Para.Kind.RAW, 0, 0, ' ', i > 0, List.of(Run.text(lines[i], false, false))));
        }
        return out;
    }

    private static void block(Node node, int depth, List<Para> out) {
        if (node instanceof Paragraph && depth == 0) {
            lines(node, Para.Kind.BODY, 0, 0, ' ', out);
        } else if (node instanceof Heading heading && depth == 0) {
            lines(node, Para.Kind.HEADING, heading.getLevel(), 0, ' ', out);
        } else if (node instanceof ListBlock list) {
            list(list, depth + 1, out);
        } else {
            throw new NotRich();
        }
    }

    private static void list(ListBlock list, int depth, List<Para> out) {
        boolean ordered = list instanceof OrderedList;
        int number = list instanceof OrderedList o ? (o.getMarkerStartNumber() == null ? 1 : o.getMarkerStartNumber()) : 0;
        char marker = markerOf(list);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                throw new NotRich();
            }
            Node first = item.getFirstChild();
            Para.Kind kind = ordered ? Para.Kind.ORDERED : Para.Kind.BULLET;
            Node rest = first;
            if (first instanceof Paragraph) {
                lines(first, kind, depth, number, marker, out);
                rest = first.getNext();
            } else {
                out.add(new Para(kind, depth, number, marker, false, List.of()));
            }
            for (Node inner = rest; inner != null; inner = inner.getNext()) {
                if (!(inner instanceof ListBlock nested)) {
                    throw new NotRich();
                }
                list(nested, depth + 1, out);
            }
            if (ordered) {
                number++;
            }
        }
    }

    private static char markerOf(ListBlock list) {
        if (list instanceof BulletList bullets) {
            String m = bullets.getMarker();
            return m == null || m.isEmpty() ? '-' : m.charAt(0);
        }
        String delimiter = ((OrderedList) list).getMarkerDelimiter();
        return delimiter == null || delimiter.isEmpty() ? '.' : delimiter.charAt(0);
    }

    /** The inlines of a paragraph or heading, a new editor line after each hard line break. */
    private static void lines(Node parent, Para.Kind kind, int level, int number, char marker, List<Para> out) {
        List<List<Run>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        inlines(parent, false, false, lines);
        for (int i = 0; i < lines.size(); i++) {
            out.add(new Para(kind, level, number, marker, i > 0, withFields(lines.get(i))));
        }
    }

    private static void inlines(Node parent, boolean bold, boolean italic, List<List<Run>> lines) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            List<Run> line = lines.get(lines.size() - 1);
            if (node instanceof Text text) {
                line.add(Run.text(text.getLiteral(), bold, italic));
            } else if (node instanceof SoftLineBreak) {
                line.add(Run.text("\n", bold, italic));
            } else if (node instanceof HardLineBreak) {
                lines.add(new ArrayList<>());
            } else if (node instanceof Emphasis) {
                inlines(node, bold, true, lines);
            } else if (node instanceof StrongEmphasis) {
                inlines(node, true, italic, lines);
            } else {
                // Inline code, raw HTML, a link, an image: shown as typed, in a raw block.
                throw new NotRich();
            }
        }
    }

    /** Text runs of one style joined, then cut at each {@code {{field}}}. */
    private static List<Run> withFields(List<Run> runs) {
        List<Run> joined = Para.body(runs).runs();
        List<Run> out = new ArrayList<>();
        for (Run run : joined) {
            Matcher m = FIELD.matcher(run.text());
            int at = 0;
            while (m.find()) {
                out.add(Run.text(run.text().substring(at, m.start()), run.bold(), run.italic()));
                out.add(Run.field(m.group(1).strip(), run.bold(), run.italic()));
                at = m.end();
            }
            out.add(Run.text(run.text().substring(at), run.bold(), run.italic()));
        }
        return out.stream().map(r -> r.isField() ? Run.field(shown(r.field()), r.bold(), r.italic())
                : Run.text(shown(r.text()), r.bold(), r.italic())).toList();
    }

    private static String shown(String text) {
        return text.replace(String.valueOf(ENTITY_BRACE_MARK).repeat(ENTITY.length()), "{")
                .replace(String.valueOf(ESCAPED_BRACE).repeat(2), "{");
    }

    /** The block holds something the editor keeps as Markdown. */
    private static final class NotRich extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotRich() {
            super(null, null, false, false);
        }
    }
}
