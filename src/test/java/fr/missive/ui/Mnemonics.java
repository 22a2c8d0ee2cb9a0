package fr.missive.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.CellRendererPane;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JScrollBar;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.RootPaneContainer;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * The keyboard check of a window, written apart from the code that assigns mnemonics so that it
 * does not agree with it by construction: every showing button with a text and every label tied to
 * a field ({@code setLabelFor}) has an Alt+letter that appears in its text, and no two of them,
 * nor a menu of the window's menu bar, share one. Only what is showing counts (a wizard page is a
 * window of its own). Tool bar buttons and buttons showing only a symbol (◀) are not asked for one:
 * they have tooltips and shortcuts, as the platform's tool bars do.
 */
public final class Mnemonics {

    private Mnemonics() {
    }

    /** What is wrong, one sentence per problem; empty when the window is right. Any thread. */
    public static List<String> problems(Window window) {
        return SwingUtilities.isEventDispatchThread() ? check(window) : GuiActionRunner.execute(() -> check(window));
    }

    private static List<String> check(Window window) {
        List<String> problems = new ArrayList<>();
        Map<Integer, List<String>> users = new LinkedHashMap<>();
        if (window instanceof RootPaneContainer container && container.getRootPane().getJMenuBar() != null) {
            JMenuBar bar = container.getRootPane().getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                JMenu menu = bar.getMenu(i);
                if (menu != null && menu.getMnemonic() != 0) {
                    users.computeIfAbsent(menu.getMnemonic(), k -> new ArrayList<>()).add(describe(menu));
                }
            }
        }
        List<JComponent> targets = new ArrayList<>();
        walk(window, targets, problems);
        for (JComponent target : targets) {
            String text = text(target);
            int key = target instanceof AbstractButton b ? b.getMnemonic() : ((JLabel) target).getDisplayedMnemonic();
            if (key == 0) {
                problems.add("no mnemonic: " + describe(target));
                continue;
            }
            // A letter of the text, or of the text without its accents ("À :" takes Alt+A).
            String withoutAccents = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            if (withoutAccents.toUpperCase(java.util.Locale.ROOT).indexOf(key) < 0) {
                problems.add("mnemonic " + (char) key + " is not a letter of its text: " + describe(target));
            }
            users.computeIfAbsent(key, k -> new ArrayList<>()).add(describe(target));
        }
        users.forEach((key, who) -> {
            if (who.size() > 1) {
                problems.add("Alt+" + (char) key.intValue() + " used " + who.size() + " times: " + String.join(", ", who));
            }
        });
        return problems;
    }

    private static void walk(Container container, List<JComponent> targets, List<String> escapeless) {
        for (Component c : container.getComponents()) {
            if (!c.isShowing() || c instanceof JMenuBar || c instanceof JPopupMenu || c instanceof CellRendererPane
                    || c instanceof JTable || c instanceof JTree || c instanceof JList || c instanceof JComboBox
                    || c instanceof JScrollBar || c instanceof JFileChooser || c instanceof javax.swing.JToolBar) {
                continue;
            }
            if (c instanceof AbstractButton escaped
                    && Boolean.TRUE.equals(escaped.getClientProperty(fr.missive.ui.common.MnemonicPicker.REACHED_BY_ESCAPE))) {
                // Cancel needs no letter when Escape is its key; the window must really bind Escape.
                javax.swing.JRootPane root = javax.swing.SwingUtilities.getRootPane(escaped);
                if (root == null || root.getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW)
                        .get(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ESCAPE, 0)) == null) {
                    escapeless.add("marked as reached by Escape but Escape is not bound: " + text(escaped));
                }
                continue;
            }
            if (c instanceof AbstractButton button && !(button instanceof JMenuItem)
                    && text(button).chars().anyMatch(Character::isLetterOrDigit)
                    || c instanceof JLabel label && label.getLabelFor() != null && !text(label).isBlank()) {
                targets.add((JComponent) c);
            }
            if (c instanceof Container inner) {
                walk(inner, targets, escapeless);
            }
        }
    }

    private static String text(JComponent c) {
        String text = c instanceof AbstractButton b ? b.getText() : ((JLabel) c).getText();
        return text == null ? "" : text.replaceAll("<[^>]*>", "");
    }

    private static String describe(JComponent c) {
        return (c instanceof JLabel ? "label" : "button") + " \"" + text(c) + "\""
                + (c.getName() == null ? "" : " (" + c.getName() + ")");
    }
}
