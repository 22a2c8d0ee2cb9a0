package fr.missive.ui.richtext;

import java.awt.Rectangle;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.ListSelectionModel;
import javax.swing.text.BadLocationException;

/**
 * Typing {@code {{} opens the list of the letter's fields by their labels; what is typed next
 * filters it, Up and Down move, Enter (or a click) puts the chosen field in place of the braces
 * and the filter, Escape closes the list and leaves the braces as plain text. A field is only
 * ever made from this list or the "Insert field" menu: braces typed by hand stay text (the
 * Markdown escapes them), so an unknown field cannot be typed.
 */
final class FieldCompletion {

    private final RichTextEditor editor;
    private final Supplier<Map<String, String>> choices;
    private final JPopupMenu popup = new JPopupMenu();
    private final DefaultListModel<String> model = new DefaultListModel<>();
    private final JList<String> list = new JList<>(model);
    private final List<String> codes = new ArrayList<>();
    private int anchor = -1;

    FieldCompletion(RichTextEditor editor, Supplier<Map<String, String>> choices) {
        this.editor = editor;
        this.choices = choices;
        JTextPane pane = editor.textPane();
        popup.setName("letter.fieldCompletion");
        popup.setFocusable(false);
        list.setName("letter.fieldCompletionList");
        list.setFocusable(false);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(8);
        list.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                choose();
            }
        });
        popup.add(new JScrollPane(list));
        pane.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (!popup.isVisible()) {
                    return;
                }
                switch (e.getKeyCode()) {
                    case KeyEvent.VK_DOWN -> move(1, e);
                    case KeyEvent.VK_UP -> move(-1, e);
                    case KeyEvent.VK_ENTER, KeyEvent.VK_TAB -> {
                        e.consume();
                        choose();
                    }
                    case KeyEvent.VK_ESCAPE -> {
                        e.consume();
                        close();
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void keyTyped(KeyEvent e) {
                if (e.getKeyChar() == '{' && !popup.isVisible()) {
                    java.awt.EventQueue.invokeLater(FieldCompletion.this::maybeOpen);
                } else if (popup.isVisible()) {
                    java.awt.EventQueue.invokeLater(FieldCompletion.this::filter);
                }
            }
        });
    }

    boolean showing() {
        return popup.isVisible();
    }

    private void move(int by, KeyEvent e) {
        e.consume();
        int size = model.getSize();
        if (size == 0) {
            return;
        }
        int index = Math.floorMod(list.getSelectedIndex() + by, size);
        list.setSelectedIndex(index);
        list.ensureIndexIsVisible(index);
    }

    private void maybeOpen() {
        JTextPane pane = editor.textPane();
        int caret = pane.getCaretPosition();
        if (caret < 2 || !"{{".equals(text(caret - 2, 2)) || editor.document().fieldAt(caret - 2) != null) {
            return;
        }
        anchor = caret - 2;
        filter();
        try {
            Rectangle r = pane.modelToView2D(caret).getBounds();
            popup.show(pane, r.x, r.y + r.height);
        } catch (BadLocationException e) {
            anchor = -1;
        }
        pane.requestFocusInWindow();
    }

    private void filter() {
        JTextPane pane = editor.textPane();
        int caret = pane.getCaretPosition();
        if (anchor < 0 || caret < anchor + 2 || !"{{".equals(text(anchor, 2))) {
            close();
            return;
        }
        String typed = text(anchor + 2, caret - anchor - 2);
        if (typed.endsWith("}}")) {
            String code = typed.substring(0, typed.length() - 2).strip();
            if (choices.get().containsKey(code)) {
                editor.replaceWithField(anchor, caret, code);
            }
            close();
            return;
        }
        String wanted = folded(typed);
        model.clear();
        codes.clear();
        choices.get().forEach((code, label) -> {
            if (folded(label).contains(wanted) || folded(code).contains(wanted)) {
                codes.add(code);
                model.addElement(label);
            }
        });
        if (!model.isEmpty()) {
            list.setSelectedIndex(0);
        }
        popup.pack();
    }

    private void choose() {
        int index = list.getSelectedIndex();
        int caret = editor.textPane().getCaretPosition();
        if (index >= 0 && anchor >= 0 && caret >= anchor) {
            String code = codes.get(index);
            int from = anchor;
            close();
            editor.replaceWithField(from, caret, code);
        } else {
            close();
        }
    }

    private void close() {
        anchor = -1;
        popup.setVisible(false);
    }

    private String text(int from, int length) {
        try {
            return editor.document().getText(from, length);
        } catch (BadLocationException e) {
            return "";
        }
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
