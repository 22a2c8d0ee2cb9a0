package fr.missive.ui.common;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JLabel;
import javax.swing.JTree;
import javax.swing.JViewport;
import javax.swing.ToolTipManager;
import javax.swing.plaf.basic.BasicTreeUI;
import javax.swing.tree.TreeCellRenderer;
import javax.swing.tree.TreeModel;
import javax.swing.tree.TreeNode;

/**
 * A tree that never needs a horizontal scroll bar: its nodes are fitted to the visible width, and
 * a name too long for it ends with an ellipsis (as in a list) rather than being cut at the edge.
 * The whole name is in the row's tooltip when the renderer gives one (the letters window gives a
 * template's designation) and stays whole in the renderer's text, which screen readers say.
 */
public class FittedTree extends JTree {

    public FittedTree(TreeModel model) {
        super(model);
        ToolTipManager.sharedInstance().registerComponent(this);
    }

    @Override
    public void setCellRenderer(TreeCellRenderer renderer) {
        super.setCellRenderer(renderer == null || renderer instanceof Fitting ? renderer : new Fitting(renderer));
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (getParent() instanceof JViewport viewport) {
            viewport.addComponentListener(new ComponentAdapter() {
                @Override
                public void componentResized(ComponentEvent e) {
                    // The tree's UI keeps each row's width: a new width needs them measured again.
                    firePropertyChange(CELL_RENDERER_PROPERTY, null, getCellRenderer());
                }
            });
        }
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return getParent() instanceof JViewport || super.getScrollableTracksViewportWidth();
    }

    /** No wider than the visible part once shown. */
    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        if (getParent() instanceof JViewport viewport && viewport.getWidth() > 0) {
            size.width = Math.min(size.width, viewport.getWidth());
        }
        return size;
    }

    /** The width left for a node at {@code depth} (the root at 0) in the visible part, or 0 when unknown. */
    private int widthLeftAt(int depth) {
        if (!(getParent() instanceof JViewport viewport) || viewport.getWidth() <= 0
                || !(getUI() instanceof BasicTreeUI ui)) {
            return 0;
        }
        // As BasicTreeUI places a row: one indent per level, less the hidden root, plus the root handles.
        int levels = depth + (isRootVisible() ? 0 : -1) + (getShowsRootHandles() ? 1 : 0);
        Insets insets = getInsets();
        return viewport.getWidth() - insets.left - insets.right
                - levels * (ui.getLeftChildIndent() + ui.getRightChildIndent());
    }

    private static int depthOf(Object value) {
        int depth = 0;
        if (value instanceof TreeNode node) {
            for (TreeNode parent = node.getParent(); parent != null; parent = parent.getParent()) {
                depth++;
            }
        }
        return depth;
    }

    /** Gives a label no more width than is left for its node, so that its text ends with an ellipsis. */
    private final class Fitting implements TreeCellRenderer {
        private final TreeCellRenderer renderer;

        Fitting(TreeCellRenderer renderer) {
            this.renderer = renderer;
        }

        @Override
        public Component getTreeCellRendererComponent(JTree tree, Object value, boolean selected, boolean expanded,
                                                      boolean leaf, int row, boolean focused) {
            Component shown = renderer.getTreeCellRendererComponent(tree, value, selected, expanded, leaf, row,
                    focused);
            if (shown instanceof JLabel label) {
                label.setPreferredSize(null);
                Dimension natural = label.getPreferredSize();
                int left = widthLeftAt(depthOf(value));
                if (left > 0 && natural.width > left) {
                    label.setPreferredSize(new Dimension(left, natural.height));
                    // A renderer may add to the size it is given (Swing's default adds a few pixels).
                    int added = label.getPreferredSize().width - left;
                    if (added > 0) {
                        label.setPreferredSize(new Dimension(Math.max(0, left - added), natural.height));
                    }
                }
            }
            return shown;
        }
    }
}
