package fr.missive.ui.common;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import javax.swing.JToolBar;
import javax.swing.JTree;
import javax.swing.RootPaneContainer;

/**
 * Gives every field label and button of a window an Alt+letter of its own, chosen from its text,
 * so that texts never carry mnemonic markers and a new window or a new translation gets its
 * mnemonics without anyone choosing letters.
 *
 * <p>Which components: the buttons (push buttons, check boxes, radio buttons) with a text, and the
 * labels tied to a field by {@link JLabel#setLabelFor} (their Alt+letter moves the focus to that
 * field; a label that labels nothing gets none). Not the buttons of a tool bar (as in the platform's
 * own tool bars, they have a tooltip and a Ctrl shortcut, and are reached with Tab), nor a button
 * showing only a symbol. Only what is showing counts, so each page of a
 * wizard is a window of its own. Menus keep the letters the menu bar gave them, and those letters
 * are not given again in the same window.
 *
 * <p>Which letter, in this order of preference for each component:
 * <ol>
 * <li>a mnemonic the code set itself (not chosen here) is kept as it is;</li>
 * <li>the letter chosen here before is kept while it is still free and still in the text, so a
 * button keeps its letter when a wizard page or an error line comes and goes;</li>
 * <li>otherwise, components in reading order (the order of the component tree) take the first free
 * letter among the initials of the words of their text, then among its other letters and digits.
 * Accented letters are skipped (Alt+É cannot be typed on every keyboard): "Éditer" gets D.</li>
 * </ol>
 * A component whose text has no free letter left gets no mnemonic; the test check
 * {@code fr.missive.ui.Mnemonics.problems(Window)} reports it, which means the window has too many
 * buttons or labels for the keyboard, or a text to reword.
 *
 * <p>{@link KeyboardAccess} calls {@link #assign(Window)} when a window opens and after its content
 * changes; windows do not call it themselves.
 */
public final class MnemonicPicker {

    /** Client property holding the key this class gave the component, to tell it from the code's own. */
    static final String ASSIGNED = "missive.mnemonic";

    private MnemonicPicker() {
    }

    /** Gives each showing label and button of {@code window} a mnemonic unique in it. EDT. */
    public static void assign(Window window) {
        List<JComponent> targets = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        if (window instanceof RootPaneContainer container) {
            JMenuBar bar = container.getRootPane().getJMenuBar();
            if (bar != null) {
                for (int i = 0; i < bar.getMenuCount(); i++) {
                    JMenu menu = bar.getMenu(i);
                    if (menu != null && menu.getMnemonic() != 0) {
                        taken.add(menu.getMnemonic());
                    }
                }
            }
        }
        collect(window, targets);
        List<JComponent> unassigned = new ArrayList<>();
        for (JComponent target : targets) {
            int key = mnemonicOf(target);
            Object ours = target.getClientProperty(ASSIGNED);
            boolean setByCode = key != 0 && !Integer.valueOf(key).equals(ours);
            if (setByCode) {
                taken.add(key);
            }
        }
        for (JComponent target : targets) {
            int key = mnemonicOf(target);
            Object ours = target.getClientProperty(ASSIGNED);
            if (key != 0 && !Integer.valueOf(key).equals(ours)) {
                continue;
            }
            if (key != 0 && indexIn(plainText(target), key) >= 0 && taken.add(key)) {
                continue;
            }
            unassigned.add(target);
        }
        for (JComponent target : unassigned) {
            String text = plainText(target);
            int index = pick(text, taken);
            if (index < 0 && makeRoom(target, targets, taken)) {
                index = pick(text, taken);
            }
            if (index < 0) {
                set(target, 0, -1);
                continue;
            }
            int key = keyAt(text, index);
            taken.add(key);
            set(target, key, isHtml(target) ? -1 : index);
        }
    }

    /**
     * When every letter of {@code target}'s text is taken ("Add" after "Accepts" and "Address"),
     * moves one component that took one of them to another free letter of its own text, and frees
     * that letter. Letters the code chose itself are never moved.
     */
    private static boolean makeRoom(JComponent target, List<JComponent> targets, Set<Integer> taken) {
        String text = plainText(target);
        for (int i = 0; i < text.length(); i++) {
            int wanted = keyAt(text, i);
            if (wanted == 0) {
                continue;
            }
            for (JComponent holder : targets) {
                if (holder == target || mnemonicOf(holder) != wanted
                        || !Integer.valueOf(wanted).equals(holder.getClientProperty(ASSIGNED))) {
                    continue;
                }
                String holderText = plainText(holder);
                int other = pick(holderText, taken);
                if (other >= 0) {
                    int key = keyAt(holderText, other);
                    taken.add(key);
                    set(holder, key, isHtml(holder) ? -1 : other);
                    taken.remove(wanted);
                    return true;
                }
            }
        }
        return false;
    }

