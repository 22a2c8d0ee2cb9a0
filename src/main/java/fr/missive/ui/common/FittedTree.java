package fr.missive.ui.common;

import java.awt.Dimension;
import javax.swing.JTree;
import javax.swing.JViewport;
import javax.swing.tree.TreeModel;

/**
 * A tree that never needs a horizontal scroll bar: its nodes are fitted to the visible width and
 * a name too long for it is cut at the edge; the window using it must show that name whole
 * elsewhere (a tooltip, and a detail pane), as the letters window does with a template's
 * designation.
 */
public class FittedTree extends JTree {

    public FittedTree(TreeModel model) {
        super(model);
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
}
