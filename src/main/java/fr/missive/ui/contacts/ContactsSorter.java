package fr.missive.ui.contacts;

import java.util.Comparator;
import javax.swing.table.TableRowSorter;

/**
 * Sorts the contacts table by the keys the model made once ({@link ContactsTableModel#sortValueAt})
 * rather than by the shown text, folded and collated again at every comparison; and filters by
 * each contact's search text made once. Both run again at every key typed in the search field.
 */
final class ContactsSorter extends TableRowSorter<ContactsTableModel> {

    ContactsSorter(ContactsTableModel model) {
        super(model);
        setModelWrapper(new ModelWrapper<ContactsTableModel, Integer>() {
            @Override
            public ContactsTableModel getModel() {
                return model;
            }

            @Override
            public int getColumnCount() {
                return model.getColumnCount();
            }

            @Override
            public int getRowCount() {
                return model.getRowCount();
            }

            @Override
            public Object getValueAt(int row, int column) {
                return model.sortValueAt(row, column);
            }

            @Override
            public Integer getIdentifier(int row) {
                return row;
            }
        });
        for (int column = 0; column < model.getColumnCount(); column++) {
            setComparator(column, Comparator.naturalOrder());
        }
    }
}
