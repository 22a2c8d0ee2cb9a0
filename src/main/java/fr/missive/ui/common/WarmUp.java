package fr.missive.ui.common;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * Gets the main window's kinds of components ready while the database opens: their classes
 * loaded, the look and feel's painters made, the icons parsed and the fonts measured. On two
 * cores this runs beside the database's opening instead of after it, so the main window is
 * painted sooner. Nothing here is shown or kept.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** On the event thread, once the theme is installed. */
    public static void components() {
        JPanel panel = new JPanel(new MigLayout("insets 0", "[grow,fill][]"));
        panel.add(new JTextField(20));
        panel.add(new JComboBox<>(new String[] {"—"}), "wrap");
        panel.add(new JButton("…"));
        panel.add(new JLabel("…"));
        JTable table = new JTable(new DefaultTableModel(new Object[][] {{"…", Boolean.TRUE}}, new Object[] {"…", "…"}));
        table.setAutoCreateRowSorter(true);
        panel.add(new JScrollPane(table), "span");
        JMenuBar bar = new JMenuBar();
        JMenu menu = new JMenu("…");
        menu.add(new JMenuItem("…"));
        bar.add(menu);
        panel.setSize(800, 200);
        panel.doLayout();
        BufferedImage image = new BufferedImage(800, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            panel.paint(g);
            bar.getPreferredSize();
            Icon icon = Icons.get("contacts");
            icon.paintIcon(panel, g, 0, 0);
        } finally {
            g.dispose();
        }
    }
}
