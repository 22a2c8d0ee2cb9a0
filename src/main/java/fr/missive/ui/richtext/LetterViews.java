package fr.missive.ui.richtext;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.swing.text.AbstractDocument;
import javax.swing.text.BadLocationException;
import javax.swing.text.Element;
import javax.swing.text.LabelView;
import javax.swing.text.ParagraphView;
import javax.swing.text.Position;
import javax.swing.text.StyledDocument;
import javax.swing.text.View;
import javax.swing.text.ViewFactory;

/**
 * How the letter looks in the editor: paragraphs spaced and lists indented with their bullets
 * and numbers as the PDF prints them, and each field drawn as a grey rounded placeholder with its
 * label (pink when the field is unknown to the letter).
 */
final class LetterViews implements ViewFactory {

    private static final int LIST_INDENT = 26;

    private final Function<String, String> labelOf;
    private final Predicate<String> known;
    /**
     * Each field's chip text, made once: the label lookup behind {@code labelOf} reads bundles and
     * declared labels, too slow for every repaint and width query of every chip.
     */
    private final Map<String, String> chipTexts = new HashMap<>();

    LetterViews(Function<String, String> labelOf, Predicate<String> known) {
        this.labelOf = labelOf;
        this.known = known;
    }

    /** The labels changed (language, declared labels, columns): chips are labelled again. */
    void forgetLabels() {
        chipTexts.clear();
    }

    @Override
    public View create(Element elem) {
        String kind = elem.getName();
        if (AbstractDocument.ParagraphElementName.equals(kind)) {
            return new Line(elem);
        }
        if (AbstractDocument.ContentElementName.equals(kind)) {
            Object field = elem.getAttributes().getAttribute(LetterDocument.FIELD);
            return field instanceof String code ? new Chip(elem, code) : new LabelView(elem);
        }
        if (AbstractDocument.SectionElementName.equals(kind)) {
            return new javax.swing.text.BoxView(elem, View.Y_AXIS);
        }
        return new LabelView(elem);
    }

    /** One paragraph, heading or list item, with its space above and its bullet or number. */
    private static final class Line extends ParagraphView {
        Line(Element elem) {
            super(elem);
        }

        private Para.Kind kind(Element e) {
            return e.getAttributes().getAttribute(LetterDocument.KIND) instanceof Para.Kind k ? k : Para.Kind.BODY;
        }

        private int level(Element e) {
            return e.getAttributes().getAttribute(LetterDocument.LEVEL) instanceof Integer i ? i : 0;
        }

        private boolean continued(Element e) {
            return Boolean.TRUE.equals(e.getAttributes().getAttribute(LetterDocument.CONTINUED));
        }

        private boolean listItem(Element e) {
            Para.Kind k = kind(e);
            return k == Para.Kind.BULLET || k == Para.Kind.ORDERED;
        }

        private Element previous() {
            Element parent = getElement().getParentElement();
            int index = parent.getElementIndex(getStartOffset());
            return index > 0 ? parent.getElement(index - 1) : null;
        }

        @Override
        protected short getTopInset() {
            Element before = previous();
            Element me = getElement();
            if (before == null || continued(me) && kind(me) != Para.Kind.HEADING) {
                return 2;
            }
            if (kind(me) == Para.Kind.RAW && kind(before) == Para.Kind.RAW || listItem(me) && listItem(before)) {
                return 4;
            }
            return (short) (kind(me) == Para.Kind.HEADING ? 18 : 11);
        }

        @Override
        protected short getLeftInset() {
            return (short) (listItem(getElement()) ? level(getElement()) * LIST_INDENT : 0);
        }

        @Override
        public void paint(Graphics g, Shape a) {
            super.paint(g, a);
            Element me = getElement();
            if (!listItem(me) || continued(me)) {
                return;
            }
            Rectangle r = a.getBounds();
            String label = label(me);
            StyledDocument doc = (StyledDocument) getDocument();
            Font font = doc.getFont(me.getElementCount() > 0 ? me.getElement(0).getAttributes() : me.getAttributes());
            Font plain = font.deriveFont(Font.PLAIN);
            g.setFont(plain);
            FontMetrics fm = g.getFontMetrics();
            int x = r.x + getLeftInset() - fm.stringWidth(label) - 7;
            int y = r.y + getTopInset() + fm.getAscent();
            g.setColor(getContainer().getForeground());
            g.drawString(label, x, y);
        }

