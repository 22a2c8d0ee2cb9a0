package fr.missive.ui.richtext;

import java.util.ArrayList;
import java.util.List;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Element;
import javax.swing.text.MutableAttributeSet;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;

/**
 * The letter body as the editor holds it: one Swing paragraph per {@link Para}, its kind, level
 * and origin as paragraph attributes; bold and italic as character attributes; each merge field
 * one object character carrying the field's code, which the caret, Backspace, Delete and any
 * selection treat as a single character (a field cannot be split). A soft line break of the
 * Markdown is a space marked as one, so that it is written back as it was.
 */
final class LetterDocument extends DefaultStyledDocument {

    private static final long serialVersionUID = 1L;

    /** The character a field occupies in the text. */
    static final char CHIP = '\uFFFC';

    static final Object KIND = new Key("kind");
    static final Object LEVEL = new Key("level");
    static final Object NUMBER = new Key("number");
    static final Object MARKER = new Key("marker");
    static final Object CONTINUED = new Key("continued");
    static final Object ORIGIN = new Key("origin");
    static final Object FIELD = new Key("field");
    static final Object SOFT_BREAK = new Key("softBreak");

    static final float BODY_SIZE = 15f;

    private transient MarkdownSource source = MarkdownReader.read("");

    /** An attribute name of ours, never mistaken for a Swing one. */
    private record Key(String name) {
        @Override
        public String toString() {
            return "missive." + name;
        }
    }

    LetterDocument() {
        javax.swing.text.Style base = getStyle(javax.swing.text.StyleContext.DEFAULT_STYLE);
        StyleConstants.setFontFamily(base, LetterFont.family());
        StyleConstants.setFontSize(base, (int) BODY_SIZE);
    }

    // ---- loading and saving

