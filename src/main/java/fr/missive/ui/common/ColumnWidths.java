package fr.missive.ui.common;

import java.awt.FontMetrics;
import java.util.List;
import javax.swing.JTable;
import javax.swing.table.TableColumn;

/**
 * Column widths from the texts a column shows in the user's language, so that a title such as
 * "Dossier Envoyés" or a status such as "Envoyé" is not cut off at the window's default size.
 */
public final class ColumnWidths {

    /** The cell's and the header's insets and the sort arrow, in pixels. */
    private static final int PADDING = 30;

    private ColumnWidths() {
    }

    /**
     * Makes the column wide enough for its title and each sample (the longest value it shows),
     * and never narrower than that when the user resizes the others.
     */
    public static void fit(JTable table, int column, List<String> samples) {
        TableColumn c = table.getColumnModel().getColumn(column);
        int width = needed(table, String.valueOf(c.getHeaderValue()), samples);
        c.setMinWidth(width);
        c.setPreferredWidth(width);
    }

    /** A text column: at least its title, preferably {@code preferred} pixels (its text wraps into a tooltip). */
    public static void atLeastTitle(JTable table, int column, int preferred) {
        TableColumn c = table.getColumnModel().getColumn(column);
        int title = needed(table, String.valueOf(c.getHeaderValue()), List.of());
        c.setMinWidth(Math.min(title, preferred));
        c.setPreferredWidth(Math.max(title, preferred));
    }

    private static int needed(JTable table, String title, List<String> samples) {
        FontMetrics header = table.getTableHeader().getFontMetrics(table.getTableHeader().getFont());
        FontMetrics cells = table.getFontMetrics(table.getFont());
        int width = header.stringWidth(title);
        for (String sample : samples) {
            width = Math.max(width, cells.stringWidth(sample));
        }
        return width + PADDING;
    }
}
