package fr.missive.ui.sandbox;

import fr.missive.i18n.Messages;
import fr.missive.model.sandbox.CaughtMessage;
import java.time.Instant;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The demonstration mailbox's rows: date, from, to, subject, attachments. */
final class CaughtTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"date", "from", "to", "subject", "attachments"};

    private final Messages messages;
    private List<CaughtMessage> rows = List.of();

    CaughtTableModel(Messages messages) {
        this.messages = messages;
    }

    void show(List<CaughtMessage> messages) {
        rows = List.copyOf(messages);
        fireTableDataChanged();
    }

    CaughtMessage at(int row) {
        return rows.get(row);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get("ui.sandbox.column." + COLUMNS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 0 ? Instant.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        CaughtMessage m = rows.get(row);
        return switch (column) {
            case 0 -> m.received();
            case 1 -> m.from();
            case 2 -> String.join(", ", m.content().to());
            case 3 -> m.subject();
            default -> String.join(", ", m.content().attachments());
        };
    }
}
