package fr.missive.ui.common;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.MouseEvent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JViewport;
import javax.swing.ListCellRenderer;
import javax.swing.ListModel;
import javax.swing.SwingUtilities;
import javax.swing.ToolTipManager;
import javax.swing.event.ListDataEvent;
import javax.swing.event.ListDataListener;

/**
 * A list that never needs a horizontal scroll bar: a secretary reads a name by looking, not by
 * scrolling sideways. When rows arrive after its window was sized, the window is widened to show
 * the longest row whole, within the usable screen area ({@link ScreenArea}); a row still too long
 * for the screen is cut with an ellipsis by its label, and shown whole in its tooltip (its
 * accessible name, the renderer's text, stays whole too).
 */
public class FittedList<E> extends JList<E> {

    /** While true, sizes are the rows' natural ones, so that packing a window shows them whole. */
    private boolean natural;

    public FittedList(ListModel<E> model) {
        super(model);
        ToolTipManager.sharedInstance().registerComponent(this);
        model.addListDataListener(new ListDataListener() {
            @Override
            public void intervalAdded(ListDataEvent e) {
                SwingUtilities.invokeLater(FittedList.this::widenWindowToRows);
            }

            @Override
            public void intervalRemoved(ListDataEvent e) {
            }

            @Override
            public void contentsChanged(ListDataEvent e) {
                SwingUtilities.invokeLater(FittedList.this::widenWindowToRows);
            }
        });
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return getParent() instanceof JViewport || super.getScrollableTracksViewportWidth();
    }

    /** No wider than the visible part once shown: the rows are fitted to it instead. */
    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        if (!natural && getParent() instanceof JViewport viewport && viewport.getWidth() > 0) {
            size.width = Math.min(size.width, viewport.getWidth());
        }
        return size;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        natural = true;
        try {
            return super.getPreferredScrollableViewportSize();
        } finally {
            natural = false;
        }
    }

    /** The whole row when it is cut, followed by the row's own tooltip if it has one. */
    @Override
    public String getToolTipText(MouseEvent event) {
        int index = locationToIndex(event.getPoint());
        Rectangle cell = index < 0 ? null : getCellBounds(index, index);
        if (cell == null || !cell.contains(event.getPoint())) {
            return super.getToolTipText(event);
        }
        String own = super.getToolTipText(event);
        ListCellRenderer<? super E> renderer = getCellRenderer();
        Component row = renderer.getListCellRendererComponent(this, getModel().getElementAt(index), index,
                isSelectedIndex(index), false);
        if (row instanceof JLabel label && row.getPreferredSize().width > cell.width && label.getText() != null) {
            return own == null || own.isBlank() || own.equals(label.getText()) ? label.getText()
                    : label.getText() + " — " + own;
        }
        return own;
    }

    /** Widens the window by what the longest row lacks, no further than the usable screen area. */
    private void widenWindowToRows() {
        if (!(getParent() instanceof JViewport viewport) || !isShowing()) {
            return;
        }
        natural = true;
        int wanted;
        try {
            wanted = super.getPreferredSize().width;
        } finally {
            natural = false;
        }
        int lacking = wanted - viewport.getExtentSize().width;
        Window window = SwingUtilities.getWindowAncestor(this);
        if (lacking <= 0 || window == null) {
            return;
        }
        Rectangle area = ScreenArea.usable(window);
        Rectangle bounds = window.getBounds();
        int width = Math.min(area.width, bounds.width + lacking);
        if (width > bounds.width) {
            window.setSize(width, bounds.height);
            ScreenArea.fit(window);
            window.validate();
        }
    }
}
