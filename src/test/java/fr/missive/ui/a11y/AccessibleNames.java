package fr.missive.ui.a11y;

import fr.missive.i18n.Messages;
import java.awt.Component;
import java.awt.Container;
import java.awt.FocusTraversalPolicy;
import java.awt.Window;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import javax.accessibility.Accessible;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRelation;
import javax.accessibility.AccessibleRole;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JScrollBar;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.ListCellRenderer;
import javax.swing.SwingUtilities;
import javax.swing.table.JTableHeader;
import javax.swing.text.JTextComponent;

/**
 * What a screen reader can say about the controls of a window, read through the Java
 * Accessibility API as the Access Bridge (NVDA, JAWS) and the ATK bridge (Orca) read it, and
 * the rule every control must meet: a showing control a user can reach has a name, and that
 * name is words in the user's language, not its value, its test name or a message key.
 *
 * <p>Call on the EDT.
 */
public final class AccessibleNames {

    /** Roles a user operates: these are read when focusable even if disabled (a screen reader still reaches them). */
    private static final Set<AccessibleRole> CONTROL_ROLES = Set.of(AccessibleRole.PUSH_BUTTON,
            AccessibleRole.TOGGLE_BUTTON, AccessibleRole.CHECK_BOX, AccessibleRole.RADIO_BUTTON,
            AccessibleRole.COMBO_BOX, AccessibleRole.TEXT, AccessibleRole.PASSWORD_TEXT, AccessibleRole.LIST,
            AccessibleRole.TABLE, AccessibleRole.TREE, AccessibleRole.SLIDER, AccessibleRole.SPIN_BOX,
            AccessibleRole.PAGE_TAB_LIST, AccessibleRole.HYPERLINK);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern KEY = Pattern.compile("!?[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+!?");

    private AccessibleNames() {
    }

    /**
     * One control as a screen reader meets it.
     *
     * @param key           where it is in the window (its component name, or its place among its parent's
     *                      children), the same in every language
     * @param label         the visible text that labels it (its label's text, or a button's own text), or null
     * @param value         what it currently holds (a combo box's selected item, a field's text), or null
     */
    public record Control(String key, String role, String name, String description, String label, String value,
                          String componentName) {

        /** How a screen reader reads it: "combo box “Type”, Tous les types". */
        public String spoken() {
            StringBuilder s = new StringBuilder(role).append(" “").append(name == null ? "" : name).append('”');
            if (description != null && !description.isBlank() && !description.equals(name)) {
                s.append(" — ").append(description);
            }
            if (value != null && !value.isBlank() && !(AccessibleRole.PUSH_BUTTON.toDisplayString(Locale.ENGLISH)
                    .equals(role))) {
                s.append(" = ").append(shortened(value));
            }
            return s.toString();
        }

        private static String shortened(String text) {
            String line = text.replace('\n', ' ');
            return line.length() > 40 ? line.substring(0, 40) + "…" : line;
        }
    }

    /** The controls of {@code window} a user can reach, in the order of the accessibility tree. */
    public static List<Control> controls(Window window) {
        requireEdt();
        Set<Component> focusCycle = focusCycle(window);
        List<Control> controls = new ArrayList<>();
        // A window nobody named (a JOptionPane's) gets AWT's "dialog7", which changes from run to run.
        String root = window.getName() == null || window.getName().matches("(dialog|frame|win)\\d+")
                ? window.getClass().getSimpleName() : window.getName();
        walk(window, root, focusCycle, controls);
        return controls;
    }

    /** Everything wrong with the names of {@code window}'s controls, one line each; empty when all is well. */
    public static List<String> problems(Window window, Locale language) {
        return problems(controls(window), language);
    }

    public static List<String> problems(List<Control> controls, Locale language) {
        Messages messages = Messages.forLocale(language);
        List<String> problems = new ArrayList<>();
        for (Control c : controls) {
            String name = c.name() == null ? "" : c.name().strip();
            String where = c.key() + " (" + c.role() + ")";
            if (name.isEmpty()) {
                problems.add(where + ": no accessible name"
                        + (c.value() == null || c.value().isBlank() ? "" : ", a screen reader says its value “"
                        + c.value() + "”"));
            } else if (c.value() != null && name.equals(c.value().strip()) && !Objects.equals(name, c.label())) {
                problems.add(where + ": named by its current value “" + name + "”, not by what it is");
            } else if (!WORD.matcher(name).find()) {
                problems.add(where + ": named “" + name + "”, a symbol and no word");
            } else if (name.contains("<html") || (c.description() != null && c.description().contains("<html"))) {
                problems.add(where + ": its name or description is HTML markup, read out tag by tag");
            } else if (name.equals(c.componentName())) {
                problems.add(where + ": named by its component name “" + name + "”");
            } else if (KEY.matcher(name).matches() && (messages.has(name.replace("!", ""))
                    || name.startsWith("!") || name.startsWith("ui."))) {
                problems.add(where + ": named by a message key “" + name + "”");
            }
        }
        return problems;
    }

