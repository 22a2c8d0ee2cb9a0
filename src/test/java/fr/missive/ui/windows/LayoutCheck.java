package fr.missive.ui.windows;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.CellRendererPane;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JRootPane;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.text.JTextComponent;
import javax.swing.text.View;

/**
 * What a person must be able to see of a window on a screen whose usable area is {@code area}:
 * the window fits inside that area; every visible button, field and label lies inside its
 * window (and inside each panel holding it, unless it scrolls) and is not covered by a sibling;
 * no label's or button's text is cut (its preferred width fits, or it wraps into the height it
 * has); no list or tree needs a horizontal scroll bar to read a name; no table column heading is
 * cut. Returns the problems found, empty when there is none. Called on the EDT.
 */
final class LayoutCheck {

    /** Rounding of fractional scales (125 %) may cost a pixel. */
    private static final int TOLERANCE = 1;

    private final Rectangle area;
    private final List<String> problems = new ArrayList<>();

    private LayoutCheck(Rectangle area) {
        this.area = area;
    }

    static List<String> problems(Window window, Rectangle area) {
        LayoutCheck check = new LayoutCheck(area);
        check.window(window);
        return check.problems;
    }

    private void window(Window window) {
        Rectangle bounds = window.getBounds();
        if (bounds.width > area.width || bounds.height > area.height) {
            problems.add("window " + size(bounds) + " larger than the usable area " + size(area));
        } else if (!area.contains(bounds)) {
            problems.add("window at " + bounds.x + "," + bounds.y + " " + size(bounds) + " partly outside the usable area "
                    + size(area));
        }
        if (window instanceof javax.swing.RootPaneContainer root) {
            container(root.getContentPane());
            JRootPane rootPane = root.getRootPane();
            if (rootPane.getJMenuBar() != null) {
                container(rootPane.getJMenuBar());
            }
        }
    }

    private void container(Container parent) {
        Component[] children = parent.getComponents();
        for (int i = 0; i < children.length; i++) {
            Component c = children[i];
            // A component with no area shows nothing (an empty label); one with text is caught by textNotCut.
            if (!c.isVisible() || c instanceof CellRendererPane || c.getWidth() <= 0 || c.getHeight() <= 0) {
                continue;
            }
            if (isChecked(c)) {
                insideAncestors(c);
                notCovered(parent, children, i);
                textNotCut(c);
            }
            if (c instanceof JScrollPane scroll) {
                scrollable(scroll);
            }
            if (c instanceof JTable table) {
                headings(table);
            }
            if (c instanceof Container inner && descends(c)) {
                container(inner);
            }
        }
    }

    /** What a person reads or operates; the insides of composite components are theirs to lay out. */
    private static boolean isChecked(Component c) {
        return c instanceof AbstractButton && !(c instanceof JMenuItem)
                || c instanceof JLabel || c instanceof JTextComponent && !(c.getParent() instanceof JViewport)
                || c instanceof JComboBox || c instanceof JSpinner;
    }

    private static boolean descends(Component c) {
        return !(c instanceof javax.swing.JScrollBar || c instanceof JComboBox || c instanceof JSpinner || c instanceof JTextComponent || c instanceof JTable
                || c instanceof JList || c instanceof JTree || c instanceof JTableHeader);
    }

    /** Inside every ancestor up to the content pane; a component in a scroll pane may scroll out of view. */
    private void insideAncestors(Component c) {
        Rectangle r = new Rectangle(0, 0, c.getWidth(), c.getHeight());
        Component at = c;
        while (at.getParent() != null && !(at.getParent() instanceof JLayeredPane)) {
            Container parent = at.getParent();
            if (parent instanceof JViewport) {
                return;
            }
            r = SwingUtilities.convertRectangle(at, r, parent);
            Rectangle inside = new Rectangle(0, 0, parent.getWidth(), parent.getHeight());
            if (!grown(inside).contains(r)) {
                problems.add(describe(c) + " " + r + " cut by the edge of " + describe(parent) + " "
                        + size(inside));
                return;
            }
            at = parent;
        }
    }

