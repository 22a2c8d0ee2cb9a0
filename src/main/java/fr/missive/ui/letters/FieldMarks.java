package fr.missive.ui.letters;

import fr.missive.app.letters.FieldScan;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.LayeredHighlighter;
import javax.swing.text.Position;
import javax.swing.text.View;

/**
 * Underlines, with a red wavy line as a spell checker does, the {@code {{fields}}} of a text
 * component that are not among the valid names, and a {@code {{} never closed.
 */
final class FieldMarks {

    private static final Highlighter.HighlightPainter SQUIGGLE = new Squiggle();

    private final JTextComponent text;
    private final List<Object> marks = new ArrayList<>();
    private Set<String> unknown = Set.of();
    private boolean unterminated;

    FieldMarks(JTextComponent text) {
        this.text = text;
    }

    /** Marks the text again against {@code valid}; returns the unknown names, in order of use. */
    Set<String> update(Set<String> valid) {
        marks.forEach(text.getHighlighter()::removeHighlight);
        marks.clear();
        FieldScan scan = FieldScan.of(text.getText());
        Set<String> found = new LinkedHashSet<>();
        for (FieldScan.Use use : scan.uses()) {
            if (!valid.contains(use.name())) {
                found.add(use.name());
                mark(use.start(), use.end());
            }
        }
        scan.openedAt().ifPresent(open -> mark(open.start(), open.end()));
        unknown = Set.copyOf(found);
        unterminated = scan.openedAt().isPresent();
        return found;
    }

    private void mark(int start, int end) {
        try {
            marks.add(text.getHighlighter().addHighlight(start, end, SQUIGGLE));
        } catch (BadLocationException e) {
            throw new IllegalStateException("A field found in the text is outside it", e);
        }
    }

    int count() {
        return marks.size();
    }

    Set<String> unknown() {
        return unknown;
    }

    boolean unterminated() {
        return unterminated;
    }

    /** A wavy line under the text of the range, in the look and feel's error colour. */
    private static final class Squiggle extends LayeredHighlighter.LayerPainter {

        @Override
        public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
            // Painted per view by paintLayer.
        }

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape viewBounds, JTextComponent c, View view) {
            Rectangle r;
            try {
                Shape shape = view.modelToView(p0, Position.Bias.Forward, p1, Position.Bias.Backward, viewBounds);
                r = shape instanceof Rectangle rect ? rect : shape.getBounds();
            } catch (BadLocationException e) {
                return null;
            }
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                Color colour = UIManager.getColor("Component.error.focusedBorderColor");
                g2.setColor(colour == null ? Color.RED : colour);
                g2.setStroke(new BasicStroke(1.2f));
                int y = r.y + r.height - 2;
                for (int x = r.x; x < r.x + r.width - 1; x += 2) {
                    int up = ((x - r.x) / 2) % 2 == 0 ? 0 : 2;
                    g2.drawLine(x, y + up, x + 2, y + 2 - up);
                }
            } finally {
                g2.dispose();
            }
            return new Rectangle2D.Float(r.x, r.y, r.width, r.height);
        }
    }
}