    /**
     * The controls whose name is the same in French and English although what labels them
     * differs, or whose English name is a French text of the bundles: a name written in one
     * language only. Both lists come from the same window opened in each language.
     */
    public static List<String> sameInBothLanguages(List<Control> french, List<Control> english) {
        Map<String, Control> englishByKey = new LinkedHashMap<>();
        english.forEach(c -> englishByKey.putIfAbsent(c.key(), c));
        ResourceBundle fr = bundle(Locale.FRENCH);
        ResourceBundle en = bundle(Locale.ENGLISH);
        List<String> problems = new ArrayList<>();
        for (Control f : french) {
            Control e = englishByKey.get(f.key());
            if (e == null || f.name() == null || f.name().isBlank() || !f.name().equals(e.name())) {
                continue;
            }
            boolean labelsDiffer = f.label() != null && e.label() != null && !f.label().equals(e.label());
            if (labelsDiffer || isFrenchOnly(f.name(), fr, en)) {
                problems.add(f.key() + " (" + f.role() + "): named “" + f.name() + "” in French and in English"
                        + (labelsDiffer ? ", labelled “" + f.label() + "” / “" + e.label() + "”" : ""));
            }
        }
        return problems;
    }

    /** A text of the French bundle whose English text differs. */
    private static boolean isFrenchOnly(String name, ResourceBundle fr, ResourceBundle en) {
        for (String key : Collections.list(fr.getKeys())) {
            String french = fr.getString(key).replace("''", "'");
            if (french.equals(name) && en.containsKey(key) && !en.getString(key).replace("''", "'").equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static void walk(Component component, String key, Set<Component> focusCycle, List<Control> controls) {
        if (!component.isShowing() || component instanceof JFileChooser) {
            return; // the JDK's file chooser names its own controls, in the JDK's words
        }
        AccessibleContext context = component.getAccessibleContext();
        if (context != null && isControl(component, context, focusCycle)) {
            controls.add(control(component, key, context));
            if (isWhole(component)) {
                return;
            }
        }
        if (component instanceof Container container) {
            Component[] children = container.getComponents();
            for (int i = 0; i < children.length; i++) {
                Component child = children[i];
                String childKey = child.getName() != null && !child.getName().isBlank() ? key + "/" + child.getName()
                        : key + "/" + child.getClass().getSimpleName() + i;
                walk(child, childKey, focusCycle, controls);
            }
        }
    }

    /** A control whose parts a screen reader reads as items of it, not as controls of their own. */
    private static boolean isWhole(Component component) {
        return component instanceof JComboBox || component instanceof JSpinner || component instanceof JTable
                || component instanceof JList || component instanceof JTree || component instanceof JTextComponent;
    }

    private static boolean isControl(Component component, AccessibleContext context, Set<Component> focusCycle) {
        if (component instanceof JScrollBar || component instanceof JTableHeader || isPartOfWhole(component)) {
            return false;
        }
        if (component instanceof JSpinner) {
            return true;
        }
        AccessibleRole role = context.getAccessibleRole();
        return focusCycle.contains(component) || (component.isFocusable() && CONTROL_ROLES.contains(role));
    }

    private static boolean isPartOfWhole(Component component) {
        for (Container p = component.getParent(); p != null; p = p.getParent()) {
            if (p instanceof JComboBox || p instanceof JSpinner || p instanceof JTable) {
                return true;
            }
            if (component instanceof AbstractButton && p instanceof JTextComponent) {
                return true; // FlatLaf's clear button inside a search field, not focusable by the keyboard
            }
        }
        return false;
    }

    private static Control control(Component component, String key, AccessibleContext context) {
        String role = context.getAccessibleRole().toDisplayString(Locale.ENGLISH);
        return new Control(key, role, context.getAccessibleName(), context.getAccessibleDescription(),
                label(component, context), value(component), component.getName());
    }

    private static String label(Component component, AccessibleContext context) {
        if (component instanceof AbstractButton button && button.getText() != null && !button.getText().isBlank()) {
            return button.getText();
        }
        if (component instanceof JComponent jc && jc.getClientProperty("labeledBy") instanceof JLabel label) {
            return label.getText();
        }
        AccessibleRelation labelledBy = context.getAccessibleRelationSet().get(AccessibleRelation.LABELED_BY);
        if (labelledBy != null && labelledBy.getTarget().length > 0
                && labelledBy.getTarget()[0] instanceof Accessible a) {
            return a.getAccessibleContext().getAccessibleName();
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String value(Component component) {
        if (component instanceof JComboBox combo) {
            Object selected = combo.getSelectedItem();
            if (selected == null) {
                return null;
            }
            ListCellRenderer renderer = combo.getRenderer();
            Component shown = renderer.getListCellRendererComponent(new JList<>(), selected, -1, false, false);
            return shown instanceof JLabel label ? label.getText() : String.valueOf(selected);
        }
        if (component instanceof JTextComponent text) {
            return text.getText();
        }
        if (component instanceof JSpinner spinner) {
            return String.valueOf(spinner.getValue());
        }
        return null;
    }

    /** The components Tab reaches in {@code window}, by its own focus traversal policy. */
    private static Set<Component> focusCycle(Window window) {
        Set<Component> cycle = Collections.newSetFromMap(new IdentityHashMap<>());
        FocusTraversalPolicy policy = window.getFocusTraversalPolicy();
        if (policy == null) {
            return cycle;
        }
        Component first = policy.getFirstComponent(window);
        for (Component c = first; c != null && cycle.add(c) && cycle.size() < 2_000; ) {
            c = policy.getComponentAfter(window, c);
        }
        return cycle;
    }

    /** Tab order as a list, for the tests of focus order. */
    public static List<Component> tabOrder(Window window) {
        requireEdt();
        List<Component> order = new ArrayList<>();
        FocusTraversalPolicy policy = window.getFocusTraversalPolicy();
        Set<Component> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Component c = policy.getFirstComponent(window); c != null && seen.add(c); ) {
            order.add(c);
            c = policy.getComponentAfter(window, c);
        }
        return order;
    }

    private static void requireEdt() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("Read the accessibility tree on the EDT");
        }
    }
}
