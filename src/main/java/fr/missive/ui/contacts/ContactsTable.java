package fr.missive.ui.contacts;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import java.util.function.Supplier;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * The contacts table. When it shows no row it says why in its middle (no contact yet, or
 * none matches the filter), instead of leaving a blank white area.
 */
final class ContactsTable extends JTable {

    private final Supplier<String> emptyText;

    ContactsTable(ContactsTableModel model, Supplier<String> emptyText, String accepts, String refuses) {
        super(model);
        this.emptyText = emptyText;
        setName("contactsTable");
        setFillsViewportHeight(true);
        setDefaultRenderer(Boolean.class, new ConsentRenderer(accepts, refuses));
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (getRowCount() > 0) {
            return;
        }
        String text = emptyText.get();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(UIManager.getColor("Label.disabledForeground"));
            g2.setFont(getFont());
            int width = g2.getFontMetrics().stringWidth(text);
            int y = Math.min(getVisibleRect().height / 3, 120) + g2.getFontMetrics().getAscent();
            g2.drawString(text, Math.max(8, (getVisibleRect().width - width) / 2), y);
        } finally {
            g2.dispose();
        }
    }

    /** ✓ or ✗ for the consent to e-mail, with the words in a tooltip and for screen readers. */
    private static final class ConsentRenderer extends DefaultTableCellRenderer {
        private final String accepts;
        private final String refuses;

        ConsentRenderer(String accepts, String refuses) {
            this.accepts = accepts;
            this.refuses = refuses;
            setHorizontalAlignment(SwingConstants.CENTER);
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focused, row, column);
            boolean yes = Boolean.TRUE.equals(value);
            setText(yes ? "✓" : "✗");
            setToolTipText(yes ? accepts : refuses);
            // A screen reader says the words, not "check mark" or nothing at all.
            getAccessibleContext().setAccessibleName(yes ? accepts : refuses);
            if (!selected) {
                // Green for yes, grey for no: the eye finds who will get a letter on paper.
                setForeground(UIManager.getColor(yes ? "Actions.Green" : "Label.disabledForeground"));
            }
            return this;
        }
    }
}