    /** The showing components that should have a mnemonic, in the order of the component tree. */
    static void collect(Container container, List<JComponent> targets) {
        for (Component child : container.getComponents()) {
            if (!child.isShowing() || isForeign(child)) {
                continue;
            }
            if (child instanceof JComponent component && wantsMnemonic(component)) {
                targets.add(component);
            }
            if (child instanceof Container inner && !(child instanceof AbstractButton)) {
                collect(inner, targets);
            }
        }
    }

    /** Parts whose keys are not this window's business: menus, pop-ups, lists' and tables' insides, the file chooser. */
    private static boolean isForeign(Component c) {
        return c instanceof JMenuBar || c instanceof JPopupMenu || c instanceof CellRendererPane
                || c instanceof JTable || c instanceof JTree || c instanceof JList || c instanceof JComboBox
                || c instanceof JScrollBar || c instanceof JFileChooser || c instanceof JMenuItem
                || c instanceof JToolBar;
    }

    /**
     * Marks the Cancel button of a dialog whose Escape key does what it does ({@link Swing#keys}):
     * as on Windows, where Cancel has no access key because Escape is its key, it takes no letter,
     * which leaves one more for a crowded window's fields.
     */
    public static void reachedByEscape(AbstractButton cancel) {
        cancel.putClientProperty(REACHED_BY_ESCAPE, Boolean.TRUE);
    }

    /** Client property set by {@link #reachedByEscape}. */
    public static final String REACHED_BY_ESCAPE = "missive.reachedByEscape";

    static boolean wantsMnemonic(JComponent c) {
        if (c instanceof AbstractButton button && Boolean.TRUE.equals(button.getClientProperty(REACHED_BY_ESCAPE))) {
            return false;
        }
        if (c instanceof AbstractButton button) {
            // A button showing only a symbol (◀, ↶) has nothing to underline: its tooltip names it.
            return !(button instanceof JMenuItem) && plainText(button).chars().anyMatch(Character::isLetterOrDigit);
        }
        return c instanceof JLabel label && label.getLabelFor() != null && !plainText(label).isBlank();
    }

    static int mnemonicOf(JComponent c) {
        if (c instanceof AbstractButton button) {
            return button.getMnemonic();
        }
        return ((JLabel) c).getDisplayedMnemonic();
    }

    private static void set(JComponent c, int key, int index) {
        c.putClientProperty(ASSIGNED, key == 0 ? null : key);
        if (c instanceof AbstractButton button) {
            button.setMnemonic(key);
            if (index >= 0) {
                button.setDisplayedMnemonicIndex(index);
            }
        } else {
            JLabel label = (JLabel) c;
            label.setDisplayedMnemonic(key);
            if (index >= 0) {
                label.setDisplayedMnemonicIndex(index);
            }
        }
    }

    /** The index in {@code text} of the letter to underline, or -1 when every letter is taken. */
    static int pick(String text, Set<Integer> taken) {
        for (int i = 0; i < text.length(); i++) {
            boolean initial = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (initial && usable(text.charAt(i)) && !taken.contains((int) Character.toUpperCase(text.charAt(i)))) {
                return i;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (usable(text.charAt(i)) && !taken.contains((int) Character.toUpperCase(text.charAt(i)))) {
                return i;
            }
        }
        // Only accented letters left ("À :"): Alt and the letter without its accent, which is
        // what the keyboard can type with Alt, underlined on the accented letter.
        for (int i = 0; i < text.length(); i++) {
            int key = baseKey(text.charAt(i));
            if (key != 0 && !taken.contains(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The key of the letter at {@code index}: the letter in upper case, without its accent. */
    private static int keyAt(String text, int index) {
        char c = text.charAt(index);
        return usable(c) ? Character.toUpperCase(c) : baseKey(c);
    }

    /** An accented Latin letter's key without the accent ('À' gives 'A'), or 0. */
    private static int baseKey(char c) {
        String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return base.length() > 1 && usable(base.charAt(0)) && Character.isLetter(base.charAt(0))
                ? Character.toUpperCase(base.charAt(0)) : 0;
    }

    private static boolean usable(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static int indexIn(String text, int key) {
        for (int i = 0; i < text.length(); i++) {
            if (keyAt(text, i) == key) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHtml(JComponent c) {
        String text = rawText(c);
        return text != null && text.regionMatches(true, 0, "<html>", 0, 6);
    }

    private static String rawText(JComponent c) {
        return c instanceof AbstractButton button ? button.getText() : ((JLabel) c).getText();
    }

    /** The text a person reads: HTML tags and entities removed, accents kept. */
    static String plainText(JComponent c) {
        String text = rawText(c);
        if (text == null) {
            return "";
        }
        if (text.regionMatches(true, 0, "<html>", 0, 6)) {
            text = text.replaceAll("<[^>]*>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&nbsp;", " ");
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
