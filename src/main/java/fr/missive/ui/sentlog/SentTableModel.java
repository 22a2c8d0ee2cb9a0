package fr.missive.ui.sentlog;

import fr.missive.i18n.Messages;
import fr.missive.model.sentlog.SentEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.table.AbstractTableModel;

/** The sent log as rows: date, account, recipients, subject, status, Sent-folder copy. Dates sort as dates. */
final class SentTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"date", "account", "to", "subject", "status", "copy"};

    private final Messages messages;
    private List<SentEntry> entries = List.of();
    private Map<Long, String> accounts = Map.of();

    SentTableModel(Messages messages) {
        this.messages = messages;
    }

    void show(List<SentEntry> newEntries, Map<Long, String> accountNames) {
        entries = new ArrayList<>(newEntries);
        accounts = Map.copyOf(accountNames);
        fireTableDataChanged();
    }

    SentEntry entry(int modelRow) {
        return entries.get(modelRow);
    }

    @Override
    public int getRowCount() {
        return entries.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get("ui.sent.column." + COLUMNS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 0 ? Instant.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        SentEntry e = entries.get(row);
        return switch (column) {
            case 0 -> e.date();
            case 1 -> accounts.getOrDefault(e.accountId(), "?");
            case 2 -> String.join(", ", e.recipients());
            case 3 -> e.subject();
            case 4 -> messages.get(e.state().messageKey());
            default -> messages.get(e.imapCopy().messageKey());
        };
    }
}
