package fr.missive.ui.contacts;

import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Dimension;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * A contact's extra fields (any extra CSV column) as an editable two-column table, in the
 * order they came in, with buttons to add and remove a field.
 */
final class CustomFieldsTable {

    private final DefaultTableModel model;
    private final JTable table;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, fill", "[grow,fill][]", "[grow,fill]"));

    CustomFieldsTable(UiContext context) {
        model = new DefaultTableModel(new Object[] {context.text("ui.contact.customName"),
                context.text("ui.contact.customValue")}, 0);
        table = new JTable(model);
        table.setName("contact.custom");
        ReadAloud.named(table, context.text("ui.a11y.contact.custom"));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.putClientProperty("terminateEditOnFocusLost", true);
        table.setPreferredScrollableViewportSize(new Dimension(400, table.getRowHeight() * 3));
        JButton add = Swing.button("contact.customAdd", context.text("ui.contact.customAdd"), this::addRow);
        JButton remove = Swing.button("contact.customRemove", context.text("ui.contact.customRemove"), this::removeRow);
        JPanel buttons = new JPanel(new MigLayout("insets 0, wrap 1", "[fill]"));
        buttons.add(add, "sizegroup custom");
        buttons.add(remove, "sizegroup custom");
        panel.add(new JScrollPane(table));
        panel.add(buttons, "top");
    }

    JPanel panel() {
        return panel;
    }

    void fill(Map<String, String> fields) {
        fields.forEach((name, value) -> model.addRow(new Object[] {name, value}));
    }

    /** The fields with a name, in table order; an edit in progress is kept. */
    Map<String, String> fields() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int row = 0; row < model.getRowCount(); row++) {
            String name = text(model.getValueAt(row, 0));
            if (!name.isEmpty()) {
                fields.put(name, text(model.getValueAt(row, 1)));
            }
        }
        return fields;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private void addRow() {
        model.addRow(new Object[] {"", ""});
        int row = model.getRowCount() - 1;
        table.setRowSelectionInterval(row, row);
        table.editCellAt(row, 0);
        table.getEditorComponent().requestFocusInWindow();
    }

    private void removeRow() {
        if (table.isEditing()) {
            table.getCellEditor().cancelCellEditing();
        }
        int row = table.getSelectedRow();
        if (row >= 0) {
            model.removeRow(row);
        }
    }
}
