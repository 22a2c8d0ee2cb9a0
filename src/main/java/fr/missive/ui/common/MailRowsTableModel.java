package fr.missive.ui.common;

import fr.missive.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.table.AbstractTableModel;

/**
 * Rows of messages sent from accounts (the outbox, the sent log): the entries shown, the names
 * of their accounts, and column titles read from {@code <prefix><column>} (the prefix ends with a dot) in the bundle.
 * Subclasses say what each cell holds.
 */
public abstract class MailRowsTableModel<T> extends AbstractTableModel {

    protected final Messages messages;
    private final String titlePrefix;
    private final String[] columns;
    private List<T> entries = List.of();
    private Map<Long, String> accounts = Map.of();

    protected MailRowsTableModel(Messages messages, String titlePrefix, String... columns) {
        this.messages = messages;
        this.titlePrefix = titlePrefix;
        this.columns = columns.clone();
    }

    public void show(List<T> newEntries, Map<Long, String> accountNames) {
        entries = new ArrayList<>(newEntries);
        accounts = Map.copyOf(accountNames);
        fireTableDataChanged();
    }

    public T entry(int modelRow) {
        return entries.get(modelRow);
    }

    protected List<T> entries() {
        return entries;
    }

    protected String accountName(long accountId, String unknown) {
        return accounts.getOrDefault(accountId, unknown);
    }

    @Override
    public int getRowCount() {
        return entries.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get(titlePrefix + columns[column]);
    }
}
