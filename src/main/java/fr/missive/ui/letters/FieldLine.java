package fr.missive.ui.letters;

import fr.missive.model.text.ControlCharacters;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.NavigationFilter;
import javax.swing.text.Position;

/**
 * A one-line text (the letter's subject in the letters window; the e-mail subject and the PDF file
 * name in the print-or-e-mail dialog) in which
 * merge fields read as a secretary names them: « Prénom » on a grey chip rather than
 * {@code {{first_name}}}. The text still goes out with its codes ({@link #codes()}), so what is
 * sent and stored is unchanged.
 *
 * <p>A field is its label between guillemets, «Prénom», drawn as one chip: the caret steps over it,
 * Backspace or Delete on any part of it removes it whole, and typing inside it types after it, so
 * a field cannot be broken into text that no longer names it. Typing {@code {{} offers the fields
 * by their label. A plain text field (rather than the letter editor) because a subject and a file
 * name are plain text, never Markdown. Codes typed in full stay as typed and are sent as they are.
 */
final class FieldLine {

    static final char OPEN = '\u00AB';
    static final char CLOSE = '\u00BB';
    private static final Pattern CODE = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*}}");
    private static final Pattern CHIP = Pattern.compile(OPEN + "([^" + OPEN + CLOSE + "]+)" + CLOSE);

    private final JTextField field;
    private final Map<String, String> labelsByCode = new LinkedHashMap<>();
    private final Map<String, String> codesByLabel = new LinkedHashMap<>();
    private final List<Object> chipMarks = new ArrayList<>();
    private final Highlighter.HighlightPainter chipPainter = new ChipPainter();
    private boolean completing;

    FieldLine(JTextField field) {
        this.field = field;
        ((AbstractDocument) field.getDocument()).setDocumentFilter(new WholeChips());
        field.setNavigationFilter(new StepOverChips());
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                SwingUtilities.invokeLater(FieldLine.this::markChips);
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                SwingUtilities.invokeLater(FieldLine.this::markChips);
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attributes only
            }
        });
        field.addKeyListener(new KeyAdapter() {
            @Override
            public void keyTyped(KeyEvent e) {
                if (e.getKeyChar() == '{') {
                    SwingUtilities.invokeLater(FieldLine.this::offerFieldsAfterBraces);
                }
            }
        });
    }

    JTextField field() {
        return field;
    }

    /**
     * The fields this line may name, code to label in the order they are offered ("first_name" →
     * « Prénom »). Codes already shown keep their chip; a label met twice names its first code.
     */
    void setFields(Map<String, String> labels) {
        String codes = codes();
        labelsByCode.clear();
        codesByLabel.clear();
        labels.forEach((code, label) -> {
            String clean = label.replace(OPEN, ' ').replace(CLOSE, ' ').strip();
            if (!clean.isEmpty() && !codesByLabel.containsKey(clean)) {
                labelsByCode.put(code, clean);
                codesByLabel.put(clean, code);
            }
        });
        setCodes(codes);
    }

    /** Shows a text stored with codes: each known {@code {{code}}} becomes its chip. */
    void setCodes(String text) {
        field.setText(shown(text == null ? "" : text));
        field.setCaretPosition(0);
    }

    /** The text as it is sent and stored: each chip back to its {@code {{code}}}. */
    String codes() {
        Matcher chips = CHIP.matcher(field.getText());
        StringBuilder out = new StringBuilder();
        while (chips.find()) {
            String code = codesByLabel.get(chips.group(1));
            chips.appendReplacement(out, Matcher.quoteReplacement(code == null ? chips.group() : "{{" + code + "}}"));
        }
        chips.appendTail(out);
        return out.toString();
    }

    /** The chip of a field as this line shows it: «Nom». */
    String chip(String code) {
        String label = labelsByCode.get(code);
        return label == null ? "{{" + code + "}}" : OPEN + label + CLOSE;
    }

    private String shown(String text) {
        Matcher codes = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (codes.find()) {
            String code = codes.group(1);
            codes.appendReplacement(out, Matcher.quoteReplacement(labelsByCode.containsKey(code) ? chip(code)
                    : codes.group()));
        }
        codes.appendTail(out);
        return out.toString();
    }

    /** The chips in the text, as [start, end) offsets. */
    List<int[]> chips() {
        List<int[]> spans = new ArrayList<>();
        Matcher chips = CHIP.matcher(field.getText());
        while (chips.find()) {
            if (codesByLabel.containsKey(chips.group(1))) {
                spans.add(new int[] {chips.start(), chips.end()});
            }
        }
        return spans;
    }

    private int[] chipAround(int offset) {
        for (int[] chip : chips()) {
            if (chip[0] < offset && offset < chip[1]) {
                return chip;
            }
        }
        return null;
    }

    private void markChips() {
        Highlighter highlighter = field.getHighlighter();
        chipMarks.forEach(highlighter::removeHighlight);
        chipMarks.clear();
        for (int[] chip : chips()) {
            try {
                chipMarks.add(highlighter.addHighlight(chip[0], chip[1], chipPainter));
            } catch (BadLocationException e) {
                return; // the text changed again; the next event marks it
            }
        }
    }

    /** After {{ typed: the fields by their label; the chosen one takes the braces' place. */
    private void offerFieldsAfterBraces() {
        int caret = field.getCaretPosition();
        String text = field.getText();
        if (completing || labelsByCode.isEmpty() || caret < 2 || !text.startsWith("{{", caret - 2)
                || !field.isShowing()) {
            return;
        }
        JPopupMenu menu = new JPopupMenu();
        menu.setName(field.getName() + "Fields");
        labelsByCode.forEach((code, label) -> {
            JMenuItem item = new JMenuItem(label);
            item.setName("field." + code);
            item.addActionListener(e -> replaceBraces(caret, code));
            menu.add(item);
        });
        try {
            Rectangle at = field.modelToView2D(caret).getBounds();
            menu.show(field, at.x, at.y + at.height);
        } catch (BadLocationException e) {
            menu.show(field, 0, field.getHeight());
        }
    }

    private void replaceBraces(int caret, String code) {
        completing = true;
        try {
            if (field.getText().startsWith("{{", caret - 2)) {
                field.getDocument().remove(caret - 2, 2);
                field.getDocument().insertString(caret - 2, chip(code), null);
                field.setCaretPosition(caret - 2 + chip(code).length());
            }
        } catch (BadLocationException e) {
            field.getToolkit().beep();
        } finally {
            completing = false;
        }
        field.requestFocusInWindow();
    }

    /** Edits that touch a chip touch all of it; text typed inside a chip goes after it. */
    private final class WholeChips extends DocumentFilter {
        @Override
        public void remove(FilterBypass fb, int offset, int length) throws BadLocationException {
            int[] span = widened(offset, offset + length);
            fb.remove(span[0], span[1] - span[0]);
        }

        @Override
        public void insertString(FilterBypass fb, int offset, String text, AttributeSet a)
                throws BadLocationException {
            int[] chip = chipAround(offset);
            // One line of text: no tab, line break or other control character pasted into it
            // (this filter takes the place of ControlCharacterFilter on the field).
            fb.insertString(chip == null ? offset : chip[1], ControlCharacters.remove(text), a);
        }

        @Override
        public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet a)
                throws BadLocationException {
            if (length == 0) {
                insertString(fb, offset, text == null ? "" : text, a);
                return;
            }
            int[] span = widened(offset, offset + length);
            fb.replace(span[0], span[1] - span[0], text == null ? null : ControlCharacters.remove(text), a);
        }

        private int[] widened(int from, int to) {
            int start = from;
            int end = to;
            for (int[] chip : chips()) {
                if (chip[0] < to && from < chip[1]) {
                    start = Math.min(start, chip[0]);
                    end = Math.max(end, chip[1]);
                }
            }
            return new int[] {start, end};
        }
    }

    /** The caret never rests inside a chip: it goes to the edge it was moving towards. */
    private final class StepOverChips extends NavigationFilter {
        @Override
        public void setDot(FilterBypass fb, int dot, Position.Bias bias) {
            fb.setDot(outside(dot), bias);
        }

        @Override
        public void moveDot(FilterBypass fb, int dot, Position.Bias bias) {
            fb.moveDot(outside(dot), bias);
        }

        private int outside(int dot) {
            int[] chip = chipAround(dot);
            if (chip == null) {
                return dot;
            }
            return field.getCaretPosition() <= chip[0] ? chip[1] : chip[0];
        }
    }

    /** A rounded grey background under a chip, as the letter editor draws its fields. */
    private static final class ChipPainter implements Highlighter.HighlightPainter {
        @Override
        public void paint(Graphics g, int from, int to, Shape bounds, JTextComponent text) {
            try {
                Rectangle start = text.modelToView2D(from).getBounds();
                Rectangle end = text.modelToView2D(to).getBounds();
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                Color background = UIManager.getColor("TextField.background");
                boolean dark = background != null && (background.getRed() + background.getGreen()
                        + background.getBlue()) < 384;
                g2.setColor(dark ? new Color(255, 255, 255, 48) : new Color(0, 0, 0, 28));
                g2.fillRoundRect(start.x, start.y, end.x - start.x, start.height, 8, 8);
                g2.dispose();
            } catch (BadLocationException e) {
                // the text changed under the painter; the next repaint draws it right
            }
        }
    }
}