    /** Replaces the whole content (not undoable: the caller forgets the history). */
    void setMarkdown(String markdown) {
        source = MarkdownReader.read(markdown);
        try {
            remove(0, getLength());
            List<Para> paras = new ArrayList<>();
            List<MarkdownSource.Block> origins = new ArrayList<>();
            for (MarkdownSource.Block block : source.blocks()) {
                for (Para para : block.paras()) {
                    paras.add(para);
                    origins.add(block);
                }
            }
            if (paras.isEmpty()) {
                paras.add(Para.body(List.of()));
                origins.add(null);
            }
            insertParas(0, paras, origins, true);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    String markdown() {
        List<Para> paras = new ArrayList<>();
        List<MarkdownSource.Block> origins = new ArrayList<>();
        Element root = getDefaultRootElement();
        for (int i = 0; i < root.getElementCount(); i++) {
            Element paragraph = root.getElement(i);
            paras.add(para(paragraph));
            origins.add((MarkdownSource.Block) paragraph.getAttributes().getAttribute(ORIGIN));
        }
        return MarkdownWriter.write(paras, origins, source);
    }

    List<Para> paras() {
        List<Para> paras = new ArrayList<>();
        Element root = getDefaultRootElement();
        for (int i = 0; i < root.getElementCount(); i++) {
            paras.add(para(root.getElement(i)));
        }
        return paras;
    }

    Para para(Element paragraph) {
        AttributeSet p = paragraph.getAttributes();
        Para.Kind kind = p.getAttribute(KIND) instanceof Para.Kind k ? k : Para.Kind.BODY;
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < paragraph.getElementCount(); i++) {
            Element run = paragraph.getElement(i);
            AttributeSet a = run.getAttributes();
            boolean bold = local(a, StyleConstants.Bold);
            boolean italic = local(a, StyleConstants.Italic);
            String text = text(run);
            if (a.getAttribute(FIELD) instanceof String code) {
                for (int c = 0; c < text.length(); c++) {
                    runs.add(Run.field(code, bold, italic));
                }
            } else {
                text = text.replace("\n", "").replace(String.valueOf(CHIP), "");
                runs.add(Run.text(Boolean.TRUE.equals(a.getAttribute(SOFT_BREAK)) ? text.replace(' ', '\n') : text,
                        bold, italic));
            }
        }
        return new Para(kind, intOf(p, LEVEL), intOf(p, NUMBER),
                p.getAttribute(MARKER) instanceof Character m ? m : ' ', Boolean.TRUE.equals(p.getAttribute(CONTINUED)),
                runs);
    }

    private static boolean local(AttributeSet a, Object key) {
        return a.isDefined(key) && Boolean.TRUE.equals(a.getAttribute(key));
    }

    private static int intOf(AttributeSet a, Object key) {
        return a.getAttribute(key) instanceof Integer i ? i : 0;
    }

    private String text(Element e) {
        try {
            return getText(e.getStartOffset(), e.getEndOffset() - e.getStartOffset());
        } catch (BadLocationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    // ---- building

    /**
     * Inserts whole lines at {@code offset} (the start of a paragraph, or inside one: the first
     * line then joins the paragraph there, as a paste does).
     */
    void insertParas(int offset, List<Para> paras, List<MarkdownSource.Block> origins, boolean replaceFirst)
            throws BadLocationException {
        int at = offset;
        for (int i = 0; i < paras.size(); i++) {
            Para para = paras.get(i);
            if (i > 0) {
                insertString(at, "\n", null);
                at++;
            }
            int start = at;
            for (Run run : para.runs()) {
                at = insertRun(at, run);
            }
            if (i > 0 || replaceFirst) {
                setParagraphAttributes(start, 0, paragraphAttributes(para, origins.get(i)), true);
            }
        }
    }

    private int insertRun(int at, Run run) throws BadLocationException {
        SimpleAttributeSet a = characterAttributes(run.bold(), run.italic());
        if (run.isField()) {
            a.addAttribute(FIELD, run.field());
            insertString(at, String.valueOf(CHIP), a);
            return at + 1;
        }
        String[] parts = run.text().split("\n", -1);
        int pos = at;
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                SimpleAttributeSet soft = characterAttributes(run.bold(), run.italic());
                soft.addAttribute(SOFT_BREAK, Boolean.TRUE);
                insertString(pos, " ", soft);
                pos++;
            }
            insertString(pos, parts[k], a);
            pos += parts[k].length();
        }
        return pos;
    }

    static SimpleAttributeSet characterAttributes(boolean bold, boolean italic) {
        SimpleAttributeSet a = new SimpleAttributeSet();
        if (bold) {
            StyleConstants.setBold(a, true);
        }
        if (italic) {
            StyleConstants.setItalic(a, true);
        }
        return a;
    }

    /** Every attribute a paragraph of this kind has: what it is, and how it looks. */
    static MutableAttributeSet paragraphAttributes(Para para, MarkdownSource.Block origin) {
        SimpleAttributeSet a = new SimpleAttributeSet();
        a.addAttribute(KIND, para.kind());
        a.addAttribute(LEVEL, para.level());
        a.addAttribute(NUMBER, para.number());
        a.addAttribute(MARKER, para.marker());
        a.addAttribute(CONTINUED, para.continued());
        if (origin != null) {
            a.addAttribute(ORIGIN, origin);
        }
        // The family and size are set on every paragraph: paragraph attributes set with "replace"
        // lose the document's default style as their parent, and Swing's own default is Monospaced.
        if (para.kind() == Para.Kind.RAW) {
            StyleConstants.setFontFamily(a, java.awt.Font.MONOSPACED);
            StyleConstants.setFontSize(a, Math.round(BODY_SIZE));
        } else {
            StyleConstants.setFontFamily(a, LetterFont.family());
            StyleConstants.setFontSize(a, Math.round(para.kind() == Para.Kind.HEADING
                    ? headingSize(para.level()) : BODY_SIZE));
        }
        if (para.kind() == Para.Kind.HEADING) {
            StyleConstants.setBold(a, true);
        }
        return a;
    }

    /** As the PDF: 14 pt, 12.5 pt, then the body size, for 11 pt of body. */
    static float headingSize(int level) {
        return level == 1 ? BODY_SIZE * 14f / 11f : level == 2 ? BODY_SIZE * 12.5f / 11f : BODY_SIZE;
    }

    // ---- guards

    @Override
    public void insertString(int offs, String str, AttributeSet a) throws BadLocationException {
        if (str == null || str.isEmpty()) {
            return;
        }
        boolean chip = a != null && a.getAttribute(FIELD) != null;
        if (chip && !str.equals(String.valueOf(CHIP))) {
            // Text typed next to a field, or a field's attributes copied onto text: plain text.
            SimpleAttributeSet plain = new SimpleAttributeSet(a);
            plain.removeAttribute(FIELD);
            plain.removeAttribute(SOFT_BREAK);
            a = plain;
            chip = false;
        }
        if (!chip && str.indexOf(CHIP) >= 0) {
            str = str.replace(String.valueOf(CHIP), "");
            if (str.isEmpty()) {
                return;
            }
        }
        super.insertString(offs, str, a);
    }

    /** The field at {@code offset}, or {@code null}. */
    String fieldAt(int offset) {
        if (offset < 0 || offset >= getLength()) {
            return null;
        }
        return getCharacterElement(offset).getAttributes().getAttribute(FIELD) instanceof String s ? s : null;
    }
}
