package fr.missive.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs under Xvfb: the tree is in a real, shown window, as in the letters window (root hidden, one level). */
class FittedTreeTest {

    private static final String LONG_NAME = "Convocation à la réunion parents-professeurs de Terminale STMG 2"
            + " – salle polyvalente du bâtiment C";

    private JFrame frame;
    private FittedTree tree;
    private JScrollPane scroll;

    @AfterEach
    void close() throws Exception {
        onEdt(() -> {
            if (frame != null) {
                frame.dispose();
            }
            return null;
        });
    }

    @Test
    void aNameLongerThanTheTreeEndsWithAnEllipsisInsideTheVisibleWidthAndStaysWholeInItsTooltip() throws Exception {
        open(260);

        Rectangle row = onEdt(() -> tree.getRowBounds(1));
        int visible = onEdt(() -> scroll.getViewport().getWidth());
        assertThat(row.x + row.width).as("the long row's right edge").isLessThanOrEqualTo(visible);
        assertThat(onEdt(() -> scroll.getHorizontalScrollBar().isVisible())).isFalse();
        JLabel shown = onEdt(() -> (JLabel) tree.getCellRenderer().getTreeCellRendererComponent(tree,
                tree.getPathForRow(1).getLastPathComponent(), false, false, true, 1, false));
        assertThat(FittedTreeTest.<String>onEdt(shown::getText)).as("the renderer's text, whole for screen readers").isEqualTo(LONG_NAME);
        assertThat(onEdt(() -> shown.getPreferredSize().width)).as("the label narrower than its text: an ellipsis")
                .isLessThan(onEdt(() -> shown.getFontMetrics(shown.getFont()).stringWidth(LONG_NAME)));
        assertThat(FittedTreeTest.<String>onEdt(shown::getToolTipText)).isEqualTo(LONG_NAME);
    }

    @Test
    void aWiderWindowGivesTheNameItsRoomBack() throws Exception {
        open(260);
        int narrow = onEdt(() -> tree.getRowBounds(1).width);
        onEdt(() -> {
            frame.setSize(1200, frame.getHeight());
            frame.validate();
            return null;
        });
        onEdt(() -> null);
        assertThat(onEdt(() -> tree.getRowBounds(1).width)).isGreaterThan(narrow);
    }

    private void open(int width) throws Exception {
        onEdt(() -> {
            DefaultMutableTreeNode root = new DefaultMutableTreeNode("root");
            DefaultMutableTreeNode category = new DefaultMutableTreeNode("Réunions");
            category.add(new DefaultMutableTreeNode(LONG_NAME));
            root.add(category);
            tree = new FittedTree(new DefaultTreeModel(root));
            tree.setRootVisible(false);
            tree.setShowsRootHandles(true);
            tree.setCellRenderer(new DefaultTreeCellRenderer() {
                @Override
                public java.awt.Component getTreeCellRendererComponent(javax.swing.JTree t, Object value,
                        boolean selected, boolean expanded, boolean leaf, int row, boolean focused) {
                    super.getTreeCellRendererComponent(t, value, selected, expanded, leaf, row, focused);
                    setToolTipText(leaf ? String.valueOf(value) : null);
                    return this;
                }
            });
            tree.expandRow(0);
            scroll = new JScrollPane(tree);
            frame = new JFrame();
            frame.setContentPane(scroll);
            frame.setSize(width, 300);
            frame.setVisible(true);
            return null;
        });
        onEdt(() -> null);
    }

    private static <T> T onEdt(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