        private String label(Element me) {
            if (kind(me) == Para.Kind.BULLET) {
                return switch (level(me)) {
                    case 1 -> "\u2022";
                    case 2 -> "\u25E6";
                    default -> "\u25AA";
                };
            }
            // Numbered as the PDF numbers: from the first item of the list, one per item.
            Element parent = me.getParentElement();
            int index = parent.getElementIndex(me.getStartOffset());
            int count = 0;
            int start = number(me);
            for (int i = index - 1; i >= 0; i--) {
                Element e = parent.getElement(i);
                if (!listItem(e) || level(e) < level(me) || level(e) == level(me) && kind(e) != Para.Kind.ORDERED) {
                    break;
                }
                if (level(e) == level(me) && !continued(e)) {
                    count++;
                    start = number(e);
                }
            }
            Object marker = me.getAttributes().getAttribute(LetterDocument.MARKER);
            return (Math.max(start, 0) + count) + (marker instanceof Character c && c == ')' ? ")" : ".");
        }

        private static int number(Element e) {
            return e.getAttributes().getAttribute(LetterDocument.NUMBER) instanceof Integer i && i > 0 ? i : 1;
        }
    }

    /** A merge field: one character of the text, drawn as a rounded grey box with the field's label. */
    private final class Chip extends View {
        private final String code;

        Chip(Element elem, String code) {
            super(elem);
            this.code = code;
        }

        String label() {
            return chipTexts.computeIfAbsent(code, c -> "\u00AB\u202F" + labelOf.apply(c) + "\u202F\u00BB");
        }

        private Font font() {
            return ((StyledDocument) getDocument()).getFont(getAttributes());
        }

        private FontMetrics metrics() {
            return getContainer() == null ? null : getContainer().getFontMetrics(font());
        }

        @Override
        public float getPreferredSpan(int axis) {
            FontMetrics fm = metrics();
            if (fm == null) {
                return 10;
            }
            return axis == X_AXIS ? fm.stringWidth(label()) + 10 : fm.getHeight() + 2;
        }

        @Override
        public float getAlignment(int axis) {
            if (axis == Y_AXIS) {
                FontMetrics fm = metrics();
                return fm == null ? 0.8f : (fm.getAscent() + 1f) / (fm.getHeight() + 2f);
            }
            return 0;
        }

        @Override
        public void paint(Graphics g, Shape a) {
            Rectangle r = a.getBounds();
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                boolean ok = known.test(code);
                g2.setColor(ok ? new Color(0xE4E6EA) : new Color(0xF9D6D5));
                g2.fillRoundRect(r.x + 1, r.y + 1, r.width - 2, r.height - 2, 10, 10);
                g2.setColor(ok ? new Color(0xB8BCC4) : new Color(0xD9534F));
                g2.drawRoundRect(r.x + 1, r.y + 1, r.width - 3, r.height - 3, 10, 10);
                g2.setFont(font());
                FontMetrics fm = g2.getFontMetrics();
                g2.setColor(new Color(0x30343B));
                g2.drawString(label(), r.x + 5, r.y + 1 + fm.getAscent());
            } finally {
                g2.dispose();
            }
        }

        @Override
        public Shape modelToView(int pos, Shape a, Position.Bias b) throws BadLocationException {
            Rectangle r = a.getBounds();
            if (pos > getStartOffset()) {
                r.x += r.width;
            }
            r.width = 0;
            return r;
        }

        @Override
        public int viewToModel(float x, float y, Shape a, Position.Bias[] bias) {
            Rectangle r = a.getBounds();
            bias[0] = Position.Bias.Forward;
            return x < r.x + r.width / 2f ? getStartOffset() : getEndOffset();
        }

        @Override
        public String getToolTipText(float x, float y, Shape allocation) {
            return "{{" + code + "}}";
        }
    }
}