    private void notCovered(Container parent, Component[] siblings, int index) {
        if (parent instanceof JLayeredPane) {
            return;
        }
        Rectangle mine = siblings[index].getBounds();
        for (int j = 0; j < siblings.length; j++) {
            Component other = siblings[j];
            if (j == index || !other.isVisible() || other.getWidth() <= 0 || other.getHeight() <= 0) {
                continue;
            }
            Rectangle overlap = mine.intersection(other.getBounds());
            // A pair is reported once, by its first member that is checked.
            if (overlap.width > TOLERANCE && overlap.height > TOLERANCE && (j > index || !isChecked(other))) {
                problems.add(describe(siblings[index]) + " overlaps " + describe(other) + " by " + size(overlap));
            }
        }
    }

    private void textNotCut(Component c) {
        String text = c instanceof JLabel label ? label.getText() : c instanceof AbstractButton button ? button.getText()
                : null;
        if (text == null || text.isBlank() || c.getWidth() <= 0) {
            return;
        }
        JComponent component = (JComponent) c;
        if (BasicHTML.isHTMLString(text)) {
            Object html = component.getClientProperty(BasicHTML.propertyKey);
            if (html instanceof View view) {
                Insets insets = component.getInsets();
                float width = c.getWidth() - insets.left - insets.right;
                view.setSize(width, 0);
                float needed = view.getPreferredSpan(View.Y_AXIS) + insets.top + insets.bottom;
                float widest = view.getMinimumSpan(View.X_AXIS) + insets.left + insets.right;
                if (needed > c.getHeight() + TOLERANCE || widest > c.getWidth() + TOLERANCE) {
                    problems.add(describe(c) + " text cut: needs " + Math.round(widest) + "×" + Math.round(needed)
                            + ", has " + c.getWidth() + "×" + c.getHeight());
                }
            }
            return;
        }
        Dimension preferred = c.getPreferredSize();
        if (preferred.width > c.getWidth() + TOLERANCE || preferred.height > c.getHeight() + TOLERANCE) {
            problems.add(describe(c) + " text cut: needs " + size(preferred) + ", has " + c.getWidth() + "×"
                    + c.getHeight());
        }
    }

    /** A list or tree shows whole names without a horizontal scroll bar. */
    private void scrollable(JScrollPane scroll) {
        Component view = scroll.getViewport().getView();
        if ((view instanceof JList || view instanceof JTree) && view.isShowing()) {
            int needed = view.getPreferredSize().width;
            int has = scroll.getViewport().getExtentSize().width;
            if (needed > has + TOLERANCE) {
                problems.add(describe(view) + " needs " + needed + " px to show its longest line, has " + has
                        + " (horizontal scrolling)");
            }
        }
    }

    /** Each column heading fits its column. */
    private void headings(JTable table) {
        if (table.getTableHeader() == null || !table.isShowing()) {
            return;
        }
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            TableCellRenderer renderer = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                    : table.getTableHeader().getDefaultRenderer();
            Component heading = renderer.getTableCellRendererComponent(table, column.getHeaderValue(), false, false,
                    -1, i);
            int needed = heading.getPreferredSize().width;
            if (needed > column.getWidth() + TOLERANCE) {
                problems.add(describe(table) + " column \"" + column.getHeaderValue() + "\" heading cut: needs " + needed
                        + " px, has " + column.getWidth());
            }
        }
    }

    private static Rectangle grown(Rectangle r) {
        return new Rectangle(r.x - TOLERANCE, r.y - TOLERANCE, r.width + 2 * TOLERANCE, r.height + 2 * TOLERANCE);
    }

    private static String size(Rectangle r) {
        return r.width + "×" + r.height;
    }

    private static String size(Dimension d) {
        return d.width + "×" + d.height;
    }

    static String describe(Component c) {
        String kind = c.getClass().getSimpleName().isEmpty() ? c.getClass().getSuperclass().getSimpleName()
                : c.getClass().getSimpleName();
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        String name = c.getName() != null ? c.getName() : "";
        String said = text == null || text.isBlank() ? "" : " \"" + shorten(text) + "\"";
        return kind + (name.isEmpty() ? "" : " " + name) + said;
    }

    private static String shorten(String text) {
        String plain = text.replaceAll("<[^>]*>", "").strip();
        return plain.length() > 50 ? plain.substring(0, 49) + "…" : plain;
    }
}
